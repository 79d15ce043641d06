/**
 * Text from a sheet must not drive the terminal it is printed on. A client name can hold an escape
 * sequence (clear the screen, hide text, an OSC 8 link), a backspace or carriage return that
 * rewrites what was printed before it, or a bidirectional override that shows a name reversed.
 * Every such character is shown as a visible `\uXXXX` escape instead; line feeds stay.
 *
 * The same escapes are valid inside JSON strings (and the characters can only occur there, as
 * JSON.stringify escapes the C0 controls itself), so `--json` output keeps its data and stays
 * valid JSON while no longer carrying raw C1 controls or bidi overrides.
 */

/** C0 controls but the line feed, DEL, C1 controls, bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every character that could act on a terminal written as a visible escape. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** A stream whose writes pass through `terminalText`. */
export function terminalSafe<T extends { write(text: string): unknown }>(stream: T): { write(text: string): unknown } {
  return { write: (text: string) => stream.write(terminalText(text)) };
}
