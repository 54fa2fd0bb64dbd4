// What a help desk does with a portfolio: order it so that who needs help comes first, find one
// organisation, see expired certificates in words, export CSV for a spreadsheet (parsed back with
// csv-parse), and read one history of all dossiers.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { BIN, initOverheid, json, lz, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';
import { hasTool } from '../helpers/tools.ts';
import { testPki } from '../helpers/pki.ts';

const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
let root: string;

interface Variant {
  folder: string;
  name: string;
  kvk?: string;
  /** Steps of these phases are done (the current phase is the next one). */
  phasesDone: number;
  /** Days from now the recorded certificates end; none recorded when undefined. */
  certDays?: number;
  /** Days ago of the last history entry. */
  lastActiveDaysAgo: number;
}

const VARIANTS: Variant[] = [
  { folder: 'sudwest', name: 'Gemeente Súdwest-Fryslân', kvk: '50925806', phasesDone: 1, certDays: -5, lastActiveDaysAgo: 3 },
  { folder: 'aa-en-hunze', name: 'Gemeente Aa en Hunze', phasesDone: 3, certDays: 30, lastActiveDaysAgo: 40 },
  { folder: 'emmen', name: 'Gemeente Émmen', phasesDone: 0, lastActiveDaysAgo: 1 },
  { folder: 'zaanstad', name: 'Gemeente Zaanstad, "Zaanse Schans"', phasesDone: 4, certDays: 400, lastActiveDaysAgo: 100 },
  { folder: 'formule', name: '=HYPERLINK("http://x.example/",1)', phasesDone: 2, certDays: 200, lastActiveDaysAgo: 10 },
];

before(() => {
  const seed = tempDir();
  assert.equal(initOverheid(seed).code, 0);
  const pki = testPki(seed);
  pki.write('leaf.pem', pki.leaf().pem);
  for (const role of ['client', 'server'])
    assert.equal(lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role], { cwd: seed }).code, 0);
  const template = JSON.parse(readFileSync(join(seed, 'lz-onboard.json'), 'utf8'));
  const steps: { id: string; phase: number }[] = JSON.parse(lz(['step', 'list', '--json'], { cwd: seed }).stdout).steps;
  root = tempDir();
  for (const v of VARIANTS) {
    const d = structuredClone(template);
    d.organisation.name = v.name;
    if (v.kvk) d.organisation.kvk = v.kvk;
    for (const s of steps) if (s.phase <= v.phasesDone) d.steps[s.id] = { state: 'done', at: iso(-50), by: 'tester' };
    if (v.certDays === undefined) d.certificates.preproductie = {};
    else for (const role of ['client', 'server']) d.certificates.preproductie[role].notAfter = iso(v.certDays);
    d.history = [
      { at: iso(-60), by: 'tester', action: 'init' },
      { at: iso(-v.lastActiveDaysAgo), by: v.folder, action: 'note', note: `last of ${v.folder}` },
    ];
    mkdirSync(join(root, v.folder));
    writeFileSync(join(root, v.folder, 'lz-onboard.json'), JSON.stringify(d, null, 2));
    // The certificate files are where the dossier says (relative to the dossier).
    for (const f of ['leaf.pem', 'intermediate.pem', 'root.pem']) writeFileSync(join(root, v.folder, f), readFileSync(join(seed, f)));
  }
  mkdirSync(join(root, 'kapot'));
  writeFileSync(join(root, 'kapot', 'lz-onboard.json'), '{ "schemaVersion": ');
});

const orgs = (r: ReturnType<typeof lz>) => json(r).dossiers.map((d: any) => d.organisation?.name ?? `error:${d.path}`);
const short = (names: string[]) => names.map((n) => (n.startsWith('error:') ? 'broken' : n.startsWith('=') ? 'formula' : n.split(' ')[1]!.replace(',', '')));

