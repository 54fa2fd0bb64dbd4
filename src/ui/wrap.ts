// Text wrapped at word boundaries to the width the user sees: the terminal's columns (narrow ones
// included), COLUMNS when output is not a terminal, else 80; never wider than reads well.
import type { Context } from './context.ts';

export function textWidth(ctx: Pick<Context, 'columns'>): number {
  return Math.max(30, Math.min(ctx.columns, 100) - 2);
}

export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const w of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && [...line].length + 1 + [...w].length > room) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
  }
  return lines.map((l) => indent + l).join('\n');
}
