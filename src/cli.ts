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
import { t } from './ui/messages.ts';
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
  return `\n${examplesHeading}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
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
const dutch = (s: string) => s.replace('(choices: ', '(keuzes: ').replace('(default: ', '(standaard: ');

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
  examplesHeading = L === 'en' ? 'Examples' : 'Voorbeelden';
  const program = new Command('lz-onboard')
    .description(t(L, 'help.program'))
    .version(VERSION, '-V, --version', L === 'en' ? 'output the version number' : 'toon het versienummer')
    .helpOption('-h, --help', L === 'en' ? 'display help for command' : 'toon de hulp bij deze opdracht')
    .option(
      '-d, --dossier <file>',
      L === 'en' ? 'dossier file (default ./lz-onboard.json, or LZ_ONBOARD_DOSSIER)' : 'dossierbestand (standaard ./lz-onboard.json, of LZ_ONBOARD_DOSSIER)',
    )
    .option('--json', L === 'en' ? 'one JSON document on stdout (implies --no-input)' : 'één JSON-document op stdout (betekent ook --no-input)')
    .addOption(new Option('--lang <lang>', L === 'en' ? 'language of the output' : 'taal van de uitvoer').choices(['nl', 'en']))
    .option('--no-input', L === 'en' ? 'never prompt; a missing value is an error' : 'nooit vragen; een ontbrekende waarde is een fout')
    .option('-y, --yes', L === 'en' ? 'the same as --no-input, for scripts that say --yes' : 'hetzelfde als --no-input, voor scripts die --yes zeggen')
    .option('--no-color', L === 'en' ? 'no colours' : 'geen kleuren')
    .option('--by <name>', L === 'en' ? 'who makes the change (recorded in the history)' : 'wie de wijziging doet (komt in de geschiedenis)')
    .option(
      '-q, --quiet',
      L === 'en'
        ? 'only results, warnings and errors: no progress or confirmation messages'
        : 'alleen resultaten, waarschuwingen en fouten: geen voortgangs- of bevestigingsmeldingen',
    )
    .option('--verbose', L === 'en' ? 'more detail: stack traces with errors (as LZ_DEBUG=1)' : 'meer details: stacktraces bij fouten (zoals LZ_DEBUG=1)')
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false, ...(L === 'en' ? {} : DUTCH_HELP) })
    .addHelpText(
      'after',
      `\n${helpTopic(L, 'environment')}\n${examples(['lz-onboard', 'lz-onboard init --kind overheid --name "Gemeente Voorbeeld" --oin 00000001002220647000 --network internet --standard stuf', 'lz-onboard status', 'lz-onboard status --json dossiers/', 'lz-onboard step done 1.verbinding --value network=internet'])}`,
    )
    .action(async function (this: Command) {
      await execute(this, async (ctx) => (await import('./commands/wizard.ts')).runWizard(ctx));
    });
  const stub = (name: string) => void program.command(name).description(t(L, `help.${name}`));
  const rootsHelp =
    L === 'en' ? 'extra trust anchors for the certificate checks (repeatable)' : 'extra vertrouwde roots voor de certificaatcontroles (herhaalbaar)';
  const expiresHelp =
    L === 'en' ? 'certificate expiry warning window in days (default 60)' : 'waarschuwingstermijn voor verlopen certificaten in dagen (standaard 60)';
  const forceWriteHelp = L === 'en' ? 'write despite errors, and over an existing file' : 'schrijven ondanks fouten, en over een bestaand bestand';
  const envOption = () => new Option('--env <env>', 'preproductie | productie').choices(['preproductie', 'productie']);

  if (want('init')) {
    program
      .command('init')
      .description(t(L, 'help.init'))
      .addOption(new Option('--kind <kind>', 'overheid | leverancier').choices(['overheid', 'leverancier']))
      .option('--name <name>', L === 'en' ? 'name of the organisation' : 'naam van de organisatie')
      .option('--oin <oin>', L === 'en' ? 'OIN (government organisation, 20 digits)' : 'OIN (overheidsorganisatie, 20 cijfers)')
      .option(
        '--hrn <hrn>',
        L === 'en' ? 'HRN (supplier, 20 digits; derived from --kvk when left out)' : 'HRN (leverancier, 20 cijfers; afgeleid van --kvk als het ontbreekt)',
      )
      .option('--kvk <kvk>', L === 'en' ? 'KvK number (8 digits)' : 'KvK-nummer (8 cijfers)')
      .option('--network <network>', 'internet | diginetwerk')
      .option('--standard <standard>', 'stuf | mo')
      .option('--zaaktype <zaaktype>', L === 'en' ? 'case type (repeatable, or comma-separated)' : 'zaaktype (herhaalbaar, of kommagescheiden)', collect)
      .option(
        '--from <file>',
        L === 'en' ? 'the answers as JSON (a file, or - for stdin); flags win' : 'de antwoorden als JSON (een bestand, of - voor stdin); vlaggen gaan voor',
      )
      .option('-f, --force', L === 'en' ? 'replace an existing dossier (kept as .bak)' : 'een bestaand dossier vervangen (bewaard als .bak)')
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
      .argument(
        '[paths...]',
        L === 'en' ? 'dossier files or directories (searched for lz-onboard.json)' : 'dossierbestanden of mappen (doorzocht op lz-onboard.json)',
      )
      .option(
        '--attention',
        L === 'en' ? 'only dossiers with warnings, errors or a failed verify' : 'alleen dossiers met waarschuwingen, fouten of een mislukte verify',
      )
      .option('--phase <n>', L === 'en' ? 'only dossiers in this phase (1-4, or done)' : 'alleen dossiers in deze fase (1-4, of done)')
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
    const valueHelp = L === 'en' ? 'a captured value (repeatable)' : 'een vast te leggen waarde (herhaalbaar)';
    const noteHelp = L === 'en' ? 'a note for the history' : 'een notitie voor de geschiedenis';
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
      .option('--reason <text>', L === 'en' ? 'why the step is skipped (required)' : 'waarom de stap wordt overgeslagen (verplicht)')
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
      .argument('<plan>', L === 'en' ? 'plan (JSON file, or - for stdin)' : 'plan (JSON-bestand, of - voor stdin)')
      .option(
        '--dry-run',
        L === 'en' ? 'check the whole plan against the dossier; write nothing' : 'het hele plan tegen het dossier controleren; niets schrijven',
      )
      .addHelpText('after', examples(['lz-onboard apply stappen.json', 'lz-onboard apply - --json < stappen.json', 'lz-onboard apply stappen.json --dry-run']))
      .action(async function (this: Command, file: string) {
        await execute(this, async (ctx) => (await import('./commands/apply.ts')).runApply(ctx, file, this.opts()));
      });
  } else stub('apply');

  if (want('history')) {
    program
      .command('history')
      .description(t(L, 'help.history'))
      .option('--step <id>', L === 'en' ? 'only this step' : 'alleen deze stap')
      .option('--who <name>', L === 'en' ? 'only what this person did' : 'alleen wat deze persoon deed')
      .option('--since <date>', L === 'en' ? 'only from this day (YYYY-MM-DD)' : 'alleen vanaf deze dag (JJJJ-MM-DD)')
      .option('--last <n>', L === 'en' ? 'only the last n entries' : 'alleen de laatste n regels')
      .addHelpText('after', examples(['lz-onboard history', 'lz-onboard history --step 2.cpa', 'lz-onboard history --since 2026-03-01 --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/history.ts')).runHistory(ctx, this.opts()));
      });
  } else stub('history');

  if (want('intermediary')) {
    program
      .command('intermediary')
      .description(t(L, 'help.intermediary'))
      .option('--oin <oin>', L === 'en' ? "the OIN in the intermediary's certificate" : 'het OIN in het certificaat van de intermediair')
      .option('--name <name>', L === 'en' ? 'its name' : 'de naam')
      .option('--clear', L === 'en' ? 'record that there is none (any more)' : 'vastleggen dat er geen (meer) is')
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
        .option(
          '--endpoint <url>',
          L === 'en'
            ? 'endpoint the server certificate must cover (default: from the dossier)'
            : 'endpoint dat het servercertificaat moet dekken (standaard: uit het dossier)',
        )
        .option('--oin <oin>', L === 'en' ? 'expected OIN/HRN (default: from the dossier)' : 'verwacht OIN/HRN (standaard: uit het dossier)')
        .option(
          '--roots <file>',
          L === 'en' ? 'extra trust anchors, e.g. a test PKI root (repeatable)' : 'extra vertrouwde roots, bijv. een test-PKI (herhaalbaar)',
          collect,
        )
        .option(
          '--expires-in <days>',
          L === 'en' ? 'warn when expiring within this many days (default 60)' : 'waarschuw bij verlopen binnen zoveel dagen (standaard 60)',
        )
        .option('--at <date>', L === 'en' ? 'judge validity on this date (YYYY-MM-DD)' : 'geldigheid beoordelen op deze datum (JJJJ-MM-DD)');
    cert
      .command('inspect')
      .description(t(L, 'help.cert.inspect'))
      .argument('<file...>', L === 'en' ? 'PEM, DER or PKCS#7 files, or - for stdin' : 'PEM-, DER- of PKCS#7-bestanden, of - voor stdin')
      .addHelpText('after', examples(['lz-onboard cert inspect server.pem', 'lz-onboard cert inspect --json chain.p7b']))
      .action(async function (this: Command, files: string[]) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertInspect(ctx, files));
      });
    checkOptions(
      cert
        .command('check')
        .description(t(L, 'help.cert.check'))
        .argument(
          '<file...>',
          L === 'en' ? 'the certificate, then chain files in any order' : 'het certificaat, daarna ketenbestanden in willekeurige volgorde',
        ),
    )
      .addOption(
        new Option('--severity <level>', L === 'en' ? 'lowest severity that makes the exit code 1' : 'laagste ernst die afsluitcode 1 geeft')
          .choices(['error', 'warning'])
          .default('error'),
      )
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
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/cert.ts')).runCertChecks(ctx));
      });
    checkOptions(
      cert
        .command('add')
        .description(t(L, 'help.cert.add'))
        .argument('<file...>', L === 'en' ? 'the certificate, then its chain files' : 'het certificaat, daarna de ketenbestanden'),
    )
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
      .option(
        '-o, --output <file>',
        L === 'en'
          ? 'output file, or - for stdout (default consumerspecificatie-<env>.xml beside the dossier)'
          : 'uitvoerbestand, of - voor stdout (standaard consumerspecificatie-<env>.xml naast het dossier)',
      )
      .option('--party-name <name>', 'PartyName')
      .option('--party-id <id>', 'PartyId')
      .option('--party-ref <ref>', 'PartyRef')
      .option('--endpoint <url>', 'EndpointUri')
      .option('--client-cert <file>', L === 'en' ? 'client certificate (default: recorded in the dossier)' : 'clientcertificaat (standaard: uit het dossier)')
      .option('--server-cert <file>', L === 'en' ? 'server certificate (default: recorded in the dossier)' : 'servercertificaat (standaard: uit het dossier)')
      .option(
        '--chain <file>',
        L === 'en' ? 'chain file for --client-cert/--server-cert (repeatable)' : 'ketenbestand bij --client-cert/--server-cert (herhaalbaar)',
        collect,
      )
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
      .option(
        '-o, --output <file>',
        L === 'en'
          ? 'output file, or - for stdout (default ping-<env>.xml beside the dossier)'
          : 'uitvoerbestand, of - voor stdout (standaard ping-<env>.xml naast het dossier)',
      )
      .option('--from <partyId>', L === 'en' ? 'our PartyId (default: from the dossier)' : 'onze PartyId (standaard: uit het dossier)')
      .option(
        '--to <partyId>',
        L === 'en' ? "Lopende Zaken' PartyId (default: from the checked CPA)" : 'PartyId van Lopende Zaken (standaard: uit de gecontroleerde CPA)',
      )
      .option('--cpa-id <id>', L === 'en' ? 'CPAId (default: from the checked CPA)' : 'CPAId (standaard: uit de gecontroleerde CPA)')
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
      .option('--oin <oin>', L === 'en' ? 'our OIN/HRN (default: from the dossier)' : 'ons OIN/HRN (standaard: uit het dossier)')
      .option('--endpoint <url>', L === 'en' ? 'our endpoint (default: from the dossier)' : 'ons endpoint (standaard: uit het dossier)')
      .option('--roots <file>', rootsHelp, collect)
      .option('--expires-in <days>', expiresHelp)
      .option('--at <date>', L === 'en' ? 'judge on this date' : 'beoordelen op deze datum')
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
      .option(
        '--no-record',
        L === 'en'
          ? 'do not record the outcome in the dossier (status shows the last one)'
          : 'de uitkomst niet in het dossier vastleggen (status toont de laatste)',
      )
      .addHelpText('after', examples(['lz-onboard verify', 'lz-onboard verify --env preproductie --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('./commands/verify.ts')).runVerify(ctx, this.opts()));
      });
  } else stub('verify');

  if (want('completion')) {
    program
      .command('completion')
      .description(t(L, 'help.completion'))
      .addArgument(new Argument('<shell>').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        examples([
          'eval "$(lz-onboard completion bash)"',
          'eval "$(lz-onboard completion zsh)"',
          'lz-onboard completion fish > ~/.config/fish/completions/lz-onboard.fish',
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
  let message = t(lang, code, params);
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
    `${helpTopic(lang, 'exit-codes')}\n${lang === 'en' ? 'More: lz-onboard help environment' : 'Meer: lz-onboard help environment'}`,
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
