// Writing results: one JSON document on stdout under --json, human text otherwise; messages and
// warnings always on stderr. Colour comes from chalk, switched off by Context.color.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Context } from './context.ts';
import { FORMAT_VERSION } from './exit-codes.ts';
import { t } from './messages.ts';

let cached: { level: number; chalk: ChalkInstance } | undefined;

export function colours(ctx: Context): ChalkInstance {
  const level = ctx.color ? 1 : 0;
  if (!cached || cached.level !== level) cached = { level, chalk: new Chalk({ level: level as 0 | 1 }) };
  return cached.chalk;
}

export function writeJson(ctx: Context, body: Record<string, unknown>): void {
  ctx.stdout.write(`${JSON.stringify({ formatVersion: FORMAT_VERSION, ...body }, null, 2)}\n`);
}

export function out(ctx: Context, text: string): void {
  ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function info(ctx: Context, id: string, params?: Record<string, string>): void {
  ctx.stderr.write(`${t(ctx.lang, id, params)}\n`);
}

export function warn(ctx: Context, id: string, params?: Record<string, string>): void {
  const c = colours(ctx);
  ctx.stderr.write(`${c.yellow('!')} ${t(ctx.lang, id, params)}\n`);
}

export function success(ctx: Context, id: string, params?: Record<string, string>): void {
  const c = colours(ctx);
  ctx.stderr.write(`${c.green('✔')} ${t(ctx.lang, id, params)}\n`);
}

/** A text progress bar of `width` cells. */
export function bar(done: number, total: number, width = 20): string {
  if (total <= 0) return ' '.repeat(width);
  const filled = Math.round((done / total) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Pads a string to a display width (counting code points, enough for the Latin text we show). */
export function pad(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + ' '.repeat(width - len);
}

export function truncate(s: string, width: number): string {
  const cps = [...s];
  return cps.length <= width ? s : `${cps.slice(0, width - 1).join('')}…`;
}
