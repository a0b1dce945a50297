/**
 * Every secret value cdnkit sees is added here the moment it is known; the
 * registry masks it on the runner (through `onAdd`) and redacts it from every
 * text that leaves the process, in every form a provider or a proxy might
 * echo it in (secret-forms.ts).
 */
import { secretForms } from './secret-forms.js';
import { StringSearch } from './secret-search.js';

export const REDACTED = '***';

/** Secrets shorter than this cannot be masked without masking common text: inputs refuse them. */
export const MIN_SECRET_LENGTH = 3;

/** Keys whose values are secret wherever they appear in a JSON result. */
const SECRET_KEY =
  /(secret|password|token|signature|authorization|api[-_]?key|private[-_]?key|ssl[-_]key)/i;
/** Keys that look secret by name but carry identifiers or dates. */
const PUBLIC_KEY =
  /(^|[-_])(id|ids|name|expires|exp_date|expired|type|count|at)$|token_id|tokenId|secretName/i;

export class SecretRegistry {
  /** every registered secret, as given */
  private readonly secrets = new Set<string>();
  /** every form of every secret that redaction looks for -> the order it was registered in */
  private readonly forms = new Map<string, number>();
  /** the forms without `*`: one can be in a redacted text only if it was in the text before */
  private readonly search = new StringSearch();
  /** the forms with `*`: a replacement and its neighbours can form one anew, so each is tried */
  private readonly starred: string[] = [];

  constructor(private readonly onAdd: (value: string) => void = () => {}) {}

  /**
   * Registers a secret before anything could print it. The runner is asked to
   * mask the value and its URI- and JSON-escaped forms (it masks base64 and
   * the like itself); cdnkit's own redaction covers every form secretForms lists.
   */
  add(value: string | undefined | null): void {
    this.register(value, secretForms);
  }

  /**
   * Registers a secret good for one request (a CDNetworks signature, the
   * api-key password of one Date): masked by the runner like any other, and
   * redacted in the forms a request or an echo of it carries (as it is,
   * URI-encoded, JSON-escaped). The other forms would take a provider
   * re-encoding a value that is worthless minutes later, and a run that signs
   * thousands of requests would otherwise index tens of thousands of forms.
   */
  addOneTime(value: string | undefined | null): void {
    this.register(value, maskedForms);
  }

  has(value: string): boolean {
    return this.forms.has(value);
  }

  /**
   * Replaces every form of every registered secret in `text`, longest first so
   * overlaps stay hidden, and again until none is left: a secret with `*` in it
   * re-forms from a replacement and its neighbours (`*ab` in `*abab`, once per
   * pass in `*ababab…`). Every form holds a character other than `*` and each
   * pass that changes the text removes at least one, so `text.length + 1`
   * passes always reach the fixed point. Only the forms found in `text` (and
   * those with `*`) are tried: a replacement leaves `*` between what it kept,
   * so a form without `*` cannot appear that was not there before.
   */
  redact(text: string): string {
    const present = this.search.occurringIn(text);
    if (present.length === 0 && this.starred.length === 0) return text;
    const order = this.forms;
    // longest first, then in the order registered
    const forms = present
      .concat(this.starred)
      .sort((a, b) => b.length - a.length || order.get(a)! - order.get(b)!);
    let out = text;
    for (let pass = 0; pass <= text.length; pass++) {
      const before = out;
      // includes() first: a search is far cheaper than a split
      for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
      if (out === before) break;
    }
    return out;
  }

  private register(value: string | undefined | null, formsOf: (secret: string) => string[]) {
    // All-asterisk values would match every redaction mark.
    if (!value || value.length < MIN_SECRET_LENGTH || /^\**$/.test(value)) return;
    if (this.secrets.has(value)) return;
    this.secrets.add(value);
    for (const form of maskedForms(value)) this.onAdd(form);
    for (const form of formsOf(value)) {
      if (this.forms.has(form)) continue;
      this.forms.set(form, this.forms.size);
      if (form.includes('*')) this.starred.push(form);
      else this.search.add(form);
    }
  }

  /**
   * A copy of `value` with secret-named fields and every registered secret
   * replaced, string by string: a secret that looks like JSON syntax (`","`,
   * `true`, `123`) cannot break the JSON it is redacted from. A number that
   * holds a secret's digits becomes the string `***`.
   */
  redactJson<T>(value: T): T {
    return this.redactValue(value, '') as T;
  }

  private redactValue(value: unknown, key: string): unknown {
    if (typeof value === 'string') {
      if (value !== '' && key && SECRET_KEY.test(key) && !PUBLIC_KEY.test(key)) {
        return REDACTED;
      }
      return this.redact(value);
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      const text = String(value);
      return this.redact(text) === text ? value : REDACTED;
    }
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item, key));
    if (typeof value === 'object' && value !== null) {
      // toJSON first (Dates), as JSON.stringify would
      const plain =
        'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
      if (plain !== value) return this.redactValue(plain, key);
      const copy: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) {
        if (item === undefined || typeof item === 'function') continue;
        Object.defineProperty(copy, this.redact(name), {
          value: this.redactValue(item, name),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return copy;
    }
    return value;
  }
}

/** The value and its URI- and JSON-escaped forms: what the runner is asked to mask. */
function maskedForms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}
