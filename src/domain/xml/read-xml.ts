// A strict, namespace-aware XML reader: it refuses what a conforming non-validating processor must
// refuse (XML 1.0 fifth edition, Namespaces in XML 1.0 third edition) and hands elements and text
// to a handler as it goes. No DTD is ever read: a DOCTYPE stops the reading (no entity is ever
// declared, expanded or fetched). It replaced saxes for the CPA check: start tags are matched whole
// by one expression and positions are counted only for an error, so a 1 MB CPA takes half saxes'
// time once the code is warm and no more on a cold start (about 23 ms either way, where V8's warm-up
// is most of it), with one bundle less to load. The differential tests hold it to saxes' verdicts,
// and name the places where saxes accepts what the recommendation refuses (test/unit/read-xml.test.ts).

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  /** '' for an unprefixed attribute (no namespace); XMLNS_NS for a namespace declaration. */
  uri: string;
  value: string;
}

export interface XmlTag {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  /** Character data inside the root element, references decoded; one element's text may come in parts. */
  text(text: string): void;
  close(tag: XmlTag): void;
}

/** What is wrong, as a code (the message catalogue words it, `xmlerr.<code>`) with its parameters. */
export class XmlError extends Error {
  constructor(
    /** 'doctype': the document has one (refused, never read); 'malformed': not well-formed or not namespace-well-formed. */
    readonly kind: 'doctype' | 'malformed',
    readonly line: number,
    readonly column: number,
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${line}:${column}: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'XmlError';
  }
}

// Production [4] and [4a] of XML 1.0; a namespace-aware name is split on its one colon afterwards.
const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_REST}]*`, 'uy');
/** Production [2]: the characters a document may hold at all (lone surrogates included in the refusal). */
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const SPACE = /[ \t\n]*/y;
// Start tags with ASCII qualified names, as in every CPA: matched whole by one expression (compiled
// to machine code at once), which is what makes the reader fast from the first tag. Anything else
// takes the character-by-character path. Values are checked and decoded the same on both.
const QNAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const QUICK_TAG = new RegExp(`<(${QNAME})((?:[ \\t\\n]+${QNAME}[ \\t\\n]*=[ \\t\\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \\t\\n]*(/?)>`, 'y');
const QUICK_ATTRIBUTE = new RegExp(`[ \\t\\n]+(${QNAME})[ \\t\\n]*=[ \\t\\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const QUICK_END = new RegExp(`</(${QNAME})[ \\t\\n]*>`, 'y');
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([^;&<\s]*));/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const ENCODING = /^[A-Za-z][A-Za-z0-9._-]*$/;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;
const isChar = (n: number) =>
  n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);

/** Namespace bindings in scope: each element that declares one gets a scope whose prototype is its parent's. */
type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { '': '', xml: XML_NS, xmlns: XMLNS_NS });

