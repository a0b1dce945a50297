/** Text from outside (inputs, provider answers) made safe and short for one-line messages. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them for display
const EVERY_CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/g;

/** Longest piece of a user's value quoted in an error message. */
const PREVIEW_LENGTH = 80;

/** `text` on one line: each line break, with the white space around it, becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A value quoted in an error: control characters shown as `?`, cut at 80 characters. */
export function preview(text: string): string {
  const visible = text.replace(EVERY_CONTROL_CHARACTER, '?');
  return visible.length > PREVIEW_LENGTH ? `${visible.slice(0, PREVIEW_LENGTH)}…` : visible;
}

/** `purge` -> `Purge`. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
