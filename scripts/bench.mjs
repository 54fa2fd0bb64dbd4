// npm run bench [-- --large]: lz-onboard's start-up and throughput as ratios against baselines
// measured in the same run, on whichever node is first on PATH.
//
// How: every child runs in a minimal, stated environment (nothing inherited that changes Node's
// start-up, such as NODE_EXTRA_CA_CERTS or NODE_OPTIONS); each sample is the child's CPU time
// (user + sys of all its threads, to the microsecond, reported by the child) and its wall time; case and baseline
// alternate A B B A over the rounds, so drift hits both alike; the ratio of each round is taken and
// the median ratio printed with its p25-p75 spread. Baselines are CommonJS scripts, loaded the way
// the CLI's bundle is. --large adds 100,000 dossiers, with the peak memory (GNU time).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BIN = join(ROOT, 'bin', 'lz-onboard.js');
const ROUNDS = Math.max(15, Number(process.env.BENCH_ROUNDS || 21));
const LARGE = process.argv.includes('--large');
const node = process.execPath;
// The whole environment of every child: no NODE_EXTRA_CA_CERTS, NODE_OPTIONS, CI or colour settings.
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' };
const COLOUR_ENV = { PATH: ENV.PATH, HOME: ENV.HOME, LANG: ENV.LANG, LZ_ONBOARD_LANG: 'en', FORCE_COLOR: '1' };

// Every child reports its own CPU time (process.cpuUsage(): user + sys of all its threads, in
// microseconds) on fd 3 as it exits. bash's `times` and GNU time count in 10 ms clock ticks, too
// coarse for a 45 ms start. The preload costs baseline and case alike (well under 1 ms).
const REPORT = join(mkdtempSync(join(tmpdir(), 'lz-bench-report-')), 'cpu-report.cjs');
writeFileSync(
  REPORT,
  "'use strict';\nprocess.on('exit', () => { const u = process.cpuUsage(); try { require('node:fs').writeSync(3, String(u.user + u.system)); } catch {} });\n",
);

/** One run: CPU ms (user + sys of the child) and wall ms. */
function sample([args, cwd, env = ENV]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, ['-r', REPORT, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1 && r.status !== 3) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return { cpu: Number(r.output[3]) / 1000, wall };
}

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/** Case B against baseline A, interleaved A B B A; per-round ratios of CPU time. */
function compare(a, b, rounds = ROUNDS) {
  sample(a);
  sample(b); // warm the file cache
  const ra = [];
  const rb = [];
  for (let i = 0; i < rounds; i++) {
    const [x, y] = i % 2 ? [b, a] : [a, b];
    const sx = sample(x);
    const sy = sample(y);
    (x === a ? ra : rb).push(sx);
    (y === a ? ra : rb).push(sy);
  }
  const ratios = ra.map((s, i) => rb[i].cpu / s.cpu);
  return {
    ratio: quantile(ratios, 0.5),
    p25: quantile(ratios, 0.25),
    p75: quantile(ratios, 0.75),
    aCpu: quantile(
      ra.map((s) => s.cpu),
      0.5,
    ),
    bCpu: quantile(
      rb.map((s) => s.cpu),
      0.5,
    ),
    bWall: quantile(
      rb.map((s) => s.wall),
      0.5,
    ),
  };
}

const rows = [];
function row(name, r, target, kind = 'ratio') {
  const value = kind === 'ratio' ? r.ratio : r.bCpu - r.aCpu;
  rows.push({ name, r, target, kind, ok: value <= target });
}

