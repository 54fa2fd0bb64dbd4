// Writers killed at random moments (SIGKILL: no clean-up possible) while others write the same
// dossier: every update whose writer reported success is still there, the dossier and its backup
// stay valid, and the stale lock and temporary files the killed ones leave are cleared later.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, cleanEnv, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';

const KILLS = 200;
const AT_ONCE = 6;

/** A small deterministic generator, so that a failing run can be repeated. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function writer(cwd: string, note: string, killAfterMs: number | null): Promise<'ok' | 'killed' | string> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'step', 'done', '1.verbinding', '--note', note], {
      cwd,
      env: cleanEnv({ LZ_ONBOARD_LOCK_TIMEOUT: '60' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const timer = killAfterMs === null ? null : setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    p.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : code === 0 ? 'ok' : `exit ${code}: ${err}`);
    });
  });
}

describe('a stale lock and many contenders at once', () => {
  it("one breaks it at a time: 12 writers starting together on a dossier with a dead process's lock all keep their update", async () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    for (let round = 0; round < 3; round++) {
      const dead = spawn(process.execPath, ['-e', '']);
      await new Promise((r) => dead.on('close', r));
      writeFileSync(join(d, 'lz-onboard.json.lock'), JSON.stringify({ pid: dead.pid, host: hostname(), at: new Date().toISOString() }));
      const notes = Array.from({ length: 12 }, (_, i) => `r${round}-${i}`);
      const results = await Promise.all(notes.map((n) => writer(d, n, null)));
      assert.deepEqual(
        results,
        notes.map(() => 'ok'),
      );
      const have = new Set(readJson(join(d, 'lz-onboard.json')).history.map((h: { note?: string }) => h.note));
      for (const n of notes) assert.ok(have.has(n), `${n} is there`);
    }
  });
});

describe('soak: concurrent writers, some killed', () => {
  it(`${KILLS} SIGKILLs among concurrent writers lose no committed update`, { timeout: 600_000 }, async () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const rnd = lcg(20261202);
    const outcomes = new Map<string, string>();
    let kills = 0;
    let i = 0;
    while (kills < KILLS) {
      const wave: Promise<void>[] = [];
      for (let k = 0; k < AT_ONCE; k++, i++) {
        const note = `w${i}`;
        // Three in four are killed somewhere between start-up and well after the write.
        const kill = rnd() < 0.75 ? 40 + Math.floor(rnd() * 360) : null;
        wave.push(writer(d, note, kill).then((o) => void outcomes.set(note, o)));
      }
      await Promise.all(wave);
      kills = [...outcomes.values()].filter((o) => o === 'killed').length;
    }
    const failures = [...outcomes].filter(([, o]) => o !== 'ok' && o !== 'killed');
    assert.deepEqual(failures, [], 'a writer that was not killed succeeded');
    // Leftovers of killed writers are swept once old: age them, then write once more.
    for (const n of readdirSync(d).filter((x) => x.endsWith('.tmp'))) utimesSync(join(d, n), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    assert.equal(lz(['step', 'done', '1.verbinding', '--note', 'final'], { cwd: d }).code, 0);
    const notes = new Set(readJson(join(d, 'lz-onboard.json')).history.map((h: { note?: string }) => h.note));
    const committed = [...outcomes].filter(([, o]) => o === 'ok').map(([n]) => n);
    assert.ok(committed.length > 0, 'some writers finished');
    for (const n of committed) assert.ok(notes.has(n), `update ${n} was reported done and is still there`);
    assert.ok(notes.has('final'));
    assert.equal(lz(['status', '--json'], { cwd: d }).code, 0);
    assert.ok(json(lz(['history', '--json', '--dossier', join(d, 'lz-onboard.json.bak')], { cwd: d })).history.length > 0, 'the backup is a valid dossier');
    assert.deepEqual(
      readdirSync(d).filter((x) => x.endsWith('.tmp') || x.endsWith('.lock')),
      [],
    );
  });
});
