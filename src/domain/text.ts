// Free text that comes in (names, notes, reasons, who acted, paths): never a control character, a
// C1 control or a bidi override (they would steer a terminal or hide what the text says, see
// ui/safe-text), and never longer than a person would type, so a dossier stays small enough to read.
import { DomainError } from './errors.ts';

// C0 controls (TAB and, where allowed, LF excepted), DEL, C1, and the bidi and separator characters.
const UNSAFE_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Sizes of what is typed in, documented in the README ("Limits"). */
export const TEXT_MAX = { name: 200, by: 100, note: 2000, reason: 2000, path: 4096 } as const;

export function unsafeIn(value: string, multiline = false): boolean {
  return (multiline ? UNSAFE_TEXT : UNSAFE_LINE).test(value);
}

/** The value, or a DomainError naming the field and why (value.control, value.too-long). */
export function plainText(field: string, value: string, max: number, multiline = false): string {
  if (unsafeIn(value, multiline)) throw new DomainError('text.invalid', { field, reason: 'value.control' });
  if ([...value].length > max) throw new DomainError('text.invalid', { field, reason: 'value.too-long', max: String(max) });
  return value;
}
