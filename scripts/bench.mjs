// npm run bench: start-up and throughput of lz-onboard as ratios against baselines measured in the
// same run (median wall time of interleaved runs). Targets come from the issues; the table says
// whether each is met. Ratios, not seconds, so that the figures mean the same on any machine.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BIN = join(ROOT, 'bin', 'lz-onboard.js');
const RUNS = Number(process.env.BENCH_RUNS || 21);
const node = process.execPath;
const env = { ...process.env, NO_COLOR: '1', LZ_ONBOARD_LANG: 'en' };
delete env.CI;

function time(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 3) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Runs every case RUNS times, interleaved so that drift hits all cases alike. */
function measure(cases, runs = RUNS) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const c of Object.values(cases)) time(...c); // warm the file cache
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(cases)) times[k].push(time(...c));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

// Fixtures: one dossier part-way through phase 2, and 1,000 / 10,000 copies with other names.
const dir = mkdtempSync(join(tmpdir(), 'lz-bench-'));
const one = join(dir, 'one');
mkdirSync(one);
const lz = (args, cwd) => spawnSync(node, [BIN, ...args], { cwd, env, encoding: 'utf8' });
lz(
  ['init', '--kind', 'overheid', '--name', 'Gemeente Bench', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf', '--zaaktype', 'a'],
  one,
);
for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling']) lz(['step', 'done', s], one);
lz(['step', 'done', '1.pkioverheid', '--value', 'domeinnamen=lz.example.nl'], one);
lz(['step', 'done', '2.aanvraagformulier', '--value', 'afzenderId=GM1', '--value', 'serviceId=s', '--value', 'contactEmail=a@b.nl'], one);
const template = readFileSync(join(one, 'lz-onboard.json'), 'utf8');

function portfolio(n) {
  const root = join(dir, `p${n}`);
  const files = [];
  for (let i = 0; i < n; i++) {
    const d = join(root, `org-${String(i).padStart(5, '0')}`);
    mkdirSync(d, { recursive: true });
    const f = join(d, 'lz-onboard.json');
    writeFileSync(f, template.replace('Gemeente Bench', `Gemeente ${i}`));
    files.push(f);
  }
  writeFileSync(join(dir, `list${n}.json`), JSON.stringify(files));
  return root;
}
const p1k = portfolio(1000);
const p10k = portfolio(10000);
const plain = join(dir, 'plain.mjs');
writeFileSync(
  plain,
  "import { readFileSync } from 'node:fs';\nfor (const f of JSON.parse(readFileSync(process.argv[2], 'utf8'))) JSON.parse(readFileSync(f, 'utf8'));\n",
);

const rows = [];
function row(name, value, baseline, target) {
  const ratio = value / baseline;
  rows.push({ name, ms: value, ratio, target, ok: ratio <= target });
}

const start = measure({
  bare: [node, ['-e', ''], one],
  help: [node, [BIN, '--help'], one],
  status: [node, [BIN, 'status'], one],
  statusJson: [node, [BIN, 'status', '--json'], one],
});
row('lz-onboard --help  vs  node -e ""', start.help, start.bare, 1.5);
row('lz-onboard status (1 dossier)  vs  node -e ""', start.status, start.bare, 1.5);
row('lz-onboard status --json (1 dossier)  vs  node -e ""', start.statusJson, start.bare, 1.5);

const bulk = measure(
  {
    plain1k: [node, [plain, join(dir, 'list1000.json')], dir],
    status1k: [node, [BIN, 'status', '--json', p1k], dir],
  },
  Math.max(5, Math.ceil(RUNS / 2)),
);
row('status --json 1,000 dossiers  vs  read+parse 1,000 files', bulk.status1k, bulk.plain1k, 3);
const big = measure({ status1k: [node, [BIN, 'status', '--json', p1k], dir], status10k: [node, [BIN, 'status', '--json', p10k], dir] }, 5);
row('status --json 10,000 dossiers  vs  1,000 dossiers', big.status10k, big.status1k, 12);

// Certificates: a test PKI from the test helpers (generated keys, thrown away afterwards).
const pkiDir = join(dir, 'pki');
const made = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'make-test-pki.ts'), pkiDir, '--cpa'], { cwd: ROOT, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`make-test-pki failed: ${made.stderr}`);
const certDir = join(dir, 'certs');
mkdirSync(certDir);
const certFiles = [];
for (let i = 0; i < 1000; i++) {
  const f = join(certDir, `c${String(i).padStart(4, '0')}.pem`);
  cpSync(join(pkiDir, 'leaf.pem'), f);
  certFiles.push(f);
}
writeFileSync(join(dir, 'certs.json'), JSON.stringify(certFiles));
const plainCerts = join(dir, 'plain-certs.mjs');
writeFileSync(
  plainCerts,
  "import { readFileSync } from 'node:fs';\nimport { X509Certificate } from 'node:crypto';\nfor (const f of JSON.parse(readFileSync(process.argv[2], 'utf8'))) new X509Certificate(readFileSync(f));\n",
);
const certCheck = [
  'cert',
  'check',
  join(pkiDir, 'leaf.pem'),
  join(pkiDir, 'chain.pem'),
  '--roots',
  join(pkiDir, 'root.pem'),
  '--env',
  'preproductie',
  '--role',
  'server',
  '--endpoint',
  'https://lz.gemeente.example.nl/',
  '--oin',
  '00000001002220647000',
];
const certs = measure({
  bare: [node, ['-e', ''], one],
  check: [node, [BIN, ...certCheck], one],
  checkJson: [node, [BIN, ...certCheck, '--json'], one],
});
row('cert check leaf + chain  vs  node -e ""', certs.check, certs.bare, 2.5);
row('cert check --json leaf + chain  vs  node -e ""', certs.checkJson, certs.bare, 2.5);
const inspect = measure(
  {
    plain: [node, [plainCerts, join(dir, 'certs.json')], dir],
    inspect: [node, [BIN, 'cert', 'inspect', '--json', ...certFiles], dir],
  },
  Math.max(5, Math.ceil(RUNS / 2)),
);
row('cert inspect --json 1,000 files  vs  node:crypto loading them', inspect.inspect, inspect.plain, 2);

