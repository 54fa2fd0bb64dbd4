// Without a terminal the tool never prompts: a missing value is an error naming its flag (exit 2)
// and nothing is written. Also the --json shapes and the human output.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { messageIds, t } from '../../src/ui/messages.ts';
import { OIN, ROOT, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';

describe('init without a terminal', () => {
  // Every missing flag is named at once, so that a script is fixed in one go.
  const missing: [string[], string][] = [
    [['init'], '--kind, --name are'],
    [['init', '--kind', 'overheid'], '--name, --oin are'],
    [['init', '--kind', 'overheid', '--name', 'X'], '--oin is'],
    [['init', '--kind', 'leverancier', '--name', 'X'], '--hrn is'],
    [['spec', 'consumer', '--env', 'preproductie'], '--party-name, --party-id, --endpoint, --client-cert, --server-cert are'],
    [['spec', 'consumer', '--env', 'preproductie', '--party-name', 'X', '--client-cert', 'c.pem'], '--party-id, --endpoint, --server-cert are'],
    [['spec', 'ping', '--env', 'preproductie', '--from', OIN], '--to, --cpa-id are'],
  ];
  for (const [args, flags] of missing) {
    it(`${args.join(' ')} names ${flags} required, exits 2 and writes nothing`, () => {
      const cwd = tempDir();
      const r = lz(args, { cwd });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`${flags} required when not running interactively`));
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
      assert.deepEqual(readdirSync(cwd), []);
    });
  }

  const invalid: [string[], RegExp][] = [
    [['--oin', '00000005123456789000'], /--oin: prefix 00000005 is not assigned/],
    [['--oin', '123'], /--oin: an OIN\/HRN has 20 positions, this has 3/],
    [['--oin', '0000000100222064700X'], /--oin: an OIN\/HRN consists of digits only/],
    [['--network', 'satelliet'], /network/],
    [['--kvk', '1234'], /--kvk: a KvK number has 8 digits/],
  ];
  for (const [extra, msg] of invalid) {
    it(`refuses ${extra.join(' ')}`, () => {
      const cwd = tempDir();
      const base = ['init', '--kind', 'overheid', '--name', 'X', '--oin', OIN, '--network', 'internet'];
      const args = [...base];
      for (let i = 0; i < extra.length; i += 2) {
        const at = args.indexOf(extra[i]!);
        if (at >= 0) args[at + 1] = extra[i + 1]!;
        else args.push(extra[i]!, extra[i + 1]!);
      }
      const r = lz(args, { cwd });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, msg);
      assert.equal(existsSync(join(cwd, 'lz-onboard.json')), false);
    });
  }

  it('derives the HRN from the KvK number for a supplier and checks they agree', () => {
    const cwd = tempDir();
    const r = lz(['init', '--kind', 'leverancier', '--name', 'Lev', '--kvk', '52035476', '--json'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json(r).organisation.hrn, '00000003520354760000');
    const cwd2 = tempDir();
    const bad = lz(['init', '--kind', 'leverancier', '--name', 'Lev', '--kvk', '12345678', '--hrn', '00000003520354760000'], { cwd: cwd2 });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /does not match HRN/);
  });

  it('refuses an OIN for a supplier', () => {
    const r = lz(['init', '--kind', 'leverancier', '--name', 'Lev', '--oin', OIN], { cwd: tempDir() });
    assert.equal(r.code, 2);
  });

  it('refuses to overwrite a dossier without --force, keeps a backup with it', () => {
    const cwd = tempDir();
    assert.equal(initOverheid(cwd).code, 0);
    const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    const again = initOverheid(cwd);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before);
    assert.equal(initOverheid(cwd, ['--force', '--name', 'Nieuwe naam']).code, 0);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json.bak'), 'utf8'), before);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).organisation.name, 'Nieuwe naam');
  });

  it('takes the dossier from --dossier and LZ_ONBOARD_DOSSIER', () => {
    const cwd = tempDir();
    assert.equal(initOverheid(cwd, ['--dossier', 'klant-a.json']).code, 0);
    assert.ok(existsSync(join(cwd, 'klant-a.json')));
    const r = lz(['status', '--json'], { cwd, env: { LZ_ONBOARD_DOSSIER: 'klant-a.json' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json(r).dossiers[0].organisation.oin, OIN);
  });
});

