// A document as data (headings, paragraphs, tables, lists, notes), so that the operations document
// and the help-desk briefing are written once and rendered as Markdown or HTML alike.
export type Block =
  | { kind: 'h2'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric?: number[] }
  /** Label and value pairs (a header). */
  | { kind: 'fields'; rows: [string, string][] };

export interface Doc {
  lang: 'nl' | 'en';
  title: string;
  blocks: Block[];
  footer: string;
}
