// Human rendering of a phase and a step (for "step show" and the wizard).
import { certAddCommand } from '../domain/requirements.ts';
import type { CaptureDef, Kind, Lang, PhaseDef, StepDef } from '../domain/checklist.ts';
import type { Dossier, StepRecord, StepState, Values } from '../domain/dossier-types.ts';
import { formatValue } from '../domain/validators.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours } from './output.ts';
import { textWidth, wrap } from './wrap.ts';

function bullets(items: string[], width: number): string {
  return items.map((m) => wrap(m, width, '    ').replace(/^ {4}/, '  • ')).join('\n');
}

export function stateLabel(ctx: Context, s: StepState): string {
  const c = colours(ctx);
  const label = t(ctx.lang, `label.state.${s}`);
  if (s === 'done') return c.green(`✔ ${label}`);
  if (s === 'skipped') return c.yellow(`↷ ${label}`);
  if (s === 'n/a') return c.dim(`– ${label}`);
  return c.cyan(`○ ${label}`);
}

export function renderPhaseIntro(ctx: Context, phase: PhaseDef, kind: Kind): string {
  const c = colours(ctx);
  const L: Lang = ctx.lang;
  const parts = [
    c.bold.underline(t(L, 'wizard.phase-header', { phase: String(phase.number), title: phase.title[L] })),
    wrap(phase.intro[L], textWidth(ctx), ''),
  ];
  if (kind === 'leverancier' && phase.leverancier) parts.push(`${c.magenta(t(L, 'label.leverancier'))}\n${wrap(phase.leverancier[L], textWidth(ctx), '  ')}`);
  if (phase.middelen[L].length) parts.push(`${c.bold(t(L, 'label.middelen'))}\n${bullets(phase.middelen[L], textWidth(ctx))}`);
  if (phase.aandachtspunten?.[L].length) parts.push(`${c.bold(t(L, 'label.aandachtspunten'))}\n${bullets(phase.aandachtspunten[L], textWidth(ctx))}`);
  return parts.join('\n\n');
}

export function renderResultaat(ctx: Context, phase: PhaseDef): string {
  const c = colours(ctx);
  return `${c.green.bold(t(ctx.lang, 'wizard.phase-done', { phase: String(phase.number) }))}\n${phase.resultaat[ctx.lang].map((r) => `  ${c.green('✔')} ${r}`).join('\n')}`;
}

export function captureLine(ctx: Context, cap: CaptureDef, value: unknown): string {
  const c = colours(ctx);
  const L = ctx.lang;
  const req = cap.required ? t(L, 'label.required') : t(L, 'label.optional');
  const shown = value === undefined ? c.dim(`${t(L, 'label.example')} ${cap.example}`) : c.bold(formatValue(value as string | string[]));
  return `  ${cap.key} (${req}): ${cap.label[L]}\n      ${shown}`;
}

export interface StepView {
  phase: PhaseDef;
  step: StepDef;
  state: StepState;
  kind: Kind;
  values: Values;
  record?: StepRecord;
  notApplicable?: string | null;
  certificates?: Dossier['certificates'];
}

export function renderStep(ctx: Context, v: StepView, header?: string): string {
  const c = colours(ctx);
  const L = ctx.lang;
  const { step } = v;
  const title = `${c.bold(step.title[L])}${step.optional ? c.dim(` (${t(L, 'label.optional-step')})`) : ''}`;
  const parts = [`${header ? `${c.dim(header)}\n` : ''}${c.bold(step.id)}  ${title}  ${stateLabel(ctx, v.state)}`];
  if (v.notApplicable) parts.push(wrap(v.notApplicable, textWidth(ctx), '  '));
  parts.push(`${c.bold(t(L, 'label.what-to-do'))}\n${wrap(step.do[L], textWidth(ctx), '  ')}`);
  for (const note of step.letOp ?? []) parts.push(`${c.red.bold(t(L, 'label.let-op'))}\n${wrap(note[L], textWidth(ctx), '  ')}`);
  if (v.kind === 'leverancier' && step.leverancier)
    parts.push(`${c.magenta.bold(t(L, 'label.leverancier'))}\n${wrap(step.leverancier[L], textWidth(ctx), '  ')}`);
  if (step.middelen?.[L].length) parts.push(`${c.bold(t(L, 'label.middelen'))}\n${bullets(step.middelen[L], textWidth(ctx))}`);
  if (step.requires?.length) {
    const lines = step.requires.map((r) => {
      const rec = v.certificates?.[r.certificate.env][r.certificate.role];
      const mark = rec ? c.green('✔') : c.cyan('○');
      const detail = rec ? `${rec.subject} (${t(L, 'label.until')} ${rec.notAfter.slice(0, 10)})` : c.dim(certAddCommand(r));
      return `  ${mark} ${r.certificate.env} ${r.certificate.role}: ${detail}`;
    });
    parts.push(`${c.bold(t(L, 'label.certificates'))}\n${lines.join('\n')}`);
  }
  if (step.captures?.length)
    parts.push(`${c.bold(t(L, 'label.captures'))}\n${step.captures.map((cap) => captureLine(ctx, cap, v.values[cap.key])).join('\n')}`);
  const r = v.record;
  if (r && (r.at || r.note || r.reason)) {
    const lines = [];
    if (r.at) lines.push(`  ${t(L, `label.state.${r.state}`)} ${r.at} ${t(L, 'label.by')} ${r.by ?? '?'}`);
    if (r.reason) lines.push(`  ${t(L, 'label.reason')}: ${r.reason}`);
    if (r.note) lines.push(`  ${t(L, 'label.note')}: ${r.note}`);
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}
