// Which dossiers a command over "[paths...]" covers (status, due, history): none given is the
// current dossier; folders are walked; a folder given alone with no dossier in it is an error.
import { relative } from 'node:path';
import { expandTargets, TargetList } from '../dossier/find.ts';
import { expectLongRun } from '../io/long-run.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';

export interface DossierTargets {
  targets: TargetList;
  /** Folders that could not be read (named on stderr; the exit code is 3). */
  unreadable: string[];
  /** One dossier, named or the current one: shown in detail. */
  single: boolean;
}

export function dossierTargets(ctx: Context, paths: string[]): DossierTargets {
  if (paths.length === 0) {
    const targets = new TargetList();
    targets.addFile(ctx.dossierPath, relative(ctx.cwd, ctx.dossierPath) || ctx.dossierPath);
    return { targets, unreadable: [], single: true };
  }
  const found = expandTargets(ctx.cwd, paths);
  if (found.empty) throw new CliError('dossier.none-found', { path: paths[0]! }, EXIT.dossier);
  expectLongRun(found.targets.length);
  return { targets: found.targets, unreadable: found.unreadable, single: found.single };
}
