// Files and values from someone else: endless devices, FIFOs, huge or damaged files, crafted key
// stores and XML, and text meant to steer the terminal. The tool answers each with a clear error
// or shows it safely, and never loses or changes what the user had.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, initOverheid, json, lz, readJson, tempDir, OIN } from '../helpers/cli.ts';
import { withEncryptedBlocks, withIterations } from '../helpers/p12.ts';
import { keyPem, testPki } from '../helpers/pki.ts';
import { hasTool } from '../helpers/tools.ts';

// Everything a terminal could act on: C0 but TAB/LF, DEL, C1, bidi controls, line separators.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const HOSTILE = 'Gemeente \u001b]0;PWNED\u0007\u001b[2J\u009b31m\u202eXoN\r\u0000';
const hasRunuser = spawnSync('runuser', ['--help'], { stdio: 'ignore' }).status === 0;
const HOSTILE_ARG = HOSTILE.replace('\u0000', ''); // argv cannot hold NUL

describe('bounded reads', () => {
  it('a device, a FIFO or a link to one is refused at once, as dossier, certificate, CPA or plan', () => {
    const d = tempDir();
    execFileSync('mkfifo', [join(d, 'fifo')]);
    const cases: [string[], number][] = [
      [['status', '--dossier', '/dev/zero'], 3],
      [['status', '--dossier', join(d, 'fifo')], 3],
      [['cert', 'inspect', '/dev/urandom'], 2],
      [['cert', 'inspect', join(d, 'fifo')], 2],
      [['cpa', 'check', '/dev/zero', '--env', 'preproductie', '--oin', OIN], 2],
      [['apply', join(d, 'fifo'), '--dossier', join(d, 'none.json')], 2],
    ];
    for (const [args, code] of cases) {
      const r = lz(args, { cwd: d });
      assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /not a regular file/, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  it('status <dir> goes on past a link to /dev/zero, a FIFO and a 17 MB dossier, and shows each as an error row', () => {
    const d = tempDir();
    for (const n of ['a', 'b', 'c', 'ok']) mkdirSync(join(d, n));
    symlinkSync('/dev/zero', join(d, 'a', 'lz-onboard.json'));
    execFileSync('mkfifo', [join(d, 'b', 'lz-onboard.json')]);
    writeFileSync(join(d, 'c', 'lz-onboard.json'), Buffer.alloc(17 * 1024 * 1024, 0x20));
    assert.equal(initOverheid(join(d, 'ok')).code, 0);
    const r = lz(['status', d, '--json'], { cwd: d });
    assert.equal(r.code, 3);
    const rows = json(r).dossiers;
    assert.equal(rows.length, 4);
    assert.match(rows[0].error, /not a regular file/);
    assert.match(rows[1].error, /not a regular file/);
    assert.match(rows[2].error, /larger than 16 MB/);
    assert.equal(rows[3].organisation.name, 'Gemeente Voorbeeld');
  });

  it('status <dir> names the folders it could not read, and counts them in the exit code', {
    skip: process.getuid?.() === 0 && hasRunuser ? false : 'needs root and runuser to run as another user',
  }, () => {
    const d = tempDir();
    for (const n of ['locked', 'ok']) mkdirSync(join(d, n));
    assert.equal(initOverheid(join(d, 'ok')).code, 0);
    assert.equal(initOverheid(join(d, 'locked')).code, 0);
    chmodSync(d, 0o755);
    chmodSync(join(d, 'ok'), 0o755);
    chmodSync(join(d, 'ok', 'lz-onboard.json'), 0o644);
    chmodSync(join(d, 'locked'), 0o700);
    const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, 'status', d, '--json', '--lang', 'en'], {
      cwd: '/',
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    assert.equal(r.status, 3, r.stderr);
    const body = JSON.parse(r.stdout);
    assert.equal(body.dossiers.length, 1);
    assert.deepEqual(body.unreadableFolders, [join(d, 'locked')]);
    assert.equal(r.stderr, `! not in this overview (1 folder that could not be read): ${join(d, 'locked')}\n`);
  });

  it('a plan on stdin larger than its cap is refused without reading it all', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const before = readFileSync(join(d, 'lz-onboard.json'));
    const r = lz(['apply', '-'], { cwd: d, input: `{"steps":[${'{"id":"1.verbinding"},'.repeat(150_000)}]}` });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /stdin: larger than 1 MB/);
    assert.deepEqual(readFileSync(join(d, 'lz-onboard.json')), before);
  });

  it('a dossier with invalid UTF-8 or absurd nesting is damaged (exit 3), and stays byte for byte', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const file = join(d, 'lz-onboard.json');
    const good = readFileSync(file, 'utf8');
    const notUtf8 = Buffer.from(good);
    notUtf8[Buffer.from(good).indexOf('Voorbeeld')] = 0xff;
    const damaged: [string, Buffer, RegExp][] = [
      ['invalid UTF-8', notUtf8, /not valid UTF-8/],
      [
        'nested 100,000 deep',
        Buffer.from(good.replace('"history": [', `"extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "history": [`)),
        /nested deeper than 64 levels/,
      ],
    ];
    for (const [what, bytes, message] of damaged) {
      writeFileSync(file, bytes);
      for (const args of [['step', 'done', '1.verbinding'], ['status']]) {
        const r = lz(args, { cwd: d });
        assert.equal(r.code, 3, `${what}: ${r.stderr}`);
        assert.match(r.stderr, message, what);
        assert.deepEqual(readFileSync(file), bytes, what);
      }
    }
  });
});

