// Text for XML documents: what XML 1.0 cannot hold is refused, and "&" is escaped before
// xmlbuilder2 sees it (xmlbuilder2 4.x leaves text that looks like an entity reference alone, so
// a name containing "&amp;" literally would otherwise come back as "&").
import { DomainError } from '../errors.ts';

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function xmlText(field: string, value: string): string {
  const bad = NOT_XML.exec(value);
  if (bad) {
    const cp = bad[0].codePointAt(0) ?? 0;
    throw new DomainError('xml.invalid-char', { field, char: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  // A CR would be read back as LF (XML end-of-line handling): written as a character reference.
  return value.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}