// Fixtures ---------------------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'lz-bench-'));
const lz = (args, cwd) => spawnSync(node, [BIN, ...args], { cwd, env: ENV, encoding: 'utf8' });
const one = join(dir, 'one');
mkdirSync(one);
lz(
  ['init', '--kind', 'overheid', '--name', 'Gemeente Bench', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf', '--zaaktype', 'a'],
  one,
);
for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling']) lz(['step', 'done', s], one);
lz(['step', 'done', '2.aanvraagformulier', '--value', 'afzenderId=GM1', '--value', 'serviceId=s', '--value', 'contactEmail=a@b.nl'], one);
const template = readFileSync(join(one, 'lz-onboard.json'), 'utf8');

function portfolio(n) {
  const root = join(dir, `p${n}`);
  const files = [];
  for (let i = 0; i < n; i++) {
    const d = join(root, `org-${String(i).padStart(6, '0')}`);
    mkdirSync(d, { recursive: true });
    const f = join(d, 'lz-onboard.json');
    writeFileSync(f, template.replace('Gemeente Bench', `Gemeente ${i}`));
    files.push(f);
  }
  writeFileSync(join(dir, `list${n}.json`), JSON.stringify(files));
  return root;
}
const baseline = (name, body) => {
  const f = join(dir, name);
  writeFileSync(f, `'use strict';\n${body}\n`);
  return f;
};
const empty = baseline('empty.cjs', '');
const readParse = baseline(
  'read-parse.cjs',
  "const { readFileSync } = require('node:fs');\nfor (const f of JSON.parse(readFileSync(process.argv[2], 'utf8'))) JSON.parse(readFileSync(f, 'utf8'));",
);
const x509One = baseline(
  'x509-one.cjs',
  "const { readFileSync } = require('node:fs');\nconst { X509Certificate } = require('node:crypto');\nnew X509Certificate(readFileSync(process.argv[2]));",
);
const x509Many = baseline(
  'x509-many.cjs',
  "const { readFileSync } = require('node:fs');\nconst { X509Certificate } = require('node:crypto');\nfor (const f of JSON.parse(readFileSync(process.argv[2], 'utf8'))) new X509Certificate(readFileSync(f));",
);

const pkiDir = join(dir, 'pki');
const made = spawnSync(node, ['--import', 'tsx', join(ROOT, 'scripts', 'make-test-pki.ts'), pkiDir, '--cpa'], { cwd: ROOT, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`make-test-pki failed: ${made.stderr}`);
const certFiles = [];
mkdirSync(join(dir, 'certs'));
for (let i = 0; i < 1000; i++) {
  const f = join(dir, 'certs', `c${String(i).padStart(4, '0')}.pem`);
  cpSync(join(pkiDir, 'leaf.pem'), f);
  certFiles.push(f);
}
writeFileSync(join(dir, 'certs.json'), JSON.stringify(certFiles));

const ENDPOINT = 'https://lz.acc.gemeente.example.nl/ebms';
const art = join(dir, 'artefacts');
mkdirSync(art);
lz(['init', '--kind', 'overheid', '--name', 'Gemeente Bench', '--oin', '00000001002220647000'], art);
for (const role of ['client', 'server']) {
  const r = lz(
    [
      'cert',
      'add',
      join(pkiDir, 'leaf.pem'),
      join(pkiDir, 'chain.pem'),
      '--roots',
      join(pkiDir, 'root.pem'),
      '--env',
      'preproductie',
      '--role',
      role,
      '--endpoint',
      ENDPOINT,
    ],
    art,
  );
  if (r.status !== 0) throw new Error(`cert add failed: ${r.stdout}${r.stderr}`);
}

// Cases -------------------------------------------------------------------------------------------
const bare = [[empty], one];
row('--help  vs  node empty.cjs', compare(bare, [[BIN, '--help'], one]), 1.3);
row('status, one dossier  vs  node empty.cjs', compare(bare, [[BIN, 'status'], one]), 1.3);
row('status with colour forced  vs  without (ms CPU)', compare([[BIN, 'status'], one], [[BIN, 'status'], one, COLOUR_ENV]), 2, 'ms');
const leaf = join(pkiDir, 'leaf.pem');
row('cert check leaf  vs  node:crypto reading it', compare([[x509One, leaf], one], [[BIN, 'cert', 'check', leaf, '--oin', '00000001002220647000'], one]), 1.5);
const chainArgs = [
  'cert',
  'check',
  leaf,
  join(pkiDir, 'chain.pem'),
  '--roots',
  join(pkiDir, 'root.pem'),
  '--env',
  'preproductie',
  '--role',
  'server',
  '--endpoint',
  ENDPOINT,
  '--oin',
  '00000001002220647000',
];
row('cert check leaf + chain + roots  vs  node:crypto reading the leaf', compare([[x509One, leaf], one], [[BIN, ...chainArgs], one]), 1.5);
row(
  'cert inspect 1,000 files  vs  node:crypto reading them',
  compare([[x509Many, join(dir, 'certs.json')], dir], [[BIN, 'cert', 'inspect', '--json', ...certFiles], dir], 15),
  1.5,
);
const p1k = portfolio(1000);
row(
  'status --json 1,000 dossiers  vs  read + JSON.parse of them',
  compare([[readParse, join(dir, 'list1000.json')], dir], [[BIN, 'status', '--json', p1k], dir], 15),
  2.5,
);
row(
  'due --json 1,000 dossiers  vs  read + JSON.parse of them',
  compare([[readParse, join(dir, 'list1000.json')], dir], [[BIN, 'due', '--json', p1k], dir], 15),
  2.5,
);
const p10k = portfolio(10000);
row(
  'status --json 10,000 dossiers  vs  read + JSON.parse of them',
  compare([[readParse, join(dir, 'list10000.json')], dir], [[BIN, 'status', '--json', p10k], dir], 15),
  2.5,
);
const artBare = [[empty], art];
row(
  'spec consumer (-o -, with its checks)  vs  node empty.cjs',
  compare(artBare, [[BIN, 'spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT, '-o', '-'], art]),
  2.5,
);
const cpa = (f) => [[BIN, 'cpa', 'check', join(pkiDir, f), '--env', 'preproductie', '--endpoint', ENDPOINT, '--json'], art];
row('cpa check, 50 KB CPA  vs  node empty.cjs', compare(artBare, cpa('cpa-50kb.xml')), 2.5);
row('cpa check, 1 MB CPA  vs  node empty.cjs', compare(artBare, cpa('cpa-1mb.xml')), 3.5);
lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT], art);
lz(['cpa', 'check', join(pkiDir, 'cpa.xml'), '--env', 'preproductie', '--endpoint', ENDPOINT], art);
row(
  'verify (recorded certificates, Consumerspecificatie, CPA)  vs  node empty.cjs',
  compare(artBare, [[BIN, 'verify', '--no-record', '--roots', join(pkiDir, 'root.pem')], art]),
  Number.POSITIVE_INFINITY,
);

let large = '';
if (LARGE) {
  const p100k = portfolio(100000);
  const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', node, BIN, 'status', '--json', p100k], {
    cwd: dir,
    env: ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const [kb, secs] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  large = `status --json 100,000 dossiers: ${(kb / 1024).toFixed(0)} MB max RSS (target ≤ 150 MB), ${secs.toFixed(1)} s wall`;
}
rmSync(dir, { recursive: true, force: true });
rmSync(dirname(REPORT), { recursive: true, force: true });

// Report ----------------------------------------------------------------------------------------
console.log(`lz-onboard bench on node ${process.version} (${process.execPath})`);
console.log(
  `children's environment: ${Object.entries(ENV)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')} (colour case: FORCE_COLOR=1 instead of NO_COLOR)`,
);
console.log(`CPU time (user+sys) per run, case and baseline interleaved A B B A, ${ROUNDS} rounds (15 for the 1,000-file cases)\n`);
console.log(`${'case'.padEnd(66)} ${'median'.padStart(8)} ${'p25-p75'.padStart(12)} ${'cpu ms'.padStart(7)} ${'wall ms'.padStart(8)} ${'target'.padStart(8)}`);
for (const { name, r, target, kind, ok } of rows) {
  const value = kind === 'ratio' ? `${r.ratio.toFixed(2)}x` : `+${(r.bCpu - r.aCpu).toFixed(1)}`;
  const spread = kind === 'ratio' ? `${r.p25.toFixed(2)}-${r.p75.toFixed(2)}` : '';
  const goal = Number.isFinite(target) ? (kind === 'ratio' ? `≤${target}x` : `≤+${target}`) : '-';
  console.log(
    `${name.padEnd(66)} ${value.padStart(8)} ${spread.padStart(12)} ${r.bCpu.toFixed(0).padStart(7)} ${r.bWall.toFixed(0).padStart(8)} ${goal.padStart(8)}  ${Number.isFinite(target) ? (ok ? 'ok' : 'MISSED') : ''}`,
  );
}
if (large) console.log(`\n${large}`);
if (!existsSync('/usr/bin/time') && LARGE) console.log('(--large needs GNU time at /usr/bin/time for the memory figure)');
