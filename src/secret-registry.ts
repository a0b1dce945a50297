/**
 * Every secret value cdnkit sees is added here the moment it is known; the
 * registry masks it on the runner (through `onAdd`) and redacts it from every
 * text that leaves the process.
 */
export const REDACTED = '***';

/** Keys whose values are secret wherever they appear in a JSON result. */
const SECRET_KEY =
  /(secret|password|token|signature|authorization|api[-_]?key|private[-_]?key|ssl[-_]key)/i;
/** Keys that look secret by name but carry identifiers or dates. */
const PUBLIC_KEY =
  /(^|[-_])(id|ids|name|expires|exp_date|expired|type|count|at)$|token_id|tokenId|secretName/i;

export class SecretRegistry {
  private readonly values = new Set<string>();

  constructor(private readonly onAdd: (value: string) => void = () => {}) {}

  /** Registers a secret (and its common encodings) before anything could print it. */
  add(value: string | undefined | null): void {
    // All-asterisk values would match every redaction mark.
    if (!value || value.length < 3 || /^\**$/.test(value) || this.values.has(value)) return;
    for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]) {
      if (!this.values.has(form)) {
        this.values.add(form);
        this.onAdd(form);
      }
    }
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  /**
   * Replaces every registered secret in `text`, longest first so overlaps stay
   * hidden, and again until none is left: a secret with `*` in it re-forms from
   * a replacement and its neighbours (`*ab` in `*abab`, once per pass in
   * `*ababab…`). Every secret holds a character other than `*` and each pass
   * that changes the text removes at least one, so `text.length + 1` passes
   * always reach the fixed point.
   */
  redact(text: string): string {
    let out = text;
    const sorted = [...this.values].sort((a, b) => b.length - a.length);
    for (let pass = 0; pass <= text.length; pass++) {
      const before = out;
      for (const secret of sorted) out = out.split(secret).join(REDACTED);
      if (out === before) break;
    }
    return out;
  }

  /** A copy of `value` with secret-named fields and every registered secret replaced. */
  redactJson<T>(value: T): T {
    return JSON.parse(this.redact(JSON.stringify(value, secretFieldReplacer) ?? 'null')) as T;
  }
}

function secretFieldReplacer(key: string, value: unknown): unknown {
  if (
    key &&
    typeof value === 'string' &&
    value !== '' &&
    SECRET_KEY.test(key) &&
    !PUBLIC_KEY.test(key)
  ) {
    return REDACTED;
  }
  return value;
}
