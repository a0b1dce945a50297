/**
 * The GitHub runner reads every line a step writes, on stdout and stderr, for
 * workflow commands: a line that starts, after white space, with `::` (the
 * add-mask and stop-commands commands among them), and the legacy `##[command]` anywhere
 * in a line (actions/runner src/Runner.Common/ActionCommand.cs: TryParseV2
 * trims the line's start; TryParse looks for `##[` at any index; the worker
 * tries both). @actions/core escapes `%`, CR and LF inside a command's value,
 * but `core.info(text)` writes `text` as it is: a provider's token name
 * containing a line break and a stop-commands command would stop the runner
 * from reading the add-mask commands that follow it. Everything written goes through
 * `neutraliseCommands` at the one place each front end writes (src/action/,
 * src/cli/), so no line of it can start a command.
 */

/** Invisible to a reader, and not white space to the runner: it breaks `::` and `##[` apart. */
const BREAK = '\u200b';

/**
 * `text` with every command opener broken by a zero-width space: `::` at the
 * start of a line (after spaces or tabs), and `##[` anywhere. Line breaks are
 * kept; nothing else changes. Linear: each line start is looked at once.
 */
export function neutraliseCommands(text: string): string {
  return text
    .replace(/(^|[\r\n])([^\S\r\n]*):(?=:)/g, `$1$2:${BREAK}`)
    .replace(/##\[/g, `#${BREAK}#[`);
}

/**
 * The same for JSON text: `##[` can only be inside a JSON string there, where
 * `\u0023` is the same `#`, so the data a parser reads is unchanged. (A line
 * of JSON never starts with `::`.)
 */
export function neutraliseJsonCommands(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[');
}
