// A due item in words, the same in `due`, its calendar and `status`.
import type { DueItem, Sno } from '../domain/due.ts';
import type { Context } from './context.ts';
import { dyn, t } from './messages.ts';

export function describeDue(ctx: Context, i: DueItem, sno: Sno): string {
  const L = ctx.lang;
  const params: Record<string, string> = {
    env: i.env,
    role: i.role ? t(L, dyn(`label.role.${i.role}`)) : '',
    end: i.certEnd ?? '',
    date: i.date,
    zaaktype: i.zaaktype ?? '',
    since: i.since ?? '',
    change: i.change ?? '',
  };
  let text = t(L, dyn(`due.${i.kind}`), params);
  if (i.windows?.length) {
    const names = i.windows.map((w) => `${w.date} ${sno.maintenanceWindows.find((m) => m.id === w.id)?.title[L] ?? w.id}`);
    text += `; ${t(L, 'due.in-window', { windows: names.join(', ') })}`;
  }
  return text;
}
