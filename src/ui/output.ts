// Writing results: one JSON document on stdout under --json, human text otherwise; messages and
// warnings always on stderr. Colour comes from chalk, switched off by Context.color.
import type { ChalkInstance } from 'chalk';
import type { Context } from './context.ts';
import { FORMAT_VERSION } from './exit-codes.ts';
import { t, type DynamicId, type MessageId } from './messages.ts';
import { jsonText } from './safe-text.ts';
import { loadChalk } from './vendor.ts';

let chalkLib: typeof import('chalk') | undefined;
let coloured: ChalkInstance | undefined;

// Without colour every style is the identity: `c.bold.red('x')` is 'x'. Most output goes to pipes
// and files (scripts, help desks), so chalk is loaded only when colour is on.
const PLAIN: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as ChalkInstance, {
  get: (target, prop) => (prop === 'level' ? 0 : typeof prop === 'symbol' ? Reflect.get(target, prop) : PLAIN),
});

/** Loads chalk when this invocation will use colour; call once before rendering. */
export async function prepareColours(ctx: Context): Promise<void> {
  if (ctx.color) chalkLib ??= await loadChalk();
}

export function colours(ctx: Context): ChalkInstance {
  if (!ctx.color || !chalkLib) return PLAIN;
  return (coloured ??= new chalkLib.Chalk({ level: 1 }));
}

export function writeJson(ctx: Context, body: Record<string, unknown>): void {
  ctx.stdout.write(`${jsonText(JSON.stringify({ formatVersion: FORMAT_VERSION, ...body }, null, 2))}\n`);
}

/**
 * A value as an item of a list that is itself a member of the top-level object, indented exactly as
 * JSON.stringify(document, null, 2) would put it there: made alone, so that a long list's items can be
 * rendered and let go one by one (cutting "[\n  [\n    " and "\n  ]\n]" off a nested stringify is
 * cheaper than re-indenting every line).
 */
export function indentedJsonItem(value: unknown): string {
  return jsonText(JSON.stringify([[value]], null, 2).slice(10, -6));
}

/** `{ formatVersion, [key]: [items] }` from items made by indentedJsonItem, byte for byte as writeJson would write it. */
export function writeJsonList(ctx: Context, key: string, items: string[]): void {
  const list = items.length ? `[\n    ${items.join(',\n    ')}\n  ]` : '[]';
  ctx.stdout.write(`{\n  "formatVersion": ${FORMAT_VERSION},\n  ${JSON.stringify(key)}: ${list}\n}\n`);
}

export function out(ctx: Context, text: string): void {
  ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function info(ctx: Context, id: MessageId | DynamicId, params?: Record<string, string>): void {
  if (!ctx.quiet) ctx.stderr.write(`${t(ctx.lang, id, params)}\n`);
}

export function warn(ctx: Context, id: MessageId | DynamicId, params?: Record<string, string>): void {
  const c = colours(ctx);
  ctx.stderr.write(`${c.yellow('!')} ${t(ctx.lang, id, params)}\n`);
}

export function success(ctx: Context, id: MessageId | DynamicId, params?: Record<string, string>): void {
  if (ctx.quiet) return;
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
  // No space before the ellipsis: "Gemeenschappelijke…", not "Gemeenschappelijke …".
  return cps.length <= width
    ? s
    : `${cps
        .slice(0, width - 1)
        .join('')
        .trimEnd()}…`;
}
