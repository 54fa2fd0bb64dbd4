// Maps argv to typed options with commander. Each action imports its command module lazily so
// that "--help" and "status" load only what they use.
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from './domain/checklist.ts';
import { DomainError } from './domain/errors.ts';
import { DossierError } from './dossier/errors.ts';
import { CliError } from './ui/cli-error.ts';
import { detectLang } from './ui/context.ts';
import { ioReason } from './io/reasons.ts';
import { fdWriter, isTerminal, OutputError } from './ui/terminal.ts';
import { hintRewrite, rewriting, startedByNpmStart } from './ui/invocation.ts';
import { COMMAND_TERMS, COMMANDS } from './cli/command-names.ts';
import { EXIT, FORMAT_VERSION } from './ui/exit-codes.ts';
import { HELP_TOPICS, helpTopic, type HelpTopic } from './ui/help-topics.ts';
import { t, dyn } from './ui/messages.ts';
import { usageError } from './ui/usage-errors.ts';
import { defineArtefactCommands } from './cli/artefact-commands.ts';
import type { Definitions } from './cli/definitions.ts';
import { defineDossierCommands } from './cli/dossier-commands.ts';
import { DUTCH_HELP } from './cli/dutch-help.ts';
import { collect, examples, execute, setExamplesHeading } from './cli/run.ts';

declare const __LZ_VERSION__: string | undefined;
/** Set from package.json by the build (scripts/build.mjs); unbuilt sources (tests through tsx) say "dev". */
export const VERSION = typeof __LZ_VERSION__ === 'string' ? __LZ_VERSION__ : '0.0.0-dev';

