// The bin's code cache (bin/lz-onboard.js): beside each bundle, one file per V8 version (and for the
// main bundle per command), written by the first run that loads the bundle, and written again when
// V8 refuses it (damaged, or made by another V8). A copy of the built package is used, so that the
// checkout's caches are not touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { COMMANDS } from '../../src/cli/command-names.ts';
import { testPki } from '../helpers/pki.ts';

const V8 = process.versions.v8;

function copyPackage(): string {
  const dir = tempDir();
  for (const part of ['bin', 'dist', 'templates', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  for (const sub of ['dist', 'dist/vendor']) for (const f of readdirSync(join(dir, sub))) if (f.endsWith('.cache')) rmSync(join(dir, sub, f));
  return dir;
}

const run = (pkg: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(pkg, 'bin', 'lz-onboard.js'), ...args], {
    cwd: tempDir(),
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], HOME: tempDir(), LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' },
  });

describe('code cache', () => {
  it('the bin knows the same commands as the CLI (they name the caches)', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'lz-onboard.js'), 'utf8');
    const list = /const COMMANDS = \[([^\]]*)\];/.exec(bin)?.[1] ?? '';
    assert.deepEqual(
      [...list.matchAll(/'([a-z]+)'/g)].map((m) => m[1]),
      COMMANDS,
    );
  });
  it('the build makes them for init, status and the root help (for the Node that built it)', () => {
    const made = readdirSync(join(ROOT, 'dist'));
    for (const c of ['init', 'status', 'main'])
      assert.ok(
        made.some((f) => f.startsWith('cli.cjs.') && f.endsWith(`.${c}.cache`)),
        c,
      );
  });
  it('is written per V8 version and command by the first run, and used by the next', () => {
    const pkg = copyPackage();
    const cache = join(pkg, 'dist', `cli.cjs.${V8}.main.cache`);
    assert.ok(!existsSync(cache));
    const first = run(pkg, '--version');
    assert.equal(first.status, 0, first.stderr);
    assert.ok(existsSync(cache), 'written as the first run exits');
    const bytes = readFileSync(cache);
    const second = run(pkg, '--version');
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(readFileSync(cache), bytes, 'an accepted cache is left as it is');
    // Another command gets its own; a vendor bundle gets one when a command loads it (node-forge, for a certificate).
    const pki = testPki(tempDir());
    assert.equal(run(pkg, '--lang', 'en', 'cert', 'inspect', pki.write('leaf.pem', pki.leaf().pem)).status, 0);
    assert.ok(existsSync(join(pkg, 'dist', `cli.cjs.${V8}.cert.cache`)), 'named by the command, options before it or not');
    // The command as the CLI finds it: a global option's value is not the command.
    assert.equal(run(pkg, '-d', 'status', 'oin', 'check', '00000001002220647000').status, 0);
    assert.ok(existsSync(join(pkg, 'dist', `cli.cjs.${V8}.oin.cache`)));
    assert.ok(!existsSync(join(pkg, 'dist', `cli.cjs.${V8}.status.cache`)));
    assert.ok(existsSync(join(pkg, 'dist', 'vendor', `forge.cjs.${V8}.cache`)));
    assert.deepEqual(
      readdirSync(join(pkg, 'dist')).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary files left',
    );
  });
  it('is not written by a run that stopped at a usage error: the next full run writes it', () => {
    const pkg = copyPackage();
    const cache = join(pkg, 'dist', `cli.cjs.${V8}.spec.cache`);
    assert.equal(run(pkg, 'spec', 'consumer', '--no-such-flag').status, 2);
    assert.ok(!existsSync(cache));
    run(pkg, 'spec', '--help');
    assert.ok(existsSync(cache));
  });
  it('a bundle changed since its cache was made runs as it is now, even at the same length (V8 checks only the length)', () => {
    const pkg = copyPackage();
    const bundle = join(pkg, 'dist', 'cli.cjs');
    const version = run(pkg, '--version').stdout.trim();
    const other = version.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    assert.equal(other.length, version.length);
    const text = readFileSync(bundle, 'utf8');
    assert.ok(text.includes(JSON.stringify(version)));
    writeFileSync(bundle, text.replace(JSON.stringify(version), JSON.stringify(other)));
    const later = new Date(Date.now() + 2000);
    utimesSync(bundle, later, later);
    assert.equal(run(pkg, '--version').stdout.trim(), other);
    assert.equal(run(pkg, '--version').stdout.trim(), other, 'and on the next run');
  });
  it('a damaged cache or one of another V8 is refused by V8 and made again; the command runs as ever', () => {
    const pkg = copyPackage();
    const cache = join(pkg, 'dist', `cli.cjs.${V8}.main.cache`);
    writeFileSync(cache, Buffer.alloc(4096, 7));
    const r = run(pkg, '--version');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.notDeepEqual(readFileSync(cache), Buffer.alloc(4096, 7), 'replaced');
    // Another V8's file is never read: its name says which V8 made it.
    writeFileSync(join(pkg, 'dist', 'cli.cjs.0.0.0.0.status.cache'), 'not a cache');
    assert.equal(run(pkg, 'status', '--json', tempDir()).status, 3);
  });
});