describe('crafted inputs that cost time', () => {
  it('XML nested 40,000 deep is refused as a CPA, at once', () => {
    const d = tempDir();
    const ns = 'http://www.oasis-open.org/committees/ebxml-cppa/schema/cpp-cpa-2_0.xsd';
    writeFileSync(
      join(d, 'deep.xml'),
      `<tns:CollaborationProtocolAgreement xmlns:tns="${ns}" tns:cpaid="x">${'<a>'.repeat(40_000)}${'</a>'.repeat(40_000)}</tns:CollaborationProtocolAgreement>`,
    );
    const r = lz(['cpa', 'check', 'deep.xml', '--env', 'preproductie', '--oin', OIN], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nests deeper than any CPA does \(more than 100 levels\)/);
  });

  describe('PKCS#12', { skip: hasTool('openssl') ? false : 'openssl is not installed' }, () => {
    it('a store with 30 encrypted blocks, or more derivation work than any real one, is refused; status never derives', () => {
      const d = tempDir();
      const pki = testPki(d);
      const leaf = pki.leaf();
      pki.write('k.pem', keyPem(leaf), 0o600);
      pki.write('c.pem', leaf.pem);
      const make = (name: string, ...args: string[]) => {
        execFileSync('openssl', ['pkcs12', '-export', '-in', join(d, 'c.pem'), '-out', join(d, name), '-passout', 'pass:geheim', ...args], { stdio: 'ignore' });
        return readFileSync(join(d, name));
      };
      const normal = make('s.p12', '-inkey', join(d, 'k.pem'), '-certfile', pki.interPath);
      writeFileSync(join(d, 'blocks.p12'), withEncryptedBlocks(normal, 30));
      // Three blocks at 1.4 million iterations: the third passes the 4 million budget.
      writeFileSync(join(d, 'work.p12'), withEncryptedBlocks(make('slow.p12', '-nokeys', '-iter', '1400000'), 3));
      writeFileSync(join(d, 'huge.p12'), withIterations(normal, 3_000_000));
      const env = { LZ_ONBOARD_P12_PASSWORD: 'geheim' };
      for (const [file, message] of [
        ['blocks.p12', /30 encrypted blocks/],
        ['work.p12', /more key derivation than a real one ever needs/],
        ['huge.p12', /iteration count 3000000/],
      ] as const) {
        const r = lz(['cert', 'inspect', file], { cwd: d, env });
        assert.equal(r.code, 2, `${file}: ${r.stderr}`);
        assert.match(r.stderr, message, file);
      }
      // Recorded, then replaced by a costly store: status compares bytes only and says "changed".
      assert.equal(initOverheid(d).code, 0);
      const add = lz(['cert', 'add', 's.p12', '--env', 'preproductie', '--role', 'client', '--roots', 'root.pem'], { cwd: d, env });
      assert.equal(add.code, 0, add.stdout + add.stderr);
      writeFileSync(join(d, 's.p12'), readFileSync(join(d, 'work.p12')));
      const s = json(lz(['status', '--json'], { cwd: d, env })).dossiers[0];
      assert.equal(s.environments[0].client, 'changed');
    });
  });
});

