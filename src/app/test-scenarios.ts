// The scenario set of the chain test: the default one in templates/ (derived from public material)
// or the organisation's own file (the items of Logius' Checklist Testen Lopende Zaken).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DomainError } from '../domain/errors.ts';
import { parseScenarioSet, type ScenarioSet } from '../domain/test/scenarios.ts';
import { BoundedReadError, decodeUtf8Strict, readBounded } from '../io/read-bounded.ts';
import { CliError } from '../ui/cli-error.ts';
import { sha256 } from './artefact-files.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';

const MAX_SCENARIO_FILE = 2 * 1024 * 1024;

export interface LoadedScenarios {
  set: ScenarioSet;
  /** The file given, or null for the default set. */
  file: string | null;
  /** SHA-256 of the file's text: a plan records which version of its scenarios it used. */
  sha256: string;
}

export function loadScenarioSet(ctx: Context, file: string | undefined): LoadedScenarios {
  if (file === undefined) {
    const text = readFileSync(new URL('../templates/test-scenarios.json', import.meta.url), 'utf8');
    return { set: parseScenarioSet(JSON.parse(text)), file: null, sha256: sha256(text) };
  }
  const abs = resolve(ctx.cwd, file);
  let text: string | null;
  try {
    text = decodeUtf8Strict(readBounded(abs, MAX_SCENARIO_FILE));
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    const reason =
      e.problem === 'not-found'
        ? 'no such file'
        : e.problem === 'is-directory'
          ? 'a directory'
          : e.problem === 'too-large'
            ? `larger than ${MAX_SCENARIO_FILE / 1024 / 1024} MB`
            : e.problem === 'not-regular'
              ? 'not a regular file'
              : e.detail || e.problem;
    throw new CliError('scenarios.unreadable', { file: abs, reason }, EXIT.usage);
  }
  if (text === null) throw new CliError('scenarios.not-json', { file: abs, reason: 'not UTF-8' }, EXIT.usage);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // One line: JSON.parse quotes the text it choked on, line breaks included.
    throw new CliError('scenarios.not-json', { file: abs, reason: (e as Error).message.replace(/\s+/g, ' ') }, EXIT.usage);
  }
  try {
    return { set: parseScenarioSet(raw), file: abs, sha256: sha256(text) };
  } catch (e) {
    if (e instanceof DomainError) throw new CliError('scenarios.invalid', { file: abs, ...e.params }, EXIT.usage);
    throw e;
  }
}