/** The command named on the command line: the first argument that is not a global option. */
export function commandName(args: string[]): string | undefined {
  const withValue = new Set(['-d', '--dossier', '--lang', '--by']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (withValue.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/**
 * The command tree. Only the command being run is configured in full (options, arguments, help
 * text, subcommands); the others are named and described, which is all the root help and command
 * matching need. This keeps commander's set-up off the start-up path of status and --help.
 */
export function buildProgram(lang: Lang, wanted?: string, rootOnly = false): Command {
  const L = lang;
  // The root's --help and --version need the commands named and described, nothing more.
  const all = !rootOnly && (!wanted || !COMMANDS.includes(wanted));
  const want = (name: string) => all || wanted === name;
  setExamplesHeading(t(L, 'opt.examples'));
  const program = new Command('lz-onboard')
    .description(t(L, 'help.program'))
    .version(VERSION, '-V, --version', t(L, 'opt.version'))
    .helpOption('-h, --help', t(L, 'opt.help'))
    .option('-d, --dossier <file>', t(L, 'opt.dossier'))
    .option('--json', t(L, 'opt.json'))
    .addOption(new Option('--lang <lang>', t(L, 'opt.lang')).choices(['nl', 'en']))
    .option('--no-input', t(L, 'opt.no-input'))
    .option('-y, --yes', t(L, 'opt.yes'))
    .option('--no-color', t(L, 'opt.no-color'))
    .option('--by <name>', t(L, 'opt.by'))
    .option('-q, --quiet', t(L, 'opt.quiet'))
    .option('--verbose', t(L, 'opt.verbose'))
    .showHelpAfterError(false)
    .configureHelp({
      showGlobalOptions: true,
      sortSubcommands: false,
      ...(L === 'en' ? {} : DUTCH_HELP),
      // A top-level command described but not configured (rootOnly) is named by its term.
      ...(rootOnly
        ? { subcommandTerm: (c: Command) => (L === 'en' ? COMMAND_TERMS[c.name()]! : COMMAND_TERMS[c.name()]!.replace(' [options]', ' [opties]')) }
        : {}),
    })
    .addHelpText(
      'after',
      `\n${helpTopic(L, 'environment')}\n${examples(['lz-onboard', 'lz-onboard init --kind overheid --name "Gemeente Voorbeeld" --oin 00000001002220647000 --network internet --standard stuf', 'lz-onboard status', 'lz-onboard status --json dossiers/', 'lz-onboard step done 1.verbinding --value network=internet'])}`,
    )
    .action(async function (this: Command) {
      await execute(this, async (ctx) => (await import('./commands/wizard.ts')).runWizard(ctx));
    });
  const stub = (name: string) => void program.command(name).description(t(L, dyn(`help.${name}`)));
  const rootsHelp = t(L, 'opt.roots');
  const expiresHelp = t(L, 'opt.expires');
  const forceWriteHelp = t(L, 'opt.force-write');
  const envOption = () => new Option('--env <env>', 'preproductie | productie').choices(['preproductie', 'productie']);

  const d: Definitions = { program, L, want, stub, execute, examples, collect, envOption, rootsHelp, expiresHelp, forceWriteHelp, buildProgram };
  defineDossierCommands(d);
  defineArtefactCommands(d);
  // Groups (step, cert, test…) get commander's "help [command]", in the user's language.
  for (const c of program.commands) if (c.commands.length) c.helpCommand('help [command]', t(L, 'opt.help-command'));
  return program;
}

/** What --lang/--json were given, read before commander runs, so errors speak the right language. */
function early(argv: string[]): { lang: Lang; json: boolean } {
  let flag: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice(7);
  });
  // --verbose is LZ_DEBUG=1 for this run: errors are reported before commander has parsed anything.
  if (argv.includes('--verbose')) process.env['LZ_DEBUG'] = '1';
  return { lang: detectLang(flag, process.env), json: argv.includes('--json') };
}

// After `npm start` without `npm link`, hints say `npm start -- <command>` (ui/invocation.ts).
const rewrite = hintRewrite(process.env, [...COMMANDS, 'help']);
const stdout = rewriting(fdWriter(1), rewrite);
const stderr = rewriting(fdWriter(2), rewrite);

/** commander's output through the same writers as ours (see ui/terminal.ts for why). */
const commanderOutput = {
  writeOut: (s: string) => stdout.write(s),
  writeErr: (s: string) => stderr.write(s),
  getOutHelpWidth: () => (isTerminal(1) ? process.stdout.columns : 80),
  getErrHelpWidth: () => (isTerminal(2) ? process.stderr.columns : 80),
  getOutHasColors: () => false,
  getErrHasColors: () => false,
  // Errors are reported by main() in the user's language (ui/usage-errors.ts).
  outputError: () => {},
};

/** "cert check" for `lz-onboard cert check x --bogus`: the command whose --help explains it. */
function commandPath(program: Command, args: string[], wanted: string | undefined): string {
  const cmd = program.commands.find((c) => c.name() === wanted);
  if (!cmd || !wanted) return '';
  const rest = args.slice(args.indexOf(wanted) + 1).filter((a) => !a.startsWith('-'));
  const sub = cmd.commands.find((c) => c.name() === rest[0]);
  return sub ? `${wanted} ${sub.name()}` : wanted;
}

function reportError(lang: Lang, json: boolean, e: unknown): number {
  let code: string;
  let params: Record<string, string>;
  let exit: number;
  if (e instanceof CliError) [code, params, exit] = [e.code, e.params, e.exitCode];
  else if (e instanceof DomainError) [code, params, exit] = [e.code, e.params, EXIT.usage];
  else if (e instanceof DossierError) [code, params, exit] = [e.code, e.params, e.code === 'dossier.exists' ? EXIT.usage : EXIT.dossier];
  else if (e instanceof OutputError) {
    // stdout is full or broken: say so on stderr, if that still works; scripts see exit 1.
    try {
      if (e.fd === 1) stderr.write(`lz-onboard: ${t(lang, 'output.failed', { stream: 'stdout', reason: ioReason(e.reason) })}\n`);
    } catch {
      /* stderr is gone too */
    }
    return EXIT.findings;
  } else {
    const err = e as Error;
    stderr.write(`lz-onboard: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env['LZ_DEBUG'] === '1' && err?.stack) stderr.write(`${err.stack}\n`);
    return 70;
  }
  let message = t(lang, dyn(code), params);
  if (params['backup']) message += ` (${t(lang, 'dossier.backup-hint', params)})`;
  if (exit === EXIT.cancelled) stderr.write(`\n${message}\n`);
  else stderr.write(`lz-onboard: ${message}\n`);
  if (process.env['LZ_DEBUG'] === '1' && e instanceof Error && e.stack) stderr.write(`${e.stack}\n`);
  if (json) {
    try {
      stdout.write(`${JSON.stringify({ formatVersion: FORMAT_VERSION, error: { code, message, exitCode: exit } }, null, 2)}\n`);
    } catch {
      /* stdout is what failed: the message is on stderr */
    }
  }
  return exit;
}

export async function main(argv0: string[] = process.argv): Promise<void> {
  let argv = argv0;
  // npm runs scripts in the package's folder; file names and the dossier are the user's, relative to where they typed.
  const initCwd = process.env['INIT_CWD'];
  if (initCwd && startedByNpmStart(process.env)) {
    try {
      process.chdir(initCwd);
    } catch {
      /* gone: stay in the package's folder */
    }
  }
  // "lz-onboard help step done" is "lz-onboard step done --help" (the root command has an action,
  // so commander adds no help command of its own).
  const helpAt = argv.indexOf('help', 2);
  if (helpAt !== -1 && commandName(argv.slice(2)) === 'help') {
    const topic = argv[helpAt + 1] as HelpTopic | undefined;
    if (topic && (HELP_TOPICS as readonly string[]).includes(topic)) {
      stdout.write(`${helpTopic(early(argv.slice(2)).lang, topic)}\n`);
      return;
    }
    argv = [...argv.slice(0, helpAt), ...argv.slice(helpAt + 1), '--help'];
  }
  const { lang, json } = early(argv.slice(2));
  const wanted = commandName(argv.slice(2));
  // The root command runs the wizard and takes no arguments, so commander would call a mistyped
  // command "too many arguments"; say what it is instead.
  if (wanted !== undefined && !COMMANDS.includes(wanted)) {
    process.exitCode = reportError(lang, json, new CliError('command.unknown', { name: wanted, known: COMMANDS.join(', ') }));
    return;
  }
  const rootOnly = wanted === undefined && argv.slice(2).some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version');
  const program = buildProgram(lang, wanted, rootOnly);
  const all = [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)];
  for (const c of all) c.exitOverride().configureOutput(commanderOutput);
  // Every command's --help ends with the exit codes, the same everywhere.
  program.addHelpText(
    'afterAll',
    `\n${helpTopic(lang, 'exit-codes')}\n${lang === 'en' ? 'More: lz-onboard help environment' : 'Meer: lz-onboard help environment'}`,
  );
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; everything else commander refuses is a usage error.
      const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      process.exitCode = ok ? EXIT.ok : reportError(lang, json, usageError(e.code, e.message, commandPath(program, argv.slice(2), wanted)));
      return;
    }
    process.exitCode = reportError(lang, json, e);
  }
}