export function readXml(source: string, h: XmlHandler): void {
  // Line ends are normalised first (section 2.11); positions stay right, as only line ends change.
  const s = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const len = s.length;
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A character no document may hold is an error where it stands: events before it still happen.
  const bad = NOT_CHAR.exec(s);
  const badAt = bad ? bad.index : len + 1;
  // The open elements and their namespace scopes, side by side.
  const stack: XmlTag[] = [];
  const scopes: Scope[] = [];
  let rootSeen = false;

  const fail = (at: number, code: string, params: Record<string, string> = {}, kind: 'doctype' | 'malformed' = 'malformed'): never => {
    if (badAt < at || code === 'bad-character') {
      at = badAt;
      code = 'bad-character';
      params = { code: `U+${(s.codePointAt(badAt) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` };
      kind = 'malformed';
    }
    let line = 1;
    let lineStart = 0;
    for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new XmlError(kind, line, at - lineStart + 1, code, params);
  };
  const guard = (at: number) => {
    if (at > badAt) fail(at, 'bad-character');
  };
  const nameAt = (at: number, what: string): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(s);
    if (!m) return fail(at, `${what}-name-expected`);
    return m[0];
  };
  const skipSpace = (at: number): number => {
    SPACE.lastIndex = at;
    SPACE.exec(s);
    return SPACE.lastIndex;
  };

  /** Character and entity references replaced; `at` is where `raw` starts (for errors). */
  const decode = (raw: string, at: number): string => {
    let amp = raw.indexOf('&');
    if (amp < 0) return raw;
    let out = '';
    let from = 0;
    while (amp >= 0) {
      out += raw.slice(from, amp);
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(raw);
      if (!m) return fail(at + amp, 'bare-ampersand');
      if (m[3] !== undefined) {
        const v = PREDEFINED[m[3]];
        if (v === undefined) {
          if (!m[3]) return fail(at + amp, 'empty-reference');
          return fail(at + amp, 'undeclared-entity', { name: m[3] });
        }
        out += v;
      } else {
        const n = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
        if (!isChar(n)) return fail(at + amp, 'bad-character-reference', { reference: m[0] });
        out += String.fromCodePoint(n);
      }
      from = REFERENCE.lastIndex;
      amp = raw.indexOf('&', from);
    }
    return out + raw.slice(from);
  };

  const text = (from: number, to: number) => {
    const raw = s.slice(from, to);
    if (!stack.length) {
      for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) fail(from + i, rootSeen ? 'text-after-root' : 'text-before-root');
      return;
    }
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) fail(from + cdataEnd, 'cdata-end-in-text');
    guard(from);
    h.text(decode(raw, from));
  };

  /** The XML declaration (production [23]), only at the very start. */
  const declaration = () => {
    const end = s.indexOf('?>', pos);
    if (end < 0) fail(pos, 'declaration-not-closed');
    const body = s.slice(pos + 5, end);
    const parts =
      /^[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)'))?[ \t\n]*$/.exec(
        body,
      );
    if (!parts) return fail(pos, 'declaration-malformed');
    const version = parts[1] ?? parts[2]!;
    if (!/^1\.[0-9]+$/.test(version)) fail(pos, 'version', { version });
    const encoding = parts[3] ?? parts[4];
    if (encoding !== undefined && !ENCODING.test(encoding)) fail(pos, 'encoding-name', { encoding });
    const standalone = parts[5] ?? parts[6];
    if (standalone !== undefined && standalone !== 'yes' && standalone !== 'no') fail(pos, 'standalone');
    pos = end + 2;
  };

  const comment = () => {
    const end = s.indexOf('-->', pos + 4);
    if (end < 0) fail(pos, 'comment-not-closed');
    const dashes = s.indexOf('--', pos + 4);
    // Also catches '--->': the first '--' then comes before the '-->'.
    if (dashes < end) fail(dashes, 'double-hyphen-in-comment');
    pos = end + 3;
  };

  const processingInstruction = () => {
    const target = nameAt(pos + 2, 'pi');
    if (target.toLowerCase() === 'xml') fail(pos, 'reserved-pi-target');
    if (target.includes(':')) fail(pos + 2, 'colon-in-pi-target', { target });
    const after = pos + 2 + target.length;
    const end = s.indexOf('?>', after);
    if (end < 0) fail(pos, 'pi-not-closed');
    if (end !== after && !isSpace(s.charCodeAt(after))) fail(after, 'space-after-pi-target');
    pos = end + 2;
  };

  const cdata = () => {
    if (!stack.length) fail(pos, 'cdata-outside-root');
    const end = s.indexOf(']]>', pos + 9);
    if (end < 0) fail(pos, 'cdata-not-closed');
    guard(pos);
    h.text(s.slice(pos + 9, end));
    pos = end + 3;
  };

  // Names repeat throughout a document: each is split (and checked) once.
  const qualified = new Map<string, [string, string]>();
  const split = (name: string, at: number): [string, string] => {
    let parts = qualified.get(name);
    if (parts) return parts;
    const colon = name.indexOf(':');
    if (colon < 0) parts = ['', name];
    else if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0) return fail(at, 'qualified-name', { name });
    else parts = [name.slice(0, colon), name.slice(colon + 1)];
    qualified.set(name, parts);
    return parts;
  };

  const declare = (scope: Scope, prefix: string, uri: string, at: number) => {
    if (prefix === 'xmlns') fail(at, 'xmlns-prefix-declared');
    if (prefix === 'xml' && uri !== XML_NS) fail(at, 'xml-prefix-rebound');
    if (prefix !== 'xml' && uri === XML_NS) fail(at, 'xml-namespace-rebound');
    if (uri === XMLNS_NS) fail(at, 'xmlns-namespace-declared');
    if (prefix && !uri) fail(at, 'prefix-undeclared', { prefix });
    // A namespace name is a URI reference or empty (Namespaces section 3): white space is neither.
    if (/[ \t\n\r]/.test(uri)) fail(at, 'namespace-not-uri', { uri: JSON.stringify(uri) });
    scope[prefix] = uri;
  };

  const attribute = (attributes: XmlAttribute[], name: string, raw: string, at: number, nameAt_: number) => {
    for (let i = 0; i < attributes.length; i++) if (attributes[i]!.name === name) fail(nameAt_, 'attribute-twice', { name });
    // Attribute-value normalisation (section 3.3.3) for CDATA: white space becomes a space before references are replaced.
    const value = decode(raw.includes('\t') || raw.includes('\n') ? raw.replace(/[\t\n]/g, ' ') : raw, at);
    attributes.push({ name, prefix: '', local: name, uri: '', value });
  };

  // The start tag just read (set by quickStartTag and startTag: no object per tag).
  let tagName = '';
  let tagSelfClosing = false;

  /** A start tag as nearly every one is (ASCII names, quoted values): one match of a compiled expression. */
  const quickStartTag = (attributes: XmlAttribute[]): boolean => {
    QUICK_TAG.lastIndex = pos;
    const m = QUICK_TAG.exec(s);
    if (!m) return false;
    const list = m[2]!;
    if (list) {
      const base = pos + 1 + m[1]!.length;
      QUICK_ATTRIBUTE.lastIndex = 0;
      for (let a = QUICK_ATTRIBUTE.exec(list); a; a = QUICK_ATTRIBUTE.exec(list)) {
        const raw = a[2] ?? a[3]!;
        attribute(attributes, a[1]!, raw, base + QUICK_ATTRIBUTE.lastIndex - raw.length - 1, base + a.index);
      }
    }
    pos = QUICK_TAG.lastIndex;
    tagName = m[1]!;
    tagSelfClosing = m[3] === '/';
    return true;
  };

  /** Any other start tag, character by character, so that a problem is named where it is. */
  const startTag = (attributes: XmlAttribute[]): void => {
    const start = pos;
    const name = nameAt(pos + 1, 'element');
    let at = pos + 1 + name.length;
    let selfClosing = false;
    for (;;) {
      const next = skipSpace(at);
      const c = s.charCodeAt(next);
      if (c === 0x3e) {
        at = next + 1;
        break;
      }
      if (c === 0x2f && s.charCodeAt(next + 1) === 0x3e) {
        at = next + 2;
        selfClosing = true;
        break;
      }
      if (next === len) fail(start, 'tag-not-closed', { name });
      if (next === at) fail(at, 'space-expected', { name });
      const attrName = nameAt(next, 'attribute');
      at = skipSpace(next + attrName.length);
      if (s.charCodeAt(at) !== 0x3d) fail(at, 'equals-expected', { name: attrName });
      at = skipSpace(at + 1);
      const q = s.charCodeAt(at);
      if (q !== 0x22 && q !== 0x27) fail(at, 'value-not-quoted', { name: attrName });
      const close = s.indexOf(q === 0x22 ? '"' : "'", at + 1);
      if (close < 0) fail(at, 'value-not-closed', { name: attrName });
      const raw = s.slice(at + 1, close);
      const lt = raw.indexOf('<');
      if (lt >= 0) fail(at + 1 + lt, 'lt-in-value', { name: attrName });
      attribute(attributes, attrName, raw, at + 1, next);
      at = close + 1;
    }
    pos = at;
    tagName = name;
    tagSelfClosing = selfClosing;
  };

  const openTag = () => {
    const start = pos;
    const attributes: XmlAttribute[] = [];
    if (!quickStartTag(attributes)) startTag(attributes);
    const name = tagName;
    const selfClosing = tagSelfClosing;
    if (!stack.length && rootSeen) fail(start, 'second-root');
    // Namespaces: declarations first, then every name resolved in the new scope. Indexed loops and
    // no destructuring: this runs for every element, mostly before V8 has optimised it.
    const parent = stack.length ? scopes[scopes.length - 1]! : ROOT_SCOPE;
    let scope = parent;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i]!;
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (scope === parent) scope = Object.create(parent) as Scope;
        const prefix = a.name === 'xmlns' ? '' : a.name.slice(6);
        if (prefix) split(a.name, start);
        declare(scope, prefix, a.value, start);
      }
    }
    const parts = split(name, start + 1);
    const prefix = parts[0];
    if (prefix === 'xmlns') fail(start + 1, 'xmlns-element');
    const uri = scope[prefix];
    if (uri === undefined) fail(start + 1, 'element-prefix-unbound', { prefix, name });
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i]!;
      const aparts = split(a.name, start);
      const ap = aparts[0];
      a.prefix = ap;
      a.local = aparts[1];
      if (a.name === 'xmlns' || ap === 'xmlns') a.uri = XMLNS_NS;
      else if (ap) {
        const au = scope[ap];
        if (au === undefined) fail(start, 'attribute-prefix-unbound', { prefix: ap, name: a.name });
        a.uri = au as string;
      }
    }
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i]!;
      if (!a.uri) continue;
      for (let j = 0; j < i; j++) {
        const b = attributes[j]!;
        if (b.local === a.local && b.uri === a.uri) fail(start, 'same-attribute', { first: b.name, second: a.name });
      }
    }
    const tag: XmlTag = { name, prefix, local: parts[1], uri: uri as string, attributes };
    rootSeen = true;
    guard(start);
    stack.push(tag);
    scopes.push(scope);
    h.open(tag);
    if (selfClosing) {
      stack.pop();
      scopes.pop();
      h.close(tag);
    }
  };

  const closeTag = () => {
    const start = pos;
    QUICK_END.lastIndex = pos;
    const quick = QUICK_END.exec(s);
    const name = quick ? quick[1]! : nameAt(pos + 2, 'element');
    const end = quick ? QUICK_END.lastIndex - 1 : skipSpace(pos + 2 + name.length);
    if (s.charCodeAt(end) !== 0x3e) fail(end, 'end-tag-not-closed', { name });
    const top = stack.pop();
    scopes.pop();
    if (!top) fail(start, 'end-tag-unopened', { name });
    if (top!.name !== name) fail(start, 'end-tag-mismatch', { name, expected: top!.name });
    guard(start);
    pos = end + 1;
    h.close(top!);
  };

  if (s.startsWith('<?xml', pos) && (isSpace(s.charCodeAt(pos + 5)) || s.startsWith('?>', pos + 5))) declaration();
  while (pos < len) {
    const lt = s.indexOf('<', pos);
    const to = lt < 0 ? len : lt;
    if (to > pos) text(pos, to);
    if (lt < 0) break;
    pos = lt;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x2f) closeTag();
    else if (c === 0x3f) processingInstruction();
    else if (c === 0x21) {
      if (s.startsWith('<!--', pos)) comment();
      else if (s.startsWith('<![CDATA[', pos)) cdata();
      else if (s.startsWith('<!DOCTYPE', pos) && isSpace(s.charCodeAt(pos + 9))) fail(pos, 'doctype', {}, stack.length || rootSeen ? 'malformed' : 'doctype');
      else fail(pos, 'bad-markup-declaration');
    } else openTag();
  }
  if (stack.length) fail(len, 'element-not-closed', { name: stack[stack.length - 1]!.name });
  if (!rootSeen) fail(len, 'no-root');
  if (badAt <= len) fail(len + 1, 'bad-character');
}
