// Maps argv to typed options with commander. Each action imports its command module lazily so
// that "--help" and "status" load only what they use.
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { Lang } from './domain/checklist.ts';
import { DomainError } from './domain/errors.ts';
import { DossierError } from './dossier/errors.ts';
import { CliError } from './ui/cli-error.ts';
import { detectLang, makeContext, type Context, type GlobalOptions } from './ui/context.ts';
import { ioReason } from './io/reasons.ts';
import { fdWriter, isTerminal, OutputError } from './ui/terminal.ts';
import { EXIT, FORMAT_VERSION } from './ui/exit-codes.ts';
import { HELP_TOPICS, helpTopic, type HelpTopic } from './ui/help-topics.ts';
import { t, dyn } from './ui/messages.ts';
import { usageError } from './ui/usage-errors.ts';
import { prepareColours } from './ui/output.ts';
import { setPromptLanguage } from './ui/prompts.ts';

declare const __LZ_VERSION__: string | undefined;
/** Set from package.json by the build (scripts/build.mjs); unbuilt sources (tests through tsx) say "dev". */
export const VERSION = typeof __LZ_VERSION__ === 'string' ? __LZ_VERSION__ : '0.0.0-dev';

const COMMANDS = ['init', 'wizard', 'status', 'step', 'apply', 'history', 'intermediary', 'oin', 'cert', 'spec', 'cpa', 'verify', 'completion'];

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

/** commander's accumulator for repeatable options. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

let examplesHeading = 'Examples';

function examples(lines: string[]): string {
  return `\n${examplesHeading}:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

type Run = (ctx: Context) => Promise<number> | number;

function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

function workingDirectory(): string {
  try {
    return process.cwd();
  } catch {
    // The folder was removed under the shell (uv_cwd ENOENT): nothing relative can be resolved.
    throw new CliError('cwd.missing', {}, EXIT.usage);
  }
}

async function execute(cmd: Command, run: Run): Promise<void> {
  const ctx = makeContext(globals(cmd), process.env, workingDirectory());
  setPromptLanguage(ctx.lang);
  await prepareColours(ctx);
  process.exitCode = await run(ctx);
}

/**
 * The command tree. Only the command being run is configured in full (options, arguments, help
 * text, subcommands); the others are named and described, which is all the root help and command
 * matching need. This keeps commander's set-up off the start-up path of status and --help.
 */