// Artefacts: a dossier with recorded certificates, then spec consumer and cpa check.
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
      'https://lz.acc.gemeente.example.nl/ebms',
    ],
    art,
  );
  if (r.status !== 0) throw new Error(`cert add failed: ${r.stdout}${r.stderr}`);
}
const consumer = ['spec', 'consumer', '--env', 'preproductie', '--endpoint', 'https://lz.acc.gemeente.example.nl/ebms', '-o', '-'];
const cpaArgs = (f) => ['cpa', 'check', join(pkiDir, f), '--env', 'preproductie', '--endpoint', 'https://lz.acc.gemeente.example.nl/ebms', '--json'];
const arts = measure({
  bare: [node, ['-e', ''], art],
  consumer: [node, [BIN, ...consumer], art],
  cpa: [node, [BIN, ...cpaArgs('cpa.xml')], art],
  cpa1mb: [node, [BIN, ...cpaArgs('cpa-1mb.xml')], art],
});
row('spec consumer (with its certificate checks)  vs  node -e ""', arts.consumer, arts.bare, 3);
row('cpa check, CPA of typical size  vs  node -e ""', arts.cpa, arts.bare, 2.5);
row('cpa check, 1 MB CPA  vs  node -e ""', arts.cpa1mb, arts.bare, 4);
// status of a dossier that records certificates, a Consumerspecificatie and a CPA (it compares
// them with the files on disk).
lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', 'https://lz.acc.gemeente.example.nl/ebms'], art);
lz(cpaArgs('cpa.xml'), art);
const full = measure({ bare: [node, ['-e', ''], art], status: [node, [BIN, 'status'], art] });
row('status (1 dossier with certificates and artefacts)  vs  node -e ""', full.status, full.bare, 1.5);

rmSync(dir, { recursive: true, force: true });

console.log(`lz-onboard bench: node ${process.version}, median of interleaved runs (${RUNS} for start-up)\n`);
console.log(`${'case'.padEnd(62)} ${'median'.padStart(9)} ${'ratio'.padStart(7)} ${'target'.padStart(7)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(62)} ${`${r.ms.toFixed(1)} ms`.padStart(9)} ${`${r.ratio.toFixed(2)}x`.padStart(7)} ${`≤${r.target}x`.padStart(7)}  ${r.ok ? 'ok' : 'MISSED'}`,
  );
}
console.log(`\nbaseline: node -e "" ${start.bare.toFixed(1)} ms`);
