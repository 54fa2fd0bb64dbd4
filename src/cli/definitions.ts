// What every group of command definitions needs from the program being built.
import type { Command, Option } from 'commander';
import type { Lang } from '../domain/checklist.ts';
import type { Run } from './run.ts';

export interface Definitions {
  program: Command;
  L: Lang;
  /** Configure this command in full? Only the one being run is (and all of them for the root help). */
  want: (name: string) => boolean;
  /** Name and describe a command that is not being run. */
  stub: (name: string) => void;
  execute: (cmd: Command, run: Run) => Promise<void>;
  examples: (lines: string[]) => string;
  collect: (value: string, previous?: string[]) => string[];
  envOption: () => Option;
  rootsHelp: string;
  expiresHelp: string;
  forceWriteHelp: string;
  buildProgram: (lang: Lang, wanted?: string) => Command;
}
