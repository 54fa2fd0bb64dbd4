// Nothing the user had is lost: a full disk, planted links, devices given as files, locks that
// cannot be taken over, a read-only copy. Each case runs the built CLI as a user would.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statfsSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { remountReadOnly, smallFilesystem, unmount, canMount } from '../helpers/tmpfs.ts';

const noRoot = canMount ? false : 'needs root to mount a small tmpfs';
/** spec ping with every value given, written to `target` (replacing it). */
const pingTo = (target: string) => [
  'spec',
  'ping',
  '--env',
  'preproductie',
  '--from',
  '00000001002220647000',
  '--to',
  '00000004003214345001',
  '--cpa-id',
  'cpa1',
  '-o',
  target,
  '--force',
];
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));

describe('a full disk', { skip: noRoot }, () => {
  const dir = canMount ? smallFilesystem(192)! : '';
  after(() => canMount && unmount(dir));

  it('at every level of free space: the change is written whole, or exit 3 and dossier and backup unchanged', () => {
    assert.equal(initOverheid(dir).code, 0);
    const file = join(dir, 'lz-onboard.json');
    const note = 'n'.repeat(1800);
    // A dossier of some 40 KB, as after weeks of work.
    for (let i = 0; i < 18; i++) assert.equal(lz(['step', 'done', '1.verbinding', '--note', `${i} ${note}`], { cwd: dir }).code, 0);
    const outcomes = new Set<number>();
    for (let level = 0; level <= 96; level += 4) {
      const before = readFileSync(file);
      const backup = readFileSync(`${file}.bak`);
      const fs = statfsSync(dir);
      const filler = join(dir, 'filler');
      const room = Number(fs.bavail) * Number(fs.bsize) - level * 1024;
      if (room > 0) writeFileSync(filler, Buffer.alloc(room));
      const r = lz(['step', 'done', '1.verbinding', '--note', `level ${level} ${note}`], { cwd: dir });
      if (existsSync(filler)) unlinkSync(filler);
      outcomes.add(r.code);
      assert.deepEqual(leftovers(dir), [], `level ${level}: no temporary or lock file left`);
      if (r.code === 0) {
        assert.equal(readJson(file).history.at(-1).note, `level ${level} ${note}`);
        assert.deepEqual(readFileSync(`${file}.bak`), before, `level ${level}: the backup is the previous dossier`);
      } else {
        assert.equal(r.code, 3, `level ${level}: ${r.stderr}`);
        assert.match(r.stderr, /^lz-onboard: cannot (write|lock) dossier .*: no space left on the device \(ENOSPC\); the (existing )?file was not changed\n$/);
        assert.deepEqual(readFileSync(file), before, `level ${level}: dossier unchanged`);
        assert.deepEqual(readFileSync(`${file}.bak`), backup, `level ${level}: backup unchanged`);
      }
    }
    assert.deepEqual([...outcomes].sort(), [0, 3], 'both outcomes were reached');
  });

  it('a generated file that does not fit leaves the old one and no temporary file (exit 3)', () => {
    const gen = join(dir, 'gen');
    mkdirSync(gen);
    const target = join(gen, 'ping.xml');
    writeFileSync(target, 'old');
    const fs = statfsSync(dir);
    writeFileSync(join(dir, 'filler'), Buffer.alloc(Number(fs.bavail) * Number(fs.bsize)));
    try {
      const r = lz(pingTo(target), { cwd: gen });
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /cannot write .*ping\.xml: no space left on the device \(ENOSPC\); an existing file was not changed/);
      assert.equal(readFileSync(target, 'utf8'), 'old');
      assert.deepEqual(leftovers(gen), []);
    } finally {
      unlinkSync(join(dir, 'filler'));
    }
  });
});