describe('status --sort: who needs the help desk first, unreadable dossiers last', () => {
  it('name: A–Z as Dutch sorts it (É beside E)', () => {
    assert.deepEqual(short(orgs(lz(['status', '.', '--sort', 'name', '--json'], { cwd: root }))), [
      'formula',
      'Aa',
      'Émmen',
      'Súdwest-Fryslân',
      'Zaanstad',
      'broken',
    ]);
  });
  it('phase: the least far first, finished last', () => {
    const r = json(lz(['status', '.', '--sort', 'phase', '--json'], { cwd: root }));
    assert.deepEqual(
      r.dossiers.map((d: any) => d.currentPhase ?? (d.error ? 'error' : 'done')),
      [1, 2, 3, 4, 'done', 'error'],
    );
  });
  it('expiry: the soonest certificate end first, none last', () => {
    assert.deepEqual(short(orgs(lz(['status', '.', '--sort', 'expiry', '--json'], { cwd: root }))), [
      'Súdwest-Fryslân',
      'Aa',
      'formula',
      'Zaanstad',
      'Émmen',
      'broken',
    ]);
  });
  it('activity: the longest silent first', () => {
    const r = lz(['status', '.', '--sort', 'activity', '--json'], { cwd: root });
    assert.deepEqual(short(orgs(r)), ['Zaanstad', 'Aa', 'formula', 'Súdwest-Fryslân', 'Émmen', 'broken']);
    assert.match(json(r).dossiers[0].lastActivity, /^\d{4}-\d{2}-\d{2}$/);
  });
  it('a key it does not know is a usage error', () => {
    const r = lz(['status', '.', '--sort', 'size'], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /name, phase, expiry, activity/);
  });
});

describe('status --search', () => {
  it('finds by name without caring for case, accents or hyphens; by OIN and KvK fragments', () => {
    assert.deepEqual(short(orgs(lz(['status', '.', '--search', 'SUDWEST fryslan', '--json'], { cwd: root }))), ['Súdwest-Fryslân']);
    assert.deepEqual(short(orgs(lz(['status', '.', '--search', 'emmen', '--json'], { cwd: root }))), ['Émmen']);
    assert.deepEqual(short(orgs(lz(['status', '.', '--search', '50925806', '--json'], { cwd: root }))), ['Súdwest-Fryslân']);
    assert.equal(orgs(lz(['status', '.', '--search', '002220647', '--json'], { cwd: root })).length, 5, 'every dossier has that OIN');
    const none = lz(['status', '.', '--search', 'rotterdam'], { cwd: root, env: { COLUMNS: '120' } });
    assert.match(none.stdout, /0 of 6 dossiers/);
  });
});

describe('the table says expired and expiring in words', () => {
  it('in English and Dutch, without colour, at 80 and 120 columns', () => {
    for (const columns of ['80', '120']) {
      const en = lz(['status', '.'], { cwd: root, env: { COLUMNS: columns } }).stdout;
      assert.match(en, /^sudwest .*\d{4}-\d{2}-\d{2} expired/m, en);
      assert.match(en, /^aa-en-hunze .*\d{4}-\d{2}-\d{2} expiring/m);
      assert.doesNotMatch(en, /^zaanstad .*expir/m);
      const nl = lz(['status', '.', '--lang', 'nl'], { cwd: root, env: { COLUMNS: columns } }).stdout;
      assert.match(nl, /^sudwest .*verlopen/m);
      assert.match(nl, /^aa-en-hunze .*verloopt/m);
      for (const l of nl.split('\n')) assert.ok([...l].length <= Number(columns), l);
    }
    assert.match(lz(['status', '.', '--sort', 'activity'], { cwd: root, env: { COLUMNS: '120' } }).stdout.split('\n')[0]!, /Activity/);
  });
});

describe('status names what is due', () => {
  it('one dossier: the soonest item of `due` and how many more; JSON has them; the wide table counts them', () => {
    const one = lz(['status', join('aa-en-hunze', 'lz-onboard.json')], { cwd: root, env: { COLUMNS: '120' } });
    assert.match(
      one.stdout,
      /\nDue: \d{4}-\d{2}-\d{2} start replacing the client certificate for preproductie \(valid until \d{4}-\d{2}-\d{2}\) \(and 5 more: lz-onboard due\)/,
    );
    const body = json(lz(['status', '.', '--json', '--sort', 'name'], { cwd: root }));
    const aa = body.dossiers.find((d: any) => d.path.startsWith('aa-en-hunze'));
    assert.equal(aa.due.count, 6);
    assert.equal(aa.due.next.kind, 'cert.renew-start');
    assert.deepEqual(body.dossiers.find((d: any) => d.path.startsWith('zaanstad')).due, { count: 0, next: null });
    const wide = lz(['status', '.'], { cwd: root, env: { COLUMNS: '120' } }).stdout;
    assert.match(wide.split('\n')[0]!, / Due /);
    assert.match(wide, /^aa-en-hunze .* expiring +6 /m);
  });
});

