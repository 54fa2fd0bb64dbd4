// Writing and reading files as the tool must: all bytes or nothing, never through a planted link,
// never more than a cap. Faults are injected through the WriteFs seam (short writes, a full disk).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BoundedReadError, decodeUtf8Strict, readBounded } from '../../src/io/read-bounded.ts';
import { laterOptimisationFlag } from '../../src/io/long-run.ts';
import { prepareWrite, sweepStaleTemps, writeFileAtomic, writeFilesAtomic, WriteError, type WriteFs } from '../../src/io/write-atomic.ts';
import { tempDir } from '../helpers/cli.ts';

const real: WriteFs = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fchmodSync: (fd, m) => fs.fchmodSync(fd, m),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
};

/** A disk that takes at most `chunk` bytes per write and has `free` bytes left in all. */
function faultyDisk(free: number, chunk = 7): WriteFs & { opened: { path: string; flags: string; mode: number }[] } {
  let left = free;
  const opened: { path: string; flags: string; mode: number }[] = [];
  return {
    ...real,
    opened,
    openSync(p, f, m) {
      opened.push({ path: p, flags: f, mode: m });
      return fs.openSync(p, f, m);
    },
    writeSync(fd, b, o, l) {
      if (left === 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const n = Math.min(l, chunk, left);
      left -= n;
      return fs.writeSync(fd, b, o, n);
    },
  };
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('atomic writes', () => {
  it('writes every byte through short writes, with a fresh 0600 temp file opened exclusively', () => {
    const dir = tempDir();
    const file = join(dir, 'doc.xml');
    const text = 'é'.repeat(5000);
    const disk = faultyDisk(Infinity, 3);
    writeFileAtomic(file, text, disk);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.equal(disk.opened.length, 1);
    assert.equal(disk.opened[0]!.flags, 'wx');
    assert.equal(disk.opened[0]!.mode, 0o600);
    assert.match(disk.opened[0]!.path, /\/\.doc\.xml\.\d+-[0-9a-f]{12}\.tmp$/);
    assert.deepEqual(listing(dir), ['doc.xml']);
  });

  it('on a full disk leaves the old file byte for byte and no temporary file, at every free-space level', () => {
    const dir = tempDir();
    const file = join(dir, 'lz-onboard.json');
    const old = 'x'.repeat(300);
    const next = 'y'.repeat(1000);
    for (const free of [0, 1, 7, 299, 500, 999]) {
      fs.writeFileSync(file, old);
      assert.throws(
        () => writeFileAtomic(file, next, faultyDisk(free)),
        (e: unknown) => e instanceof WriteError && e.reason === 'ENOSPC',
      );
      assert.equal(fs.readFileSync(file, 'utf8'), old, `free ${free}`);
      assert.deepEqual(listing(dir), ['lz-onboard.json'], `free ${free}`);
    }
    writeFileAtomic(file, next, faultyDisk(1000));
    assert.equal(fs.readFileSync(file, 'utf8'), next);
  });

  it('a write that makes no progress is a full disk, not an endless loop', () => {
    const dir = tempDir();
    const file = join(dir, 'f');
    const stuck: WriteFs = { ...real, writeSync: () => 0 };
    assert.throws(
      () => writeFileAtomic(file, 'abc', stuck),
      (e: unknown) => e instanceof WriteError && e.reason === 'ENOSPC',
    );
    assert.deepEqual(listing(dir), []);
  });

  it('commits several files only when all were written (dossier and backup)', () => {
    const dir = tempDir();
    const a = join(dir, 'lz-onboard.json.bak');
    const b = join(dir, 'lz-onboard.json');
    fs.writeFileSync(a, 'old backup');
    fs.writeFileSync(b, 'old dossier');
    // Room for the backup but not for the dossier: neither may change.
    assert.throws(
      () =>
        writeFilesAtomic(
          [
            { file: a, data: 'old dossier' },
            { file: b, data: 'new dossier, longer' },
          ],
          faultyDisk(15),
        ),
      WriteError,
    );
    assert.equal(fs.readFileSync(a, 'utf8'), 'old backup');
    assert.equal(fs.readFileSync(b, 'utf8'), 'old dossier');
    assert.deepEqual(listing(dir), ['lz-onboard.json', 'lz-onboard.json.bak']);
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = tempDir();
    const file = join(dir, 'f');
    fs.writeFileSync(file, 'a');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, 'b');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('writes through a symlinked file to its target; a link it must not follow is replaced instead', () => {
    const dir = tempDir();
    const target = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    writeFileAtomic(link, 'new');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    const victim = join(dir, 'victim');
    fs.writeFileSync(victim, 'precious');
    const planted = join(dir, 'x.bak');
    fs.symlinkSync(victim, planted);
    writeFilesAtomic([{ file: planted, data: 'backup', followSymlink: false }]);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.ok(fs.lstatSync(planted).isFile());
  });

  it('refuses devices, directories and dangling links, and leaves nothing behind', () => {
    const dir = tempDir();
    assert.throws(
      () => writeFileAtomic('/dev/null', 'x'),
      (e: unknown) => e instanceof WriteError && e.reason === 'not-regular',
    );
    assert.ok(fs.statSync('/dev/null').isCharacterDevice());
    fs.mkdirSync(join(dir, 'sub'));
    assert.throws(
      () => writeFileAtomic(join(dir, 'sub'), 'x'),
      (e: unknown) => e instanceof WriteError && e.reason === 'EISDIR',
    );
    fs.symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    assert.throws(
      () => writeFileAtomic(join(dir, 'dangling'), 'x'),
      (e: unknown) => e instanceof WriteError && e.reason === 'not-regular',
    );
    assert.deepEqual(listing(dir), ['dangling', 'sub']);
  });

  it('an aborted preparation removes its temporary file', () => {
    const dir = tempDir();
    const p = prepareWrite(join(dir, 'f'), 'abc');
    assert.ok(fs.existsSync(p.tmp));
    p.abort();
    assert.deepEqual(listing(dir), []);
  });

  it('sweeps temporary files of dead processes once they are old, and nothing else', () => {
    const dir = tempDir();
    const target = join(dir, 'lz-onboard.json');
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const names = [
      `.lz-onboard.json.${dead}-0123456789ab.tmp`,
      `.lz-onboard.json.${dead}.tmp`,
      `.lz-onboard.json.${process.pid}-0123456789ab.tmp`,
      `.lz-onboard.json.${dead}-fresh0000000.tmp`,
      'other.tmp',
    ];
    for (const n of names) fs.writeFileSync(join(dir, n), '');
    const old = new Date(Date.now() - 60_000);
    for (const n of names.slice(0, 3)) fs.utimesSync(join(dir, n), old, old);
    sweepStaleTemps(target);
    assert.deepEqual(listing(dir), [`.lz-onboard.json.${dead}-fresh0000000.tmp`, `.lz-onboard.json.${process.pid}-0123456789ab.tmp`, 'other.tmp'].sort());
  });
});

describe('bounded reads', () => {
  const problem = (p: string) => (e: unknown) => e instanceof BoundedReadError && e.problem === p;

  it('reads a regular file up to its cap, and refuses one byte more', () => {
    const dir = tempDir();
    const f = join(dir, 'f');
    fs.writeFileSync(f, Buffer.alloc(1000, 1));
    assert.equal(readBounded(f, 1000).length, 1000);
    assert.throws(() => readBounded(f, 999), problem('too-large'));
  });

  it('refuses devices, FIFOs and links to them without blocking or reading them', () => {
    const dir = tempDir();
    assert.throws(() => readBounded('/dev/zero', 1024), problem('not-regular'));
    assert.throws(() => readBounded('/dev/urandom', 1024), problem('not-regular'));
    fs.symlinkSync('/dev/zero', join(dir, 'lz-onboard.json'));
    assert.throws(() => readBounded(join(dir, 'lz-onboard.json'), 1024), problem('not-regular'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    assert.throws(() => readBounded(join(dir, 'fifo'), 1024), problem('not-regular'));
    assert.throws(() => readBounded(dir, 1024), problem('is-directory'));
    assert.throws(() => readBounded(join(dir, 'missing'), 1024), problem('not-found'));
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    assert.equal(decodeUtf8Strict(Buffer.from('Gemeente Súdwest-Fryslân')), 'Gemeente Súdwest-Fryslân');
    assert.equal(decodeUtf8Strict(Buffer.from([0x7b, 0xff, 0x7d])), null);
  });
});

describe('long runs', () => {
  it('the later-optimisation flag of this V8 is one it knows: an unknown one would be printed on stderr', () => {
    const flag = laterOptimisationFlag(process.versions.v8);
    assert.ok(flag, `a flag for V8 ${process.versions.v8}`);
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(laterOptimisationFlag('11.3.244.8-node.38'), '--interrupt-budget=1000000');
    assert.equal(laterOptimisationFlag('13.6.233.17-node.53'), '--invocation-count-for-turbofan=20000');
    assert.equal(laterOptimisationFlag('10.2.154.26'), null, 'an older V8: nothing set');
  });
});
