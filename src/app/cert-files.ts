// Reading certificate files from disk or stdin for the cert commands: size limit, permissions of
// files that hold a private key, and one clear error per bad file (exit 2).
import { statSync } from 'node:fs';
import { finding, type Finding } from '../domain/findings.ts';
import { CERT_CHECKS } from '../domain/cert/catalogue.ts';
import { CertReadError, MAX_CERT_FILE, readCertificates, type ReadResult } from '../domain/cert/read.ts';
import { BoundedReadError, readBounded } from '../io/read-bounded.ts';
import { CliError } from '../ui/cli-error.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { hasMessage, t } from '../ui/messages.ts';
import type { Context } from '../ui/context.ts';

export interface LoadedFile extends ReadResult {
  file: string;
  warnings: Finding[];
}

function problem(ctx: Context, file: string, code: string, detail = ''): CliError {
  const id = `certfile.${code}`;
  const text = hasMessage(id) ? t(ctx.lang, id, { detail }) : code;
  return new CliError('certfile.problem', { file, problem: text, cause: code }, EXIT.usage);
}

let stdinUsed = false;

export function loadCertFile(ctx: Context, file: string): LoadedFile {
  let buf: Buffer;
  let mode: number | null = null;
  if (file === '-') {
    if (stdinUsed) throw problem(ctx, file, 'unreadable', 'stdin can be read once');
    stdinUsed = true;
  }
  try {
    buf = readBounded(file, MAX_CERT_FILE);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    if (e.problem === 'not-found') throw problem(ctx, file, 'not-found');
    if (e.problem === 'too-large') throw problem(ctx, file, 'file.too-large', String(MAX_CERT_FILE));
    if (e.problem === 'not-regular') throw problem(ctx, file, 'not-regular');
    throw problem(ctx, file, 'unreadable', e.problem === 'is-directory' ? 'is a directory' : e.detail);
  }
  let r: ReadResult;
  try {
    r = readCertificates(buf, { p12Password: ctx.env['LZ_ONBOARD_P12_PASSWORD'] });
  } catch (e) {
    if (e instanceof CertReadError) throw problem(ctx, file, e.code, e.detail);
    throw problem(ctx, file, 'file.not-certificate');
  }
  const warnings: Finding[] = [];
  if (r.privateKey) {
    // Only a file with a key needs its permissions (a stat per file is most of what inspecting 1,000 costs beyond parsing).
    if (file !== '-') mode = statSync(file).mode;
    warnings.push(finding(CERT_CHECKS.fileKey));
    if (mode !== null && mode & 0o044) warnings.push(finding(CERT_CHECKS.fileKeyReadable, { mode: (mode & 0o777).toString(8) }));
  }
  return { ...r, file, warnings };
}