describe('steps without a terminal', () => {
  it('step done refuses while a required value is missing and names the flag', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    const r = lz(['step', 'done', '2.aanvraagformulier', '--value', 'afzenderId=GM0344'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing required values: contactEmail, serviceId; pass them with --value contactEmail=\S+ --value serviceId=/);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before, 'nothing written');
  });

  it('refuses an invalid value with the example', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const r = lz(['step', 'done', '3.digid-accounts', '--value', 'testBsns=123456789'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"123456789" is not a valid BSN .*example: 111222333/);
    const syntax = lz(['step', 'done', '3.digid-accounts', '--value', 'testBsns'], { cwd });
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /--value expects key=value/);
  });

  it('skip needs --reason, then records it; reopen opens again', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const r = lz(['step', 'skip', '4.communicatie'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--reason is required/);
    const ok = lz(['step', 'skip', '4.communicatie', '--reason', 'geen campagne', '--json'], { cwd });
    assert.equal(ok.code, 0);
    assert.equal(json(ok).step.state, 'skipped');
    assert.deepEqual(
      json(ok).warnings.map((w: { code: string }) => w.code),
      ['warn.ahead-now'],
    );
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['4.communicatie'].reason, 'geen campagne');
    const show = json(lz(['step', 'show', '4.communicatie', '--json'], { cwd }));
    assert.equal(show.step.record.reason, 'geen campagne');
    assert.equal(json(lz(['step', 'reopen', '4.communicatie', '--json'], { cwd })).step.state, 'open');
  });

  it('an unknown step is a usage error', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const r = lz(['step', 'done', '9.bestaat-niet'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown step "9.bestaat-niet"/);
  });

  it('step list --json has the documented shape', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const body = json(lz(['step', 'list', '--json'], { cwd }));
    const s = body.steps.find((x: { id: string }) => x.id === '2.aanvraagformulier');
    assert.equal(s.phase, 2);
    assert.equal(s.state, 'open');
    assert.equal(s.applicable, true);
    assert.deepEqual(
      s.captures.map((c: { key: string; required: boolean }) => [c.key, c.required]),
      [
        ['formulierVerstuurd', false],
        ['contactEmail', true],
        ['afzenderId', true],
        ['serviceId', true],
      ],
    );
    assert.ok(s.captures.every((c: { example: string }) => typeof c.example === 'string' && c.example));
  });

  it('step show prints what to do and the Let op! notes', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const r = lz(['step', 'show', '1.pkioverheid', '--lang', 'nl'], { cwd });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Wat te doen/);
    assert.match(r.stdout, /Let op!/);
    assert.match(r.stdout, /domeinnamen/);
  });

  it('--json errors are JSON on stdout too', () => {
    const cwd = tempDir();
    const r = lz(['status', '--json'], { cwd });
    assert.equal(r.code, 3);
    const body = json(r);
    assert.equal(body.dossiers[0].error.includes('no dossier found'), true);
    const e = lz(['step', 'list', '--json'], { cwd });
    assert.equal(e.code, 3);
    assert.equal(json(e).error.code, 'dossier.not-found');
  });

  it('wizard without a terminal prints the next step and the exact command, exit 0', () => {
    const cwd = tempDir();
    const none = lz(['wizard'], { cwd });
    assert.equal(none.code, 0);
    assert.match(none.stdout, /lz-onboard init/);
    initOverheid(cwd);
    lz(['step', 'done', '1.verbinding'], { cwd });
    const r = lz(['wizard'], { cwd });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Next step 1.zaakberichtstroom/);
    const cmd = /lz-onboard step done 1\.zaakberichtstroom[^\n]*/.exec(r.stdout)![0];
    const args = cmd
      .replace(/^lz-onboard /, '')
      .split(' ')
      .map((a) => a.replace(/^'|'$/g, ''));
    const run = lz(args, { cwd });
    assert.equal(run.code, 0, `the printed command works: ${cmd}\n${run.stderr}`);
    const j = json(lz(['wizard', '--json'], { cwd }));
    assert.equal(j.nextStep.id, '1.digikoppeling');
    assert.equal(j.command, 'lz-onboard step done 1.digikoppeling');
    // No arguments and no terminal: the same as the wizard.
    assert.match(lz([], { cwd }).stdout, /1\.digikoppeling/);
  });

  it('commander usage errors exit 2; help and version exit 0', () => {
    const cwd = tempDir();
    assert.equal(lz(['--nope'], { cwd }).code, 2);
    const typo = lz(['stauts'], { cwd });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown command "stauts" \(known: init, wizard, status/);
    assert.equal(json(lz(['stauts', '--json'], { cwd })).error.code, 'command.unknown');
    const helpCmd = lz(['help', 'step', 'done', '--lang', 'en'], { cwd });
    assert.equal(helpCmd.code, 0);
    assert.match(helpCmd.stdout, /Usage: lz-onboard step done/);
    assert.equal(lz(['init', '--kind', 'bedrijf'], { cwd }).code, 2);
    // commander's refusals come out in the user's language, on one line, with the command's help.
    const usage: [string[], RegExp][] = [
      [['init', '--kind', 'bedrijf', '--lang', 'en'], /^lz-onboard: --kind: "bedrijf" is not a valid choice \(choose from overheid, leverancier\)$/],
      [['init', '--kind', 'bedrijf', '--lang', 'nl'], /^lz-onboard: --kind: "bedrijf" is geen geldige keuze \(kies uit overheid, leverancier\)$/],
      [['cert', 'check', 'x.pem', '--jsn', '--lang', 'en'], /^lz-onboard: unknown option --jsn; did you mean --json\? \(see lz-onboard cert check --help\)$/],
      [['step', 'done', 'a', 'b', '--lang', 'en'], /^lz-onboard: too many arguments: expected 1, got 2 \(see lz-onboard step done --help\)$/],
      [['oin', 'check', '--lang', 'nl'], /^lz-onboard: argument <value> ontbreekt \(zie lz-onboard oin check --help\)$/],
      [['init', '--lang', 'en', '--name'], /^lz-onboard: --name needs a value \(see lz-onboard init --help\)$/],
      [['step', 'frobnicate', '--lang', 'en'], /^lz-onboard: unknown command frobnicate \(see lz-onboard step --help\)$/],
    ];
    for (const [args, re] of usage) {
      const r = lz(args, { cwd });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr.trim(), re, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, args.join(' '));
    }
    assert.equal(json(lz(['status', '--bogus', '--json'], { cwd })).error.code, 'usage.unknown-option');
    const help = lz(['--help'], { cwd });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Exit codes:/);
    assert.match(help.stdout, /130 {2}cancelled/);
    const v = lz(['--version'], { cwd });
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), readJson(join(ROOT, 'package.json')).version, "the version is package.json's");
    assert.equal(lz(['step', 'done', '--help'], { cwd }).code, 0);
  });
});