describe('links and special files', () => {
  it('a symlinked dossier is written through to its target; the link stays a link', () => {
    const d = tempDir();
    mkdirSync(join(d, 'store'));
    assert.equal(initOverheid(d, ['--dossier', join(d, 'store', 'real.json')]).code, 0);
    symlinkSync(join(d, 'store', 'real.json'), join(d, 'lz-onboard.json'));
    assert.equal(lz(['step', 'done', '1.verbinding'], { cwd: d }).code, 0);
    assert.ok(lstatSync(join(d, 'lz-onboard.json')).isSymbolicLink());
    assert.equal(readJson(join(d, 'store', 'real.json')).steps['1.verbinding'].state, 'done');
    assert.deepEqual(leftovers(d), []);
  });

  it('a link planted as the backup is replaced, never followed', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const victim = join(d, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(d, 'lz-onboard.json.bak'));
    assert.equal(lz(['step', 'done', '1.verbinding'], { cwd: d }).code, 0);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(lstatSync(join(d, 'lz-onboard.json.bak')).isFile());
  });

  it('a device or directory as the dossier or as -o is refused, and stays what it was', () => {
    const d = tempDir();
    const zero = lz(['status', '--dossier', '/dev/zero'], { cwd: d });
    assert.equal(zero.code, 3);
    assert.match(zero.stderr, /\/dev\/zero is not a regular file/);
    symlinkSync('/dev/zero', join(d, 'lz-onboard.json'));
    assert.equal(lz(['step', 'done', '1.verbinding'], { cwd: d }).code, 3);
    const force = lz(['init', '--kind', 'overheid', '--name', 'G', '--oin', '00000001002220647000', '--force'], { cwd: d });
    assert.equal(force.code, 3, force.stderr);
    assert.ok(lstatSync(join(d, 'lz-onboard.json')).isSymbolicLink());
    assert.ok(statSync('/dev/zero').isCharacterDevice());
    const e = tempDir();
    for (const target of ['/dev/full', d]) {
      const r = lz(pingTo(target), { cwd: e });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /is not a regular file or a new path/);
    }
    assert.ok(statSync('/dev/full').isCharacterDevice());
    assert.deepEqual(leftovers(d), []);
    assert.deepEqual(readdirSync(e), []);
  });
});

describe('locks', () => {
  it('a directory where the lock file should be is cleared or named, never spun on', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    mkdirSync(join(d, 'lz-onboard.json.lock'));
    const r = lz(['step', 'done', '1.verbinding'], { cwd: d, env: { LZ_ONBOARD_LOCK_TIMEOUT: '10' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(existsSync(join(d, 'lz-onboard.json.lock')), false);
  });

  it('a lock naming a live process that is not lz-onboard is explained, with how to clear it', async () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(join(d, 'lz-onboard.json.lock'), JSON.stringify({ pid: sleeper.pid, host: hostname(), at: new Date().toISOString() }));
      const r = lz(['step', 'done', '1.verbinding'], { cwd: d, env: { LZ_ONBOARD_LOCK_TIMEOUT: '0.5' } });
      assert.equal(r.code, 3);
      assert.match(r.stderr, new RegExp(`names process ${sleeper.pid}, which is now "sleep", not lz-onboard.*remove .*lz-onboard\\.json\\.lock`));
      assert.equal(r.stderr.trim().split('\n').length, 1);
    } finally {
      sleeper.kill();
    }
  });

  it('LZ_ONBOARD_LOCK_TIMEOUT must be a number of seconds', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const r = lz(['step', 'done', '1.verbinding'], { cwd: d, env: { LZ_ONBOARD_LOCK_TIMEOUT: 'soon' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /LZ_ONBOARD_LOCK_TIMEOUT: expects a number of seconds/);
  });

  it('verify on a read-only copy with a stale lock reports at once, not recorded', { skip: noRoot }, () => {
    const dir = smallFilesystem(256)!;
    try {
      assert.equal(initOverheid(dir).code, 0);
      writeFileSync(join(dir, 'lz-onboard.json.lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), at: '2026-01-01T00:00:00Z' }));
      remountReadOnly(dir);
      const r = lz(['verify', '--json'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(json(r).environments.length > 0);
      assert.match(r.stderr, /not recorded.*stale lock .* cannot be removed/);
    } finally {
      unmount(dir);
    }
  });
});
