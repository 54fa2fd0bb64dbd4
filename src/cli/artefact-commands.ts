// The commands about identifiers, certificates and Digikoppeling artefacts: oin, cert, spec, cpa, verify, and completion.
import { Argument, type Command, Option } from 'commander';
import { t } from '../ui/messages.ts';
import type { Definitions } from './definitions.ts';

export function defineArtefactCommands(d: Definitions): void {
  const { program, L, want, stub, execute, examples, collect, envOption, rootsHelp, expiresHelp, forceWriteHelp, buildProgram } = d;
  if (want('oin')) {
    const oin = program.command('oin').description(t(L, 'help.oin'));
    oin
      .command('check')
      .description(t(L, 'help.oin.check'))
      .argument('<value...>', 'OIN/HRN')
      .addHelpText('after', examples(['lz-onboard oin check 00000001822477348000 00000003271987420000', 'lz-onboard oin check --json 00000005123456789000']))
      .action(async function (this: Command, values: string[]) {
        await execute(this, async (ctx) => (await import('../commands/oin.ts')).runOinCheck(ctx, values));
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
        await execute(this, async (ctx) => (await import('../commands/cert.ts')).runCertInspect(ctx, files));
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
        await execute(this, async (ctx) => (await import('../commands/cert.ts')).runCertCheck(ctx, files, this.opts()));
      });
    cert
      .command('checks')
      .description(t(L, 'help.cert.checks'))
      .addHelpText('after', examples(['lz-onboard cert checks', 'lz-onboard cert checks --json']))
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/cert.ts')).runCertChecks(ctx));
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
        await execute(this, async (ctx) => (await import('../commands/cert.ts')).runCertAdd(ctx, files, this.opts()));
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
      .option('--ignore-errors', t(L, 'opt.spec.ignore-errors'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard spec consumer --env preproductie',
          'lz-onboard spec consumer --env preproductie -o -',
          'lz-onboard spec consumer --env preproductie --party-name "Gemeente X" --party-id 00000001002220647000 --endpoint https://lz.example.nl/ebms --client-cert c.pem --server-cert s.pem --chain chain.pem -o -',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/spec.ts')).runSpecConsumer(ctx, this.opts()));
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
      .option('--ignore-errors', t(L, 'opt.spec.ignore-errors'))
      .addHelpText(
        'after',
        examples([
          'lz-onboard spec ping --env preproductie -o -',
          'lz-onboard spec ping --env preproductie --from 00000001002220647000_A --to 00000001822477348000 --cpa-id lz_1 --from-role Consumer --to-role Provider',
        ]),
      )
      .action(async function (this: Command) {
        await execute(this, async (ctx) => (await import('../commands/spec.ts')).runSpecPing(ctx, this.opts()));
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
        await execute(this, async (ctx) => (await import('../commands/cpa.ts')).runCpaCheck(ctx, file, this.opts()));
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
        await execute(this, async (ctx) => (await import('../commands/verify.ts')).runVerify(ctx, this.opts()));
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
        await execute(this, async (ctx) => (await import('../commands/completion.ts')).runCompletion(ctx, shell, full));
      });
  } else stub('completion');
}
