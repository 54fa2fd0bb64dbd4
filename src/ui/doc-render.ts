// Markdown and self-contained HTML (ui/html-page.ts: prints to A4) of a Doc. Every text is made visible (no control characters) and, in HTML, escaped.
import type { Block, Doc } from '../domain/docs/document.ts';
import { escHtml, htmlPage } from './html-page.ts';
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

const esc = escHtml;

const CSS = `
table.fields th { width: 32%; }
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
  return htmlPage({
    lang: d.lang,
    title: d.title,
    css: CSS,
    body: `<h1>${esc(d.title)}</h1>\n${d.blocks.map(htmlBlock).join('\n')}\n<footer>${esc(d.footer)}</footer>`,
  });
}
