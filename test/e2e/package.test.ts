// The package as a user gets it: npm pack, then install the tarball into an empty folder and run
// the main commands from there. It has no dependencies: every package it uses is in the bundles of
// dist/ (node-forge in dist/vendor/ too).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { cpaXml } from '../helpers/cpa.ts';
import { testPki } from '../helpers/pki.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Bytes under `dir`; code caches apart (`caches`), since a checkout tested on several Nodes packs one set per V8. */
function size(dir: string, caches = false): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) n += size(join(dir, e.name), caches);
    else if (e.name.endsWith('.cache') === caches) n += statSync(join(dir, e.name)).size;
  return n;
}

describe('the packed package', { timeout: 240_000 }, () => {
  it('installs into an empty folder with only its runtime dependencies, and its commands run', () => {
    const out = tempDir();
    // dist/ is built by npm test before any test runs; packing must not rebuild it under the other tests.
    const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' });
    const info = JSON.parse(packed)[0];
    const names: string[] = info.files.map((f: { path: string }) => f.path);
    assert.ok(
      names.includes('dist/cli.cjs') && names.includes('dist/vendor/prompts.cjs') && names.includes('templates/checklist.json') && names.includes('LICENSE'),
      names.join(),
    );
    assert.ok(!names.some((n) => n.startsWith('src/') || n.startsWith('test/')), 'no sources or tests');
    // The build's code caches (init, status, root help), never those that runs made nor temporary files.
    assert.deepEqual(
      names.filter((n) => /\.(cache|tmp)$/.test(n) && !/^dist\/cli\.cjs\.[^/]+\.(init|status|main)\.cache$/.test(n)),
      [],
    );
    assert.ok(
      names.some((n) => /^dist\/cli\.cjs\.[^/]+\.status\.cache$/.test(n)),
      'the build made one for status',
    );
    const app = tempDir();
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', join(out, info.filename)], {
      cwd: app,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, install.stderr);
    assert.deepEqual(
      readdirSync(join(app, 'node_modules'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
      ['lz-onboard'],
    );
    const mb = size(join(app, 'node_modules')) / 1024 / 1024;
    assert.ok(mb < 3, `installed size without code caches ${mb.toFixed(1)} MB`);
    // One V8's caches for init, status and the root help are some 1.2 MB (a real pack, built by prepack, has one set).
    const sets = new Set(names.filter((n) => n.endsWith('.cache')).map((n) => n.split('.').slice(2, -2).join('.')));
    const cacheMb = size(join(app, 'node_modules'), true) / 1024 / 1024;
    assert.ok(cacheMb < 1.5 * sets.size, `code caches ${cacheMb.toFixed(1)} MB for ${sets.size} V8 versions`);
    const bin = join(app, 'node_modules', '.bin', 'lz-onboard');
    const env = { ...process.env, LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' };
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: app, env, encoding: 'utf8' });
    assert.equal(run('--version').stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    assert.equal(
      run('init', '--kind', 'overheid', '--name', 'Gemeente Pakket', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf').status,
      0,
    );
    assert.match(run('status').stdout, /Gemeente Pakket/);
    assert.equal(run('step', 'done', '1.verbinding').status, 0);
    const ping = run(
      'spec',
      'ping',
      '--env',
      'preproductie',
      '--from',
      '00000001002220647000_A',
      '--to',
      '00000004003214345001',
      '--cpa-id',
      'cpa_1',
      '-o',
      '-',
    );
    assert.equal(ping.status, 0, ping.stderr);
    assert.match(ping.stdout, /<MessageMetadataDocument/);
    assert.match(run('completion', 'bash').stdout, /complete -F _lz_onboard lz-onboard/);
    assert.equal(run('oin', 'check', '00000001822477348000').status, 0);
    // Certificates (node-forge) and a CPA (the reader in the main bundle), from the package's own bundles.
    const pki = testPki(app);
    const leaf = pki.leaf();
    pki.write('leaf.pem', leaf.pem);
    const check = run('cert', 'check', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--oin', '00000001002220647000');
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const other = pki.leaf({ subject: pki.leafSubject('00000004003214345001', 'lz.logius.example.nl', 'Logius'), freshKey: true });
    writeFileSync(
      join(app, 'cpa.xml'),
      cpaXml({
        cpaId: 'cpa_1',
        ours: { partyId: '00000001002220647000', endpoint: 'https://lz.acc.gemeente.example.nl/ebms', clientDer: leaf.der, serverDer: leaf.der },
        other: { partyId: '00000004003214345001', endpoint: 'https://lz.logius.example.nl/ebms', certDer: other.der },
      }),
    );
    const cpa = run('cpa', 'check', 'cpa.xml', '--env', 'preproductie', '--json');
    assert.ok([0, 1].includes(cpa.status ?? -1), cpa.stderr);
    assert.equal(JSON.parse(cpa.stdout).cpa.cpaId, 'cpa_1');
  });
});
