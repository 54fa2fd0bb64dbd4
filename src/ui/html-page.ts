// One self-contained HTML page for print (A4): no scripts, no network, no external CSS or fonts
// (system fonts only; a Content-Security-Policy says so). The test report and phase 4's documents
// share it; each adds the rules of its own tables.
import { visible } from './safe-text.ts';

/** Text made visible (no control characters) and escaped for HTML. */
export const escHtml = (s: string) =>
  visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const BASE_CSS = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 17pt; margin: 0 0 8pt; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eee; overflow-wrap: normal; hyphens: manual; }
tr { break-inside: avoid; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { border-left: 3pt solid #999; padding: 2pt 8pt; color: #333; margin: 6pt 0; }
footer { margin-top: 18pt; font-size: 9pt; color: #555; border-top: 1px solid #ccc; padding-top: 4pt; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } }
`;

export function htmlPage(o: { lang: string; title: string; css: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escHtml(o.title)}</title>
<style>${BASE_CSS}${o.css}</style>
</head>
<body>
${o.body}
</body>
</html>
`;
}
