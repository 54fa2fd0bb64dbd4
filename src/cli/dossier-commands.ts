// The commands about the dossier and its steps: init, wizard, status, step, apply, history, intermediary.
import { type Command, Option } from 'commander';
import { t } from '../ui/messages.ts';
import type { Definitions } from './definitions.ts';

export function defineDossierCommands(d: Definitions): void {
  const { program, L, want, stub, execute, examples, collect } = d;
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
        await execute(this, async (ctx) => (await import('../commands/init.ts')).runInit(ctx, this.opts()));
      });
  } else stub('init');

  if (want('wizard')) {
    program
      .command('wizard')
      .description(t(L, 'help.wizard'))
      .option('--at <date>', t(L, 'opt.wizard.at'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard wizard',
          'lz-onboard wizard --no-input   # prints the next step and the command that completes it',
          'lz-onboard wizard --at 2027-06-01',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/wizard.ts')).runWizard(ctx, this.opts()));
      });
  } else stub('wizard');

  if (want('status')) {
    program
      .command('status')
      .description(t(L, 'help.status'))
      .argument('[paths...]', t(L, 'opt.status.arg-paths'))
      .option('--attention', t(L, 'opt.status.attention'))
      .option('--phase <n>', t(L, 'opt.status.phase'))
      .addOption(new Option('--sort <key>', t(L, 'opt.status.sort')).choices(['name', 'phase', 'expiry', 'activity']))
      .option('--search <text>', t(L, 'opt.status.search'))
      .addOption(new Option('--format <format>', t(L, 'opt.status.format')).choices(['table', 'csv', 'json']))
      .addHelpText(
        'after',
        examples([
          'lz-onboard status',
          'lz-onboard status klanten/',
          'lz-onboard status klanten/ --attention',
          'lz-onboard status klanten/ --sort expiry',
          'lz-onboard status klanten/ --search fryslan',
          'lz-onboard status klanten/ --format csv > overzicht.csv',
          'lz-onboard status --json klanten/ > overzicht.json',
        ]),
      )
      .action(async function (this: Command, paths: string[]) {
        await execute(this, async (ctx) => (await import('../commands/status.ts')).runStatus(ctx, paths, this.opts()));
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
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepList(ctx));
      });
    step
      .command('show')
      .description(t(L, 'help.step.show'))
      .argument('[id]')
      .addHelpText('after', examples(['lz-onboard step show 2.aanvraagformulier']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepShow(ctx, id));
      });
    step
      .command('done')
      .description(t(L, 'help.step.done'))
      .argument('[id]')
      .option('--value <key=value>', valueHelp, collect)
      .option('--note <text>', noteHelp)
      .option('--exception <reason>', t(L, 'opt.step.done.exception'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard step done 1.verbinding --value network=internet',
          'lz-onboard step done 2.aanvraagformulier --value afzenderId=GM0344 --value serviceId=lz-pp --value contactEmail=lz@example.nl',
        ]),
      )
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepDone(ctx, id, this.opts()));
      });
    step
      .command('set')
      .description(t(L, 'help.step.set'))
      .argument('[id]')
      .option('--value <key=value>', valueHelp, collect)
      .addHelpText(
        'after',
        examples([
          'lz-onboard step set 2.aanvraagformulier --value formulierVerstuurd=2026-01-12',
          'lz-onboard step set 3.ketentest --value ketentestPeriode=2026-03-02/2026-03-13',
          'lz-onboard step set 4.lpr-afgerond --value goLive=omgevingsvergunning=2026-06-01',
        ]),
      )
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepSet(ctx, id, this.opts()));
      });
    step
      .command('skip')
      .description(t(L, 'help.step.skip'))
      .argument('[id]')
      .option('--reason <text>', t(L, 'opt.step.skip.reason'))
      .option('--note <text>', noteHelp)
      .addHelpText('after', examples(['lz-onboard step skip 4.communicatie --reason "geen campagne"']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepSkip(ctx, id, this.opts()));
      });
    step
      .command('reopen')
      .description(t(L, 'help.step.reopen'))
      .argument('[id]')
      .option('--note <text>', noteHelp)
      .addHelpText('after', examples(['lz-onboard step reopen 2.cpa --note "nieuwe CPA nodig"']))
      .action(async function (this: Command, id?: string) {
        await execute(this, async (ctx) => (await import('../commands/step.ts')).runStepReopen(ctx, id, this.opts()));
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
        await execute(this, async (ctx) => (await import('../commands/apply.ts')).runApply(ctx, file, this.opts()));
      });
  } else stub('apply');

  if (want('history')) {
    program
      .command('history')
      .description(t(L, 'help.history'))
      .argument('[paths...]', t(L, 'opt.history.arg-paths'))
      .option('--step <id>', t(L, 'opt.history.step'))
      .option('--who <name>', t(L, 'opt.history.who'))
      .option('--since <date>', t(L, 'opt.history.since'))
      .option('--last <n>', t(L, 'opt.history.last'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard history',
          'lz-onboard history --step 2.cpa',
          'lz-onboard history --since 2026-03-01 --json',
          'lz-onboard history klanten/ --since 2026-11-01',
        ]),
      )
      .action(async function (this: Command, paths: string[]) {
        await execute(this, async (ctx) => (await import('../commands/history.ts')).runHistory(ctx, this.opts(), paths));
      });
  } else stub('history');

  if (want('due')) {
    program
      .command('due')
      .description(t(L, 'help.due'))
      .argument('[paths...]', t(L, 'opt.due.arg-paths'))
      .option('--within <days>', t(L, 'opt.due.within'))
      .option('--at <date>', t(L, 'opt.due.at'))
      .option('--renew-days <days>', t(L, 'opt.due.renew-days'))
      .option('--ics <file>', t(L, 'opt.due.ics'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard due',
          'lz-onboard due --within 120',
          'lz-onboard due klanten/ --json',
          'lz-onboard due --at 2027-09-01',
          'lz-onboard due klanten/ --ics agenda.ics',
        ]),
      )
      .action(async function (this: Command, paths: string[]) {
        await execute(this, async (ctx) => (await import('../commands/due.ts')).runDue(ctx, paths, this.opts()));
      });
  } else stub('due');

  if (want('renew')) {
    program
      .command('renew')
      .description(t(L, 'help.renew'))
      .argument('[file...]', t(L, 'opt.renew.arg-file'))
      .addOption(new Option('--env <env>', 'preproductie | productie').choices(['preproductie', 'productie']))
      .addOption(new Option('--role <role>', 'client | server').choices(['client', 'server']))
      .option('--roots <file>', t(L, 'opt.cert.roots'), collect)
      .option('--from <date>', t(L, 'opt.renew.from'))
      .option('--announced <date>', t(L, 'opt.renew.announced'))
      .option('--notice <file>', t(L, 'opt.renew.notice'))
      .option('--spec <file>', t(L, 'opt.renew.spec'))
      .option('--expires-in <days>', t(L, 'opt.cert.expires-in'))
      .option('--at <date>', t(L, 'opt.cert.at'))
      .option('-f, --force', t(L, 'opt.renew.force'))
      .option('--cancel', t(L, 'opt.renew.cancel'))
      .option('--reason <text>', t(L, 'opt.renew.reason'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard renew client-2027.pem chain.pem --env productie --role client',
          'lz-onboard renew server-2027.pem chain.pem --env productie --role server --from 2027-03-15 --yes --json',
          'lz-onboard renew --env productie --role client --announced 2027-01-10',
          'lz-onboard renew                 # the renewals in progress',
          'lz-onboard renew --env productie --role client --cancel --reason "verkeerd certificaat"',
        ]),
      )
      .action(async function (this: Command, files: string[]) {
        await execute(this, async (ctx) => (await import('../commands/renew.ts')).runRenew(ctx, files, this.opts()));
      });
  } else stub('renew');

  if (want('test')) {
    const test = program.command('test').description(t(L, 'help.test'));
    test
      .command('plan')
      .description(t(L, 'help.test.plan'))
      .option('--scenarios <file>', t(L, 'opt.test.scenarios'))
      .addHelpText('after', examples(['lz-onboard test plan', 'lz-onboard test plan --scenarios checklist-testen.json --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/test.ts')).runTestPlan(ctx, this.opts()));
      });
    test
      .command('record')
      .description(t(L, 'help.test.record'))
      .argument('[scenario]', t(L, 'opt.test.arg-scenario'))
      .addOption(new Option('--env <env>', t(L, 'opt.test.env')).choices(['preproductie', 'productie']))
      .option('--zaaktype <zaaktype>', t(L, 'opt.test.zaaktype'))
      .addOption(new Option('--result <result>', t(L, 'opt.test.result')).choices(['pass', 'fail', 'blocked']))
      .option('--bsn <bsn>', t(L, 'opt.test.bsn'))
      .option('--stuf-ref <ref>', t(L, 'opt.test.stuf-ref'))
      .option('--message-id <id>', t(L, 'opt.test.message-id'))
      .option('--conversation-id <id>', t(L, 'opt.test.conversation-id'))
      .option('--observed <text>', t(L, 'opt.test.observed'))
      .option('--evidence <file>', t(L, 'opt.test.evidence'), collect)
      .option('--at <time>', t(L, 'opt.test.at'))
      .option('--note <text>', t(L, 'opt.test.note'))
      .option('--scenarios <file>', t(L, 'opt.test.scenarios'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard test record nieuwe-zaak --zaaktype omgevingsvergunning --result pass --bsn 111222333 --evidence portaal.png',
          'lz-onboard test record transport --result fail --message-id "<uuid@gemeente.nl>" --observed "geen pong binnen 5 minuten"',
          'lz-onboard test record          # on a terminal: pick the test, then the result and what you saw',
        ]),
      )
      .action(async function (this: Command, scenario?: string) {
        await execute(this, async (ctx) => (await import('../commands/test.ts')).runTestRecord(ctx, scenario, this.opts()));
      });
    test
      .command('report')
      .description(t(L, 'help.test.report'))
      .addOption(new Option('--format <format>', t(L, 'opt.test.format')).choices(['md', 'html', 'json']))
      .option('-o, --output <file>', t(L, 'opt.test.output'))
      .option('-f, --force', t(L, 'opt.test.force'))
      .option('--at <date>', t(L, 'opt.test.report-at'))
      .option('--scenarios <file>', t(L, 'opt.test.scenarios'))
      .addHelpText(
        'after',
        examples(['lz-onboard test report -o testrapport.html', 'lz-onboard test report --format md | less', 'lz-onboard test report -o testrapport.json']),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/test.ts')).runTestReport(ctx, this.opts()));
      });
    test
      .command('round')
      .description(t(L, 'help.test.round'))
      .option('--rejected', t(L, 'opt.test.rejected'))
      .option('--reason <text>', t(L, 'opt.test.reason'))
      .option('--on <date>', t(L, 'opt.test.on'))
      .addHelpText(
        'after',
        examples(['lz-onboard test round', 'lz-onboard test round --rejected --on 2027-03-08 --reason "scenario nieuwe-zaak: statustekst ontbreekt"']),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/test.ts')).runTestRound(ctx, this.opts()));
      });
  } else stub('test');

  if (want('docs')) {
    const docs = program.command('docs').description(t(L, 'help.docs'));
    for (const kind of ['beheer', 'helpdesk'] as const) {
      docs
        .command(kind)
        .description(t(L, `help.docs.${kind}`))
        .addOption(new Option('--format <format>', t(L, 'opt.docs.format')).choices(['md', 'html']))
        .option('-o, --output <file>', t(L, 'opt.test.output'))
        .option('-f, --force', t(L, 'opt.test.force'))
        .option('--at <date>', t(L, 'opt.test.report-at'))
        .addHelpText('after', examples([`lz-onboard docs ${kind} -o ${kind}.html`, `lz-onboard docs ${kind} --format md`]))
        .action(async function (this: Command) {
          await execute(this, async (ctx) => (await import('../commands/docs.ts')).runDocs(ctx, kind, this.opts()));
        });
    }
  } else stub('docs');

  if (want('intermediary')) {
    program
      .command('intermediary')
      .description(t(L, 'help.intermediary'))
      .option('--oin <oin>', t(L, 'opt.intermediary.oin'))
      .option('--name <name>', t(L, 'opt.intermediary.name'))
      .option('--clear', t(L, 'opt.intermediary.clear'))
      .addHelpText('after', examples(['lz-onboard intermediary --oin 00000003123456780000 --name "Voorbeeld Gateway B.V."', 'lz-onboard intermediary --clear']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/intermediary.ts')).runIntermediary(ctx, this.opts()));
      });
  } else stub('intermediary');
}
