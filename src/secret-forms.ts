/**
 * The forms a secret can take in text that leaves cdnkit: a provider's error
 * page may echo a request as a form post or an HTML page, a JSON encoder may
 * escape it as `\uXXXX`, an auth header carries it in base64, and an error
 * excerpt collapses its white space. Redaction looks for every one of these.
 */

/** Shorter forms would match ordinary text (a 3-byte secret's base64 at an offset is 2 characters). */
const MIN_FORM_LENGTH = 4;
/** The secret with its white space collapsed is the secret as a reader sees it: as short as a secret may be. */
const MIN_COLLAPSED_LENGTH = 3;

export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const add = (form: string, minLength = MIN_FORM_LENGTH) => {
    // a form of asterisks alone would match the redaction mark itself
    if ((form.length >= minLength || form === secret) && /[^*]/.test(form)) forms.add(form);
  };
  const uri = encodeURIComponent(secret);
  const form = new URLSearchParams([['', secret]]).toString().slice(1);
  for (const encoded of [uri, form]) {
    add(encoded);
    add(lowerHex(encoded));
  }
  const json = JSON.stringify(secret).slice(1, -1);
  add(json);
  // Python escapes non-ASCII, Go escapes <>& (and U+2028, U+2029), some encoders both
  for (const which of [/[^\x20-\x7e]/g, /[<>&\u2028\u2029]/g, /[^\x20-\x7e]|[<>&]/g]) {
    const escaped = unicodeEscaped(json, which);
    add(escaped);
    add(upperHex(escaped));
  }
  for (const html of htmlEscaped(secret)) add(html);
  add(secret.replace(/\s+/g, ' ').trim(), MIN_COLLAPSED_LENGTH);
  for (const base64 of base64Forms(secret)) add(base64);
  return [...forms];
}

function lowerHex(text: string): string {
  return text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());
}

function upperHex(text: string): string {
  return text.replace(/\\u[0-9a-f]{4}/g, (code) => `\\u${code.slice(2).toUpperCase()}`);
}

function unicodeEscape(character: string): string {
  return [...character]
    .flatMap((c) => {
      const code = c.codePointAt(0)!;
      // astral characters as their UTF-16 surrogate pair, as JSON writes them
      return code > 0xffff ? [c.charCodeAt(0), c.charCodeAt(1)] : [code];
    })
    .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
    .join('');
}

/** JSON-escaped text with `which` characters (outside the escapes already there) as `\uXXXX`. */
function unicodeEscaped(json: string, which: RegExp): string {
  return json.replace(/\\(?:u[0-9a-fA-F]{4}|.)|[^\\]/gs, (piece) => {
    if (piece.startsWith('\\')) return piece === '\\"' && which.test('"') ? '\\u0022' : piece;
    which.lastIndex = 0;
    return which.test(piece) ? unicodeEscape(piece) : piece;
  });
}

/** `&`, `<`, `>` escaped; then quotes too, named and numeric. */
function htmlEscaped(secret: string): string[] {
  const basic = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    basic,
    basic.replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    basic.replace(/"/g, '&#34;').replace(/'/g, '&#039;'),
    basic.replace(/"/g, '&#x22;').replace(/'/g, '&#x27;'),
  ];
}

/**
 * The secret's bytes in base64 (standard and URL-safe, with or without
 * padding) at each of the three byte offsets it can start at inside a longer
 * encoded value (`user:secret` in Basic auth): only the characters that depend
 * on the secret's bytes alone.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    // leading characters that mix in the offset's zero bytes
    const start = [0, 2, 3][offset]!;
    // a trailing character that the next (unknown) byte would change
    const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
    const inner = encoded.slice(start, end);
    forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // the whole value encoded on its own, padded
  const whole = bytes.toString('base64');
  forms.push(whole, whole.replace(/\+/g, '-').replace(/\//g, '_'));
  return forms;
}
