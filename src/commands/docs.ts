// lz-onboard docs beheer|helpdesk: phase 4's operations document and help-desk briefing, as
// Markdown or self-contained HTML, from the dossier and the SNO data. Written to a file, a document
// is recorded; steps 4.beheerdocumentatie and 4.helpdesk stand for it.
import { extname } from 'node:path';
import { beheerDoc } from '../domain/docs/beheer.ts';
import type { Doc } from '../domain/docs/document.ts';
import { helpdeskDoc } from '../domain/docs/helpdesk.ts';
import { isRecordedDocument, recordDocument } from '../domain/docs/records.ts';
import { amsterdamDay } from '../domain/calendar.ts';
import { refuseProductieForSupplier, sha256, toDossier, writeDocument } from '../app/artefact-files.ts';
import { actor, changeDossier, readDossier } from '../app/dossier.ts';
import { parseAt } from '../app/options.ts';
import { loadSno } from '../sno-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { docHtml, docMarkdown } from '../ui/doc-render.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { info, success, writeJson } from '../ui/output.ts';

export interface DocsOptions {
  format?: string;
  output?: string;
  force?: boolean;
  at?: string;
}

const STEP = { beheer: '4.beheerdocumentatie', helpdesk: '4.helpdesk' } as const;

export async function runDocs(ctx: Context, kind: 'beheer' | 'helpdesk', o: DocsOptions): Promise<number> {
  const ext = extname(o.output ?? '').toLowerCase();
  const format = o.format ?? (ext === '.html' || ext === '.htm' ? 'html' : 'md');
  if (format !== 'md' && format !== 'html') throw new CliError('flag.invalid', { flag: '--format', reason: 'value.choice', options: 'md, html' });
  const { dossier: d } = readDossier(ctx);
  // Phase 4's documents: a supplier connection never goes to production (the manual's reason is given).
  refuseProductieForSupplier(d, 'productie');
  const today = amsterdamDay(parseAt(o.at, ctx.now()));
  const sno = loadSno();
  const doc: Doc = kind === 'beheer' ? beheerDoc(d, sno, ctx.lang, today) : helpdeskDoc(d, sno, ctx.lang, today);
  const text = format === 'html' ? docHtml(doc) : docMarkdown(doc);
  const written = writeDocument(ctx, o.output ?? '-', text, o.force === true);
  if (!written.path) return EXIT.ok;
  const rel = toDossier(ctx, written.path);
  const hash = sha256(text);
  if (!isRecordedDocument(d, kind, rel, hash)) {
    const who = actor(ctx);
    await changeDossier(ctx, (x) => {
      const next = recordDocument(x, { kind, path: rel, sha256: hash, format }, who);
      return { dossier: next, result: next };
    });
  }
  if (ctx.json) writeJson(ctx, { document: { kind, path: written.path, sha256: hash, format, step: STEP[kind] } });
  else {
    if (written.unchanged)
      success(ctx, 'spec.unchanged', { what: t(ctx.lang, kind === 'beheer' ? 'docs.what.beheer' : 'docs.what.helpdesk'), file: written.path });
    else success(ctx, 'docs.written', { file: written.path, sha: hash.slice(0, 16) });
    info(ctx, 'docs.next', { step: STEP[kind] });
  }
  return EXIT.ok;
}
