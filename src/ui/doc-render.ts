// Markdown and self-contained HTML (no scripts, no network, no external CSS or fonts; prints to A4)
// of a Doc. Every text is made visible (no control characters) and, in HTML, escaped.
import type { Block, Doc } from '../domain/docs/document.ts';
import { visible, visibleLine } from './safe-text.ts';

const mdCell = (s: string) => visibleLine(s).replace(/\|/g, '\\|');

function mdBlock(b: Block): string[] {
  switch (b.kind) {
    case 'h2':
      return [`## ${visibleLine(b.text)}`, ''];
    case 'p':
      return [visible(b.text), ''];
    case 'note':
      return [`> ${visibleLine(b.text)}`, ''];
    case 'list':
      return [...b.items.map((i) => `- ${visibleLine(i)}`), ''];
    case 'fields':
      return ['|  |  |', '| --- | --- |', ...b.rows.map(([k, v]) => `| ${mdCell(k)} | ${mdCell(v)} |`), ''];
    case 'table':
      return [
        `| ${b.head.map(mdCell).join(' | ')} |`,
        `| ${b.head.map((_, i) => (b.numeric?.includes(i) ? '---:' : '---')).join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
        '',
      ];
  }
}

export function docMarkdown(d: Doc): string {
  return [`# ${visibleLine(d.title)}`, '', ...d.blocks.flatMap(mdBlock), '---', '', visibleLine(d.footer), ''].join('\n');
}

const esc = (s: string) => visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 17pt; margin: 0 0 8pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; }
tr { break-inside: avoid; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.fields th { width: 32%; }
.note { border-left: 3pt solid #999; padding: 2pt 8pt; color: #333; margin: 6pt 0; }
footer { margin-top: 18pt; font-size: 9pt; color: #555; border-top: 1px solid #ccc; padding-top: 4pt; }
@media print { body { padding: 0; max-width: none; } }
`;

function htmlBlock(b: Block): string {
  switch (b.kind) {
    case 'h2':
      return `<h2>${esc(b.text)}</h2>`;
    case 'p':
      return `<p>${esc(b.text).replace(/\n/g, '<br>')}</p>`;
    case 'note':
      return `<p class="note">${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<table class="fields">${b.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    case 'table':
      return `<table><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${b.rows
        .map((r) => `<tr>${r.map((c, i) => (b.numeric?.includes(i) ? `<td class="n">${esc(c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
        .join('')}</table>`;
  }
}

export function docHtml(d: Doc): string {
  return `<!DOCTYPE html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(d.title)}</h1>
${d.blocks.map(htmlBlock).join('\n')}
<footer>${esc(d.footer)}</footer>
</body>
</html>
`;
}
