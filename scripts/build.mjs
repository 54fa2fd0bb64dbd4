// Bundles src/cli.ts into one CommonJS file, dist/cli.cjs, started by the CommonJS bin.
// The source is ES modules; the bundle is CommonJS because Node 20's ES-module loader costs
// every start 15-20 ms (its own modules, fs/promises, per-module compile and link), which is most
// of the start-up budget of status (npm run bench: status went from 1.45x to 1.26x of bare node).
// Dependencies that only some commands need stay outside the bundle and load when used: the
// ESM-only ones (@inquirer/prompts, listr2) from bundles of their own in dist/vendor/, the CommonJS
// ones (node-forge, and xmlbuilder2 from its own bundle) through require() inside lazily
// initialised modules. chalk (10 KB) is inside the bundle, initialised when colour is on.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * commander loads node:child_process (about 10 ms, measured with --cpu-prof on Node 20) only to
 * run executable subcommands, which lz-onboard has none of: it gets a proxy that loads the
 * module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_t, k) => (m ??= require('node:${args.path}'))[k] });`,
      loader: 'js',
    }));
  },
};

/**
 * xmlbuilder2 is some forty modules across five packages; resolving and loading them one by one
 * made spec consumer a third slower. It gets a bundle of its own, dist/vendor/xmlbuilder2.cjs,
 * loaded only by the commands that write XML.
 */
const vendoredXmlbuilder2 = {
  name: 'vendored-xmlbuilder2',
  setup(b) {
    b.onResolve({ filter: /^xmlbuilder2$/ }, () => ({ path: './vendor/xmlbuilder2.cjs', external: true }));
    // node-forge's parts share one forge object: one bundle holds them (see FORGE_ENTRY).
    b.onResolve({ filter: /^node-forge\/lib\/(asn1|forge)\.js$/ }, (args) => ({ path: args.path.slice(15, -3), namespace: 'lz-forge' }));
    b.onLoad({ filter: /.*/, namespace: 'lz-forge' }, (args) => ({ contents: `module.exports = require('./vendor/forge.cjs').${args.path};`, loader: 'js' }));
    // src/ui/vendor.ts names the vendored bundles by these paths; they stay outside the main bundle.
    b.onResolve({ filter: /^\.\/vendor\/[a-z0-9]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The sources call createRequire(import.meta.url) (node:module) to require lazily, which in the
 * CommonJS bundle is the bundle's own require: node:module would also load Node's ES-module loader
 * and source-map support at start-up (about 0.5 ms), for nothing.
 */
const ownRequire = {
  name: 'own-require',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, (args) => (args.importer.includes('/src/') ? { path: 'module', namespace: 'lz-own-require' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lz-own-require' }, () => ({ contents: 'exports.createRequire = () => require;', loader: 'js' }));
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * Each package that only some commands need gets a CommonJS bundle of its own in dist/vendor/,
 * required when first used. chalk, @inquirer/prompts and listr2 are ES modules only: loading them
 * with import() would start Node's ES-module loader (some 20 ms on Node 20, measured for chalk);
 * as CommonJS bundles they load with require, and the CLI has no import() left at all.
 */
const VENDORED = { xmlbuilder2: 'xmlbuilder2', '@inquirer/prompts': 'prompts', listr2: 'listr2' };
/**
 * node-forge's ASN.1 layer and util for every certificate, and its PBE ciphers (older PKCS#12
 * stores) registered on the same forge object only when asked (src/domain/cert/forge.ts).
 */
const FORGE_ENTRY =
  "module.exports = { asn1: require('node-forge/lib/asn1.js'), forge: require('node-forge/lib/forge.js'), loadPbe() { require('node-forge/lib/pbe.js'); } };";
/**
 * chalk decides colour support by loading node:tty (and with it node:net, some 10 ms); lz-onboard
 * decides colour itself (ui/context.ts) and makes its own Chalk with a level, so that detection is
 * left out of the bundle.
 */
const noColourDetection = {
  name: 'no-colour-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'lz-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'lz-stub' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/**
 * xmlbuilder2 reads YAML with js-yaml (a fifth of its bundle, set up at load); lz-onboard only
 * writes XML, so the bundle gets a stand-in that says so if it is ever used.
 */
const noYaml = {
  name: 'no-yaml',
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'lz-no-yaml' }));
    b.onLoad({ filter: /.*/, namespace: 'lz-no-yaml' }, () => ({
      contents: "module.exports = new Proxy({}, { get() { throw new Error('lz-onboard does not read YAML'); } });",
      loader: 'js',
    }));
  },
};

const vendorEntries = [...Object.entries(VENDORED).map(([pkgName, file]) => [`module.exports = require('${pkgName}');`, file]), [FORGE_ENTRY, 'forge']];
for (const [contents, file] of vendorEntries) {
  await build({
    stdin: { contents, resolveDir: '.', loader: 'js' },
    outfile: `dist/vendor/${file}.cjs`,
    plugins: file === 'xmlbuilder2' ? [noYaml] : [],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.17',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  // The ES-module packages appear only in vendor.ts's unbundled branch, which the build never runs.
  // chalk is in the bundle, initialised on first use, so that its code is in the code cache too:
  // colour then costs what chalk's own set-up costs, not a module resolution and a compile.
  external: ['node-forge', '@inquirer/prompts', 'listr2'],
  plugins: [lazyChildProcess, vendoredXmlbuilder2, noColourDetection, ownRequire],
  // import.meta.url (used to find templates/ and for createRequire) in CommonJS terms.
  // The version comes from package.json, never typed by hand.
  define: { 'import.meta.url': '__lzModuleUrl', __LZ_VERSION__: JSON.stringify(pkg.version), __LZ_BUNDLED__: 'true' },
  banner: { js: "const __lzModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller files parse faster at every start; identifiers stay readable for LZ_DEBUG stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// The bin keeps V8's code cache beside the bundle, per V8 version and command (see
// bin/lz-onboard.js); make this Node's now for init, status and the root help, so that an
// installation that cannot write dist/ has them for the commands that most need a quick start.
{
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'lz-build-'));
  const bin = new URL('../bin/lz-onboard.js', import.meta.url).pathname;
  // With colour, so that chalk's set-up is compiled into the caches as well.
  const env = { PATH: process.env.PATH, HOME: dir, LZ_ONBOARD_LANG: 'en', FORCE_COLOR: '1' };
  for (const args of [['init', '--kind', 'overheid', '--name', 'Build', '--oin', '00000001002220647000'], ['status'], ['--help']])
    spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
