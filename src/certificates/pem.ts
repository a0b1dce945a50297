/**
 * PEM text, read line by line: pure and free of crypto, so the action can mask
 * key lines before anything else touches the input (the runner masks a secret
 * line by line, so each line of a key must be registered on its own).
 */

export interface PemBlock {
  /** the word(s) after BEGIN, e.g. CERTIFICATE, PRIVATE KEY, EC PRIVATE KEY */
  readonly label: string;
  /** RFC 1421 `Name: value` lines, e.g. `Proc-Type: 4,ENCRYPTED` */
  readonly headers: readonly string[];
  /** the base64 lines */
  readonly body: readonly string[];
  /** the block as PEM text, BEGIN to END, lines joined by \n */
  readonly text: string;
  /** an END line closed it */
  readonly complete: boolean;
}

const BEGIN = /^-----BEGIN ([A-Z0-9 ]{1,60})-----$/;
const END = /^-----END ([A-Z0-9 ]{1,60})-----$/;
const HEADER = /^[A-Za-z][A-Za-z0-9-]*: ?\S/;

/** Every PEM block of `text`, in order; text between blocks is ignored. */
export function splitPem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let open: { label: string; headers: string[]; body: string[] } | undefined;
  const close = (complete: boolean) => {
    if (!open) return;
    const { label, headers, body } = open;
    const inner = [...headers, ...(headers.length > 0 ? [''] : []), ...body];
    const text = [`-----BEGIN ${label}-----`, ...inner, `-----END ${label}-----`].join('\n');
    blocks.push({ label, headers, body, text, complete });
    open = undefined;
  };
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    const begin = BEGIN.exec(line);
    if (begin) {
      close(false);
      open = { label: begin[1]!, headers: [], body: [] };
      continue;
    }
    if (!open) continue;
    const end = END.exec(line);
    if (end) {
      close(end[1] === open.label);
      continue;
    }
    if (line === '') continue;
    if (open.body.length === 0 && HEADER.test(line)) open.headers.push(line);
    else open.body.push(line);
  }
  close(false);
  return blocks;
}

export function isPrivateKeyLabel(label: string): boolean {
  return /PRIVATE KEY$/.test(label);
}

/**
 * The lines of a `private-key` value to mask: every line but BEGIN/END and
 * `Name: value` header lines, whether or not the text is valid PEM.
 */
export function privateKeySecretLines(text: string): string[] {
  const lines = text.split(/\r?\n|\r/).map((line) => line.trim());
  return lines.filter(
    (line) => line !== '' && !BEGIN.test(line) && !END.test(line) && !HEADER.test(line),
  );
}

/** The body lines of private key blocks pasted where they do not belong (`certificate`). */
export function strayKeyLines(text: string): string[] {
  if (!text.includes('PRIVATE KEY')) return [];
  return splitPem(text)
    .filter((block) => isPrivateKeyLabel(block.label))
    .flatMap((block) => block.body);
}
