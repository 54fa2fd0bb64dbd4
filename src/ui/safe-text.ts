// Text from outside (a dossier field, a certificate subject, a CPA party name, bytes of a damaged
// file) must never steer the user's terminal: escape sequences could retitle or clear it, C1
// controls act as escapes on some terminals, and bidi overrides make text read differently from
// what it is. Such characters are shown visibly escaped (\x1B, \u202E) in human-readable output;
// --json keeps exact values (JSON escapes them, see jsonText).

// C0 controls but TAB and LF, DEL, C1 controls, Arabic letter mark, LRM/RLM, the bidi embeddings,
// overrides and isolates, and the Unicode line and paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_TEST = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
// Our own colour codes (SGR: ESC [ params m) are the only sequences the tool itself writes.
const SGR_OR_UNSAFE = /\u001B\[[0-9;]*m|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp < 0x100 ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function hasUnsafe(s: string): boolean {
  return UNSAFE_TEST.test(s);
}

/** A value from outside, made safe to show: every unsafe character visibly escaped. */
export function visible(s: string): string {
  return UNSAFE_TEST.test(s) ? s.replace(UNSAFE, escapeChar) : s;
}

/** One line of a value (a note in a table): line breaks shown as \n as well. */
export function visibleLine(s: string): string {
  return visible(s).replace(/\n/g, '\\n').replace(/\t/g, ' ');
}

/**
 * The last guard before a terminal, pipe or file: whatever reaches the output stream has no
 * unsafe character left. Colour codes (values from outside were escaped before, see visible) are
 * kept for a stream that shows colour and dropped for one that does not (`status > file`).
 */
export function neutralise(text: string, allowColour: boolean): string {
  if (!UNSAFE_TEST.test(text)) return text;
  return text.replace(SGR_OR_UNSAFE, (m) => (m.length > 1 ? (allowColour ? m : '') : escapeChar(m)));
}

/**
 * JSON text in which C1 controls, bidi characters and separators are \u-escaped as well (JSON.stringify
 * escapes only C0): the same values when parsed, nothing raw for a terminal that shows it.
 */
export function jsonText(text: string): string {
  return text.replace(
    /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}