describe('status --format csv', () => {
  it('is RFC 4180 with a stable header, one record per dossier, and no formula a spreadsheet would run', () => {
    const r = lz(['status', '.', '--format', 'csv', '--sort', 'name'], { cwd: root });
    assert.equal(r.code, 3, 'the broken dossier still makes the exit code 3');
    assert.ok(r.stdout.endsWith('\r\n') && !/[^\r]\n/.test(r.stdout), 'CRLF line ends');
    const rows: string[][] = parse(r.stdout, { relax_column_count: false });
    assert.deepEqual(rows[0], [
      'path',
      'name',
      'kind',
      'oin',
      'hrn',
      'kvk',
      'phase',
      'steps_done',
      'steps_total',
      'next_step',
      'first_certificate_end',
      'certificate_state',
      'verify_errors',
      'verify_warnings',
      'warnings',
      'last_activity',
      'error',
      'due_count',
      'next_due_date',
      'next_due_kind',
      'renewals_in_progress',
    ]);
    const records: Record<string, string>[] = parse(r.stdout, { columns: true });
    assert.equal(records.length, 6);
    const by = (folder: string) => records.find((x) => x['path']!.startsWith(folder))!;
    assert.equal(by('formule')['name'], `'=HYPERLINK("http://x.example/",1)`);
    assert.equal(by('zaanstad')['name'], 'Gemeente Zaanstad, "Zaanse Schans"');
    assert.equal(by('zaanstad')['phase'], 'done');
    assert.equal(by('sudwest')['certificate_state'], 'expired');
    assert.equal(by('sudwest')['kvk'], '50925806');
    assert.equal(by('aa-en-hunze')['phase'], '4');
    assert.match(by('emmen')['last_activity']!, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(by('emmen')['first_certificate_end'], '');
    assert.match(by('kapot')['error']!, /JSON/);
    // Súdwest's certificates ended 5 days ago: both ends are due (late); Aa en Hunze's end in 30 days.
    assert.deepEqual([by('sudwest')['due_count'], by('sudwest')['next_due_kind']], ['2', 'cert.expires']);
    assert.equal(by('aa-en-hunze')['next_due_kind'], 'cert.renew-start');
    assert.deepEqual([by('zaanstad')['due_count'], by('zaanstad')['next_due_date']], ['0', '']);
    assert.equal(records[records.length - 1]!['path'], join('kapot', 'lz-onboard.json'));
  });
});

describe('history over a portfolio', () => {
  it('one history in time order, each entry with its dossier and organisation; --last applies to all', () => {
    const r = lz(['history', '.', '--json'], { cwd: root });
    assert.equal(r.code, 3, 'the broken dossier is reported');
    assert.match(r.stderr, /kapot.*skipped/);
    const h = json(r);
    assert.equal(h.history.length, 10);
    const ats = h.history.map((e: any) => e.at);
    assert.deepEqual(ats, [...ats].sort());
    assert.deepEqual(Object.keys(h.history[0]).slice(0, 2), ['dossier', 'organisation']);
    assert.deepEqual(h.unreadable, [join('kapot', 'lz-onboard.json')]);
    const last = json(lz(['history', '.', '--last', '2', '--json'], { cwd: root })).history;
    assert.deepEqual(
      last.map((e: any) => e.by),
      ['sudwest', 'emmen'],
    );
    const who = lz(['history', '.', '--who', 'zaanstad'], { cwd: root, env: { COLUMNS: '120' } });
    assert.equal(who.stdout.trim().split('\n').length, 1);
    assert.match(who.stdout, /Gemeente Zaanstad.*note.*last of zaanstad/);
  });
  it('an empty folder is an error', () => {
    assert.equal(lz(['history', tempDir()], { cwd: root }).code, 3);
  });
  it('in a walk, a dossier that is not UTF-8 or too large is a row with its error; a real U+FFFD in a name is read', () => {
    const dir = tempDir();
    const good = readFileSync(join(root, 'emmen', 'lz-onboard.json'));
    for (const [folder, bytes] of [
      ['a-good', good],
      ['b-latin1', Buffer.concat([good.subarray(0, 40), Buffer.from([0xe9]), good.subarray(40)])],
      ['c-replacement', Buffer.from(good.toString('utf8').replace('Gemeente Émmen', 'Gemeente \uFFFD'))],
      ['d-huge', Buffer.concat([good, Buffer.alloc(17 * 1024 * 1024, 0x20)])],
    ] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'lz-onboard.json'), bytes);
    }
    const r = lz(['status', '--json', dir]);
    assert.equal(r.code, 3, 'exit 3: some dossiers could not be read');
    const rows = JSON.parse(r.stdout).dossiers as { path: string; organisation?: { name: string }; error?: string }[];
    assert.deepEqual(
      rows.map((x) => [x.path.split('/').at(-2), x.organisation?.name ?? null, x.error === undefined ? null : x.error.replace(dir, '<dir>')]),
      [
        ['a-good', 'Gemeente Émmen', null],
        ['b-latin1', null, 'dossier <dir>/b-latin1/lz-onboard.json is damaged (not valid UTF-8); the file was not changed'],
        ['c-replacement', 'Gemeente \uFFFD', null],
        ['d-huge', null, 'dossier <dir>/d-huge/lz-onboard.json is larger than 16 MB; it is not an lz-onboard dossier, or it is damaged'],
      ],
    );
  });
});