describe('help', () => {
  const commands = [
    ['init'],
    ['wizard'],
    ['status'],
    ['step', 'done'],
    ['apply'],
    ['history'],
    ['due'],
    ['renew'],
    ['test', 'plan'],
    ['test', 'record'],
    ['test', 'report'],
    ['test', 'round'],
    ['docs', 'beheer'],
    ['docs', 'helpdesk'],
    ['step', 'set'],
    ['intermediary'],
    ['oin', 'check'],
    ['cert', 'check'],
    ['cert', 'add'],
    ['spec', 'consumer'],
    ['spec', 'ping'],
    ['cpa', 'check'],
    ['verify'],
    ['completion'],
    ['cert', 'checks'],
    ['cert', 'inspect'],
    ['step', 'list'],
    ['step', 'show'],
    ['step', 'skip'],
    ['step', 'reopen'],
  ];
  for (const c of commands) {
    it(`${c.join(' ')} --help shows options and examples in both languages`, () => {
      const en = lz([...c, '--help', '--lang', 'en'], { cwd: tempDir() });
      assert.equal(en.code, 0);
      assert.match(en.stdout, /Examples:\n {2}\$ lz-onboard/);
      assert.match(en.stdout, /Global Options:/);
      assert.match(en.stdout, /\nExit codes:\n {2}0 {4}ok\n[\s\S]*130 {2}cancelled/, "every command's help has the exit codes");
      const nl = lz([...c, '--help', '--lang', 'nl'], { cwd: tempDir() });
      assert.match(nl.stdout, /Voorbeelden:/);
      // commander's own words are Dutch too.
      assert.match(nl.stdout, /^Gebruik: lz-onboard /);
      assert.match(nl.stdout, /\nAlgemene opties:\n/);
      assert.match(nl.stdout, /-h, --help +toon de hulp bij deze opdracht/);
      assert.doesNotMatch(nl.stdout, /Usage:|Options:|\[options\]|\[command\]|display help|\(choices:|\(default:|Exit codes/);
      assert.match(nl.stdout, /\nAfsluitcodes:\n/);
      // No English text of the catalogue anywhere in the Dutch help (options, arguments, descriptions).
      for (const id of messageIds().filter((i) => i.startsWith('opt.') || i.startsWith('help.'))) {
        const en = t('en', id).slice(0, 20);
        if (en !== t('nl', id).slice(0, 20)) assert.ok(!nl.stdout.includes(en), `${c.join(' ')}: English "${en}" (${id}) in the Dutch help`);
      }
    });
  }
  it('help exit-codes and help environment, in both languages', () => {
    const cwd = tempDir();
    assert.match(lz(['help', 'exit-codes', '--lang', 'en'], { cwd }).stdout, /^Exit codes:\n {2}0 {4}ok/);
    assert.match(lz(['help', 'exit-codes', '--lang', 'nl'], { cwd }).stdout, /^Afsluitcodes:\n {2}0 {4}gelukt/);
    const env = lz(['help', 'environment', '--lang', 'en'], { cwd }).stdout;
    for (const v of [
      'LZ_ONBOARD_DOSSIER',
      'LZ_ONBOARD_LANG',
      'LZ_ONBOARD_BY',
      'LZ_ONBOARD_P12_PASSWORD',
      'LZ_ONBOARD_LOCK_TIMEOUT',
      'CI',
      'NO_COLOR',
      'FORCE_COLOR',
      'LZ_DEBUG',
    ])
      assert.ok(env.includes(v), v);
    assert.match(lz(['help', 'environment', '--lang', 'nl'], { cwd }).stdout, /^Omgevingsvariabelen:/);
  });
});

describe('started with npm start', () => {
  // What npm sets for the package's own start script: it runs in the package's folder, the user's
  // folder is INIT_CWD, and node_modules/.bin but no lz-onboard is on PATH (no npm link).
  const npmStart = (cwd: string, path: string) => ({ npm_lifecycle_event: 'start', npm_package_name: 'lz-onboard', INIT_CWD: cwd, PATH: path });
  const nodeOnly = dirname(process.execPath);

  it('works in the folder the user typed it in, and hints say npm start -- <command>', () => {
    const cwd = tempDir();
    const none = lz(['status'], { cwd: ROOT, env: npmStart(cwd, nodeOnly) });
    assert.equal(none.code, 3);
    assert.match(none.stderr, new RegExp(`${join(cwd, 'lz-onboard.json').replace(/[.\\/]/g, '\\$&')}`));
    assert.match(none.stderr, /start with "npm start -- init"/);
    const wizard = lz(['wizard'], { cwd: ROOT, env: npmStart(cwd, nodeOnly) });
    assert.match(wizard.stdout, /npm start -- init/);
    assert.doesNotMatch(wizard.stdout, /lz-onboard init/);
    const init = lz(['init', '--kind', 'overheid', '--name', 'Gemeente Voorbeeld', '--oin', OIN, '--lang', 'nl'], { cwd: ROOT, env: npmStart(cwd, nodeOnly) });
    assert.equal(init.code, 0, init.stderr);
    assert.ok(existsSync(join(cwd, 'lz-onboard.json')), 'the dossier is in the user’s folder');
    assert.ok(!existsSync(join(ROOT, 'lz-onboard.json')));
    // The next step's command too, in either language.
    assert.match(lz(['wizard', '--lang', 'nl'], { cwd: ROOT, env: npmStart(cwd, nodeOnly) }).stdout, /npm start -- step done 1\.verbinding/);
    // JSON keeps the command as documented.
    assert.equal(json(lz(['wizard', '--json'], { cwd: ROOT, env: npmStart(cwd, nodeOnly) })).command.split(' ')[0], 'lz-onboard');
  });

  it('after npm link (lz-onboard on PATH) the hints stay lz-onboard <command>', () => {
    const cwd = tempDir();
    const bin = tempDir();
    writeFileSync(join(bin, 'lz-onboard'), '#!/bin/sh\n', { mode: 0o755 });
    const r = lz(['status'], { cwd: ROOT, env: npmStart(cwd, `${bin}${delimiter}${nodeOnly}`) });
    assert.match(r.stderr, /start with "lz-onboard init"/);
  });
});