const DUTCH_TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Opdrachten:',
};
const dutch = (s: string) => s.replace('(choices: ', '(keuzes: ').replace(/(\(|, )default: /, '$1standaard: ');

/** commander writes its help in English; these hooks make the Dutch help Dutch throughout. */
const DUTCH_HELP: Partial<Help> = {
  styleTitle: (s: string) => DUTCH_TITLES[s] ?? s,
  optionDescription(this: Help, o: Option) {
    return dutch(Help.prototype.optionDescription.call(this, o));
  },
  argumentDescription(this: Help, a: Parameters<Help['argumentDescription']>[0]) {
    return dutch(Help.prototype.argumentDescription.call(this, a));
  },
};

export function buildProgram(lang: Lang, wanted?: string): Command {
  const L = lang;
  const all = !wanted || !COMMANDS.includes(wanted);
  const want = (name: string) => all || wanted === name;
  examplesHeading = t(L, 'opt.examples');
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
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false, ...(L === 'en' ? {} : DUTCH_HELP) })
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

  if (want('init')) {
    program
      .command('init')
      .description(t(L, 'help.init'))
      .addOption(new Option('--kind <kind>', 'overheid | leverancier').choices(['overheid', 'leverancier']))
      .option('--name <name>', t(L, 'opt.init.name'))
      .option('--oin <oin>', t(L, 'opt.init.oin'))
      .option('--hrn <hrn>', t(L, 'opt.init.hrn'))
      .option('--kvk <kvk>', t(L, 'opt.init.kvk'))
      .option('--network <network>', 'internet | diginetwerk')
      .option('--standard <standard>', 'stuf | mo')
      .option('--zaaktype <zaaktype>', t(L, 'opt.init.zaaktype'), collect)
      .option('--from <file>', t(L, 'opt.init.from'))
      .option('-f, --force', t(L, 'opt.init.force'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard init --from organisatie.json --no-input',
          'lz-onboard init --kind overheid --name "Gemeente Voorbeeld" --oin 00000001002220647000 --network internet --standard stuf --zaaktype omgevingsvergunning',
          'lz-onboard init --kind leverancier --name "Voorbeeld B.V." --kvk 12345678 --network internet --standard mo --no-input',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/init.ts')).runInit(ctx, this.opts()));
      });
  } else stub('init');

  if (want('wizard')) {
    program
      .command('wizard')
      .description(t(L, 'help.wizard'))
      .addHelpText('after', examples(['lz-onboard wizard', 'lz-onboard wizard --no-input   # prints the next step and the command that completes it']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/wizard.ts')).runWizard(ctx));
      });
  } else stub('wizard');

  if (want('status')) {
    program
      .command('status')
      .description(t(L, 'help.status'))
      .argument('[paths...]', t(L, 'opt.status.arg-paths'))
      .option('--attention', t(L, 'opt.status.attention'))
      .option('--phase <n>', t(L, 'opt.status.phase'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard status',
          'lz-onboard status klanten/',
          'lz-onboard status klanten/ --attention',
          'lz-onboard status --json klanten/ > overzicht.json',
        ]),
      )
      .action(async function (this: Command, paths: string[]) {
        await execute(this, async (ctx) => (await import('./commands/status.ts')).runStatus(ctx, paths, this.opts()));
      });
  } else stub('status');

  if (want('step')) {
    const step = program.command('step').description(t(L, 'help.step'));
    const valueHelp = t(L, 'opt.step.value');
    const noteHelp = t(L, 'opt.step.note');
    step
      .command('list')
      .description(t(L, 'help.step.list'))
      .addHelpText('after', examples(['lz-onboard step list', 'lz-onboard step list --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/step.ts')).runStepList(ctx));
      });
    step
      .command('show')
      .description(t(L, 'help.step.show'))
      .argument('[id]')
      .addHelpText('after', examples(['lz-onboard step show 2.aanvraagformulier']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('./commands/step.ts')).runStepShow(ctx, id));
      });
    step
      .command('done')
      .description(t(L, 'help.step.done'))
      .argument('[id]')
      .option('--value <key=value>', valueHelp, collect)
      .option('--note <text>', noteHelp)
      .addHelpText(
        'after',
        examples([
          'lz-onboard step done 1.verbinding --value network=internet',
          'lz-onboard step done 2.aanvraagformulier --value afzenderId=GM0344 --value serviceId=lz-pp --value contactEmail=lz@example.nl',
        ]),
      )
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('./commands/step.ts')).runStepDone(ctx, id, this.opts()));
      });
    step
      .command('skip')
      .description(t(L, 'help.step.skip'))
      .argument('[id]')
      .option('--reason <text>', t(L, 'opt.step.skip.reason'))
      .option('--note <text>', noteHelp)
      .addHelpText('after', examples(['lz-onboard step skip 4.communicatie --reason "geen campagne"']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('./commands/step.ts')).runStepSkip(ctx, id, this.opts()));
      });
    step
      .command('reopen')
      .description(t(L, 'help.step.reopen'))
      .argument('[id]')
      .option('--note <text>', noteHelp)
      .addHelpText('after', examples(['lz-onboard step reopen 2.cpa --note "nieuwe CPA nodig"']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('./commands/step.ts')).runStepReopen(ctx, id, this.opts()));
      });
  } else stub('step');

  if (want('apply')) {
    program
      .command('apply')
      .description(t(L, 'help.apply'))
      .argument('<plan>', t(L, 'opt.apply.arg-plan'))
      .option('--dry-run', t(L, 'opt.apply.dry-run'))
      .addHelpText('after', examples(['lz-onboard apply stappen.json', 'lz-onboard apply - --json < stappen.json', 'lz-onboard apply stappen.json --dry-run']))
      .action(async function (this: Command, file: string) {
        await execute(this, async (ctx) => (await import('./commands/apply.ts')).runApply(ctx, file, this.opts()));
      });
  } else stub('apply');

  if (want('history')) {
    program
      .command('history')
      .description(t(L, 'help.history'))
      .option('--step <id>', t(L, 'opt.history.step'))
      .option('--who <name>', t(L, 'opt.history.who'))
      .option('--since <date>', t(L, 'opt.history.since'))
      .option('--last <n>', t(L, 'opt.history.last'))
      .addHelpText('after', examples(['lz-onboard history', 'lz-onboard history --step 2.cpa', 'lz-onboard history --since 2026-03-01 --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/history.ts')).runHistory(ctx, this.opts()));
      });
  } else stub('history');

  if (want('intermediary')) {
    program
      .command('intermediary')
      .description(t(L, 'help.intermediary'))
      .option('--oin <oin>', t(L, 'opt.intermediary.oin'))
      .option('--name <name>', t(L, 'opt.intermediary.name'))
      .option('--clear', t(L, 'opt.intermediary.clear'))
      .addHelpText('after', examples(['lz-onboard intermediary --oin 00000003123456780000 --name "Voorbeeld Gateway B.V."', 'lz-onboard intermediary --clear']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/intermediary.ts')).runIntermediary(ctx, this.opts()));
      });
  } else stub('intermediary');

  if (want('oin')) {
    const oin = program.command('oin').description(t(L, 'help.oin'));
    oin
      .command('check')
      .description(t(L, 'help.oin.check'))
      .argument('<value...>', 'OIN/HRN')
      .addHelpText('after', examples(['lz-onboard oin check 00000001822477348000 00000003271987420000', 'lz-onboard oin check --json 00000005123456789000']))
      .action(async function (this: Command, values: string[]) {
        await execute(this, async (ctx) => (await import('./commands/oin.ts')).runOinCheck(ctx, values));
      });
  } else stub('oin');

  if (want('cert')) {
    const cert = program.command('cert').description(t(L, 'help.cert'));
    const checkOptions = (c: Command) =>
      c
        .addOption(envOption())
        .addOption(new Option('--role <role>', 'client | server').choices(['client', 'server']))
        .option('--endpoint <url>', t(L, 'opt.cert.endpoint'))
        .option('--oin <oin>', t(L, 'opt.cert.oin'))
        .option('--roots <file>', t(L, 'opt.cert.roots'), collect)
        .option('--expires-in <days>', t(L, 'opt.cert.expires-in'))
        .option('--at <date>', t(L, 'opt.cert.at'));
    cert
      .command('inspect')
      .description(t(L, 'help.cert.inspect'))
      .argument('<file...>', t(L, 'opt.cert.inspect.arg-file'))
      .addHelpText('after', examples(['lz-onboard cert inspect server.pem', 'lz-onboard cert inspect --json chain.p7b']))
      .action(async function (this: Command, files: string[]) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertInspect(ctx, files));
      });
    checkOptions(cert.command('check').description(t(L, 'help.cert.check')).argument('<file...>', t(L, 'opt.cert.check.arg-file')))
      .addOption(new Option('--severity <level>', t(L, 'opt.cert.check.severity')).choices(['error', 'warning']).default('error'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard cert check server.pem chain.pem --env preproductie --role server --endpoint https://lz.example.nl/ebms',
          'lz-onboard cert check client.pem intermediate.pem --roots test-root.pem --oin 00000001002220647000 --json',
          'lz-onboard cert check client.pem chain.pem --at 2027-05-01   # still valid on the planned LPR date?',
        ]),
      )
      .action(async function (this: Command, files: string[]) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertCheck(ctx, files, this.opts()));
      });
    cert
      .command('checks')
      .description(t(L, 'help.cert.checks'))
      .addHelpText('after', examples(['lz-onboard cert checks', 'lz-onboard cert checks --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertChecks(ctx));
      });
    checkOptions(cert.command('add').description(t(L, 'help.cert.add')).argument('<file...>', t(L, 'opt.cert.add.arg-file')))
      .addHelpText(
        'after',
        examples([
          'lz-onboard cert add client.pem chain.pem --env preproductie --role client',
          'lz-onboard cert add server.pem chain.pem --env preproductie --role server',
        ]),
      )
      .action(async function (this: Command, files: string[]) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertAdd(ctx, files, this.opts()));
      });
  } else stub('cert');

  if (want('spec')) {
    const spec = program.command('spec').description(t(L, 'help.spec'));
    spec
      .command('consumer')
      .description(t(L, 'help.spec.consumer'))
      .addOption(envOption())
      .option('-o, --output <file>', t(L, 'opt.spec.consumer.output'))
      .option('--party-name <name>', 'PartyName')
      .option('--party-id <id>', 'PartyId')
      .option('--party-ref <ref>', 'PartyRef')
      .option('--endpoint <url>', 'EndpointUri')
      .option('--client-cert <file>', t(L, 'opt.spec.consumer.client-cert'))
      .option('--server-cert <file>', t(L, 'opt.spec.consumer.server-cert'))
      .option('--chain <file>', t(L, 'opt.spec.consumer.chain'), collect)
      .option('--roots <file>', rootsHelp, collect)
      .option('--expires-in <days>', expiresHelp)
      .option('-f, --force', forceWriteHelp)
      .addHelpText(
        'after',
        examples([
          'lz-onboard spec consumer --env preproductie',
          'lz-onboard spec consumer --env preproductie -o -',
          'lz-onboard spec consumer --env preproductie --party-name "Gemeente X" --party-id 00000001002220647000 --endpoint https://lz.example.nl/ebms --client-cert c.pem --server-cert s.pem --chain chain.pem -o -',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/spec.ts')).runSpecConsumer(ctx, this.opts()));
      });
    spec
      .command('ping')
      .description(t(L, 'help.spec.ping'))
      .addOption(envOption())
      .option('-o, --output <file>', t(L, 'opt.spec.ping.output'))
      .option('--from <partyId>', t(L, 'opt.spec.ping.from'))
      .option('--to <partyId>', t(L, 'opt.spec.ping.to'))
      .option('--cpa-id <id>', t(L, 'opt.spec.ping.cpa-id'))
      .option('--from-role <role>', 'FromRole')
      .option('--to-role <role>', 'ToRole')
      .option('--conversation-id <id>', 'ConversationId')
      .option('-f, --force', forceWriteHelp)
      .addHelpText(
        'after',
        examples([
          'lz-onboard spec ping --env preproductie -o -',
          'lz-onboard spec ping --env preproductie --from 00000001002220647000_A --to 00000001822477348000 --cpa-id lz_1 --from-role Consumer --to-role Provider',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/spec.ts')).runSpecPing(ctx, this.opts()));
      });
  } else stub('spec');

  if (want('cpa')) {
    const cpa = program.command('cpa').description(t(L, 'help.cpa'));
    cpa
      .command('check')
      .description(t(L, 'help.cpa.check'))
      .argument('<cpa>', 'CPA (XML)')
      .addOption(envOption())
      .option('--oin <oin>', t(L, 'opt.cpa.check.oin'))
      .option('--endpoint <url>', t(L, 'opt.cpa.check.endpoint'))
      .option('--roots <file>', rootsHelp, collect)
      .option('--expires-in <days>', expiresHelp)
      .option('--at <date>', t(L, 'opt.cpa.check.at'))
      .addHelpText(
        'after',
        examples(['lz-onboard cpa check cpa-preproductie.xml --env preproductie', 'lz-onboard cpa check cpa.xml --env preproductie --json']),
      )
      .action(async function (this: Command, file: string) {
        await execute(this, async (ctx) => (await import('./commands/cpa.ts')).runCpaCheck(ctx, file, this.opts()));
      });
  } else stub('cpa');

  if (want('verify')) {
    program
      .command('verify')
      .description(t(L, 'help.verify'))
      .addOption(envOption())
      .option('--roots <file>', rootsHelp, collect)
      .option('--expires-in <days>', expiresHelp)
      .option('--no-record', t(L, 'opt.verify.no-record'))
      .addHelpText('after', examples(['lz-onboard verify', 'lz-onboard verify --env preproductie --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/verify.ts')).runVerify(ctx, this.opts()));
      });
  } else stub('verify');

  if (want('completion')) {
    program
      .command('completion')
      .description(t(L, 'help.completion'))
      .addArgument(new Argument('<shell>', t(L, 'opt.completion.arg-shell')).choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        examples([
          'lz-onboard completion bash > ~/.local/share/bash-completion/completions/lz-onboard',
          'lz-onboard completion fish > ~/.config/fish/completions/lz-onboard.fish',
          'eval "$(lz-onboard completion zsh)"   # in ~/.zshrc',
        ]),
      )
      .action(async function (this: Command, shell: string) {
        // The script is made from the whole command tree, in the user's language.
        const full = buildProgram(L);
        await execute(this, async (ctx) => (await import('./commands/completion.ts')).runCompletion(ctx, shell, full));
      });
  } else stub('completion');

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

const stdout = fdWriter(1);
const stderr = fdWriter(2);

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
  const program = buildProgram(lang, wanted);
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