describe('terminal-safe output', () => {
  const hostileDossier = () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    assert.equal(lz(['step', 'skip', '1.zaakberichtstroom', '--reason', 'later'], { cwd: d }).code, 0);
    const file = join(d, 'lz-onboard.json');
    const dossier = readJson(file);
    dossier.organisation.name = HOSTILE;
    dossier.steps['1.zaakberichtstroom'].reason = HOSTILE;
    for (const h of dossier.history) {
      h.by = HOSTILE;
      h.note = HOSTILE;
    }
    writeFileSync(file, JSON.stringify(dossier));
    return d;
  };

  it('a dossier from someone else with escape sequences: every human view shows them escaped, --json exactly', () => {
    const d = hostileDossier();
    for (const args of [['status'], ['status', '.'], ['history'], ['step', 'list'], ['step', 'show', '1.zaakberichtstroom'], ['wizard', '--no-input']]) {
      const r = lz(args, { cwd: d });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(!UNSAFE.test(r.stdout + r.stderr), `${args.join(' ')}: ${JSON.stringify(r.stdout + r.stderr)}`);
    }
    assert.match(lz(['status'], { cwd: d }).stdout, /Gemeente \\x1B\]0;PWNED\\x07\\x1B\[2J\\x9B31m\\u202EXoN\\x0D\\x00/);
    for (const args of [
      ['status', '--json'],
      ['history', '--json'],
    ]) {
      const r = lz(args, { cwd: d });
      assert.ok(!UNSAFE.test(r.stdout), `${args.join(' ')}: raw characters in JSON text`);
      const body = json(r);
      assert.equal(args[0] === 'status' ? body.dossiers[0].organisation.name : body.history[0].by, HOSTILE);
    }
  });

  it('a certificate subject and SAN with escape sequences are shown escaped', () => {
    const d = tempDir();
    const pki = testPki(d);
    const leaf = pki.leaf({
      subject: [
        ['C', 'NL'],
        ['O', HOSTILE],
        ['serialNumber', OIN],
        ['CN', 'lz.gemeente.example.nl'],
      ],
    });
    pki.write('leaf.pem', leaf.pem);
    const r = lz(['cert', 'inspect', 'leaf.pem'], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!UNSAFE.test(r.stdout + r.stderr), JSON.stringify(r.stdout));
    assert.match(r.stdout, /\\x1B\]0;PWNED/);
    assert.equal(
      json(lz(['cert', 'inspect', 'leaf.pem', '--json'], { cwd: d })).files[0].certificates[0].subject.find((a: { name: string }) => a.name === 'O').value,
      HOSTILE,
    );
  });

  it('control characters are refused where values come in: flags, --by, plans, --from; nothing is written', () => {
    const d = tempDir();
    const init = ['init', '--kind', 'overheid', '--oin', OIN, '--network', 'internet', '--standard', 'stuf'];
    const named = lz([...init, '--name', HOSTILE_ARG], { cwd: d });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /--name: the value contains control characters/);
    const fromFile = join(d, 'answers.json');
    writeFileSync(fromFile, JSON.stringify({ kind: 'overheid', name: 'Gemeente\u202e', oin: OIN }));
    assert.equal(lz(['init', '--from', fromFile], { cwd: d }).code, 2);
    assert.equal(lz([...init, '--name', 'G', '--by', 'piet\u001b[2J'], { cwd: d }).code, 2);
    assert.equal(lz([...init, '--name', 'G'], { cwd: d, env: { LZ_ONBOARD_BY: 'piet\u009b' } }).code, 2);
    assert.equal(initOverheid(d).code, 0);
    const before = readFileSync(join(d, 'lz-onboard.json'));
    const attempts: [string[], string?][] = [
      [['step', 'done', '1.verbinding', '--note', 'ok\u001b]0;x\u0007']],
      [['step', 'skip', '1.verbinding', '--reason', 'later\u202e']],
      [['step', 'done', '1.verbinding', '--by', 'ma\rrie']],
      [['apply', '-'], JSON.stringify({ steps: [{ id: '1.verbinding', note: 'x\u0085' }] })],
      [['step', 'done', '1.verbinding', '--note', 'x'.repeat(2001)]],
    ];
    for (const [args, input] of attempts) {
      const r = lz(args, { cwd: d, ...(input ? { input } : {}) });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(!UNSAFE.test(r.stderr), JSON.stringify(r.stderr));
    }
    assert.deepEqual(readFileSync(join(d, 'lz-onboard.json')), before);
  });
});

describe('small things that used to crash', () => {
  it('stdout on a full device: one line on stderr, exit 1', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const r = execFileSync(
      'bash',
      ['-c', `node ${JSON.stringify(join(import.meta.dirname, '../../bin/lz-onboard.js'))} status --lang en > /dev/full; echo "exit $?"`],
      { cwd: d, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.equal(r.trim(), 'exit 1');
    const err = execFileSync(
      'bash',
      ['-c', `node ${JSON.stringify(join(import.meta.dirname, '../../bin/lz-onboard.js'))} status --lang en 2>&1 >/dev/full || true`],
      { cwd: d, encoding: 'utf8' },
    );
    assert.equal(err, 'lz-onboard: cannot write to stdout: no space left on the device (ENOSPC)\n');
  });

  it('a working directory that was removed: one line, exit 2', () => {
    const d = tempDir();
    const out = execFileSync(
      'bash',
      [
        '-c',
        `mkdir gone && cd gone && rmdir ../gone && node ${JSON.stringify(join(import.meta.dirname, '../../bin/lz-onboard.js'))} status --lang en 2>&1; echo "exit $?"`,
      ],
      { cwd: d, encoding: 'utf8' },
    );
    assert.equal(out, 'lz-onboard: the current directory no longer exists; change to an existing one (cd) and try again\nexit 2\n');
  });
});