describe('status streams a large portfolio', () => {
  it('--json is one document, formatted exactly as JSON.stringify would, sorted or not, with unreadable folders', () => {
    for (const args of [
      ['status', '.', '--json'],
      ['status', '.', '--json', '--sort', 'expiry'],
      ['status', '.', '--format', 'json', '--search', 'nothing-matches'],
    ]) {
      const r = lz(args, { cwd: root });
      const body = JSON.parse(r.stdout);
      assert.equal(r.stdout, `${JSON.stringify(body, null, 2)}\n`, args.join(' '));
    }
  });

  it('on a terminal, work longer than LZ_ONBOARD_PROGRESS_AFTER (1 s unless set) shows a counter on stderr, erased at the end; never on stdout or in a pipe', {
    skip: hasTool('tmux') ? false : 'tmux is not installed',
  }, async () => {
    const big = tempDir();
    const one = readFileSync(join(root, 'emmen', 'lz-onboard.json'), 'utf8');
    for (let i = 0; i < 15_000; i++) {
      const d = join(big, `o${i}`);
      mkdirSync(d);
      writeFileSync(join(d, 'lz-onboard.json'), one);
    }
    const term = new Terminal(`'${process.execPath}' '${BIN}' status --json . > out.json`, big, {
      NO_COLOR: '1',
      LZ_ONBOARD_LANG: 'en',
      LZ_ONBOARD_PROGRESS_AFTER: '0',
    });
    try {
      const during = await term.waitFor(/\d+ of 15000 dossiers read…/, 60_000);
      assert.doesNotMatch(during, /EXIT=/, 'seen while it works');
      const after = await term.waitFor('EXIT=0', 120_000);
      assert.doesNotMatch(after.slice(after.lastIndexOf('out.json')), /dossiers read/, 'the counter is erased');
    } finally {
      term.close();
    }
    const out = readFileSync(join(big, 'out.json'), 'utf8');
    assert.equal(JSON.parse(out).dossiers.length, 15_000);
    assert.doesNotMatch(out, /\u001b|dossiers read/);
    const piped = lz(['status', '--json', '.'], { cwd: big });
    assert.equal(piped.stderr, '', 'no progress when stderr is not a terminal');
  });
});
