// Bundles src/cli.ts into one CommonJS file, dist/cli.cjs, started by the CommonJS bin.
// The source is ES modules; the bundle is CommonJS because Node 20's ES-module loader costs
// every start 15-20 ms (its own modules, fs/promises, per-module compile and link), which is most
// of the start-up budget of status (npm run bench: status went from 1.45x to 1.26x of bare node).
// Dependencies that only some commands need stay outside the bundle and load when used: the
// ESM-only ones (@inquirer/prompts, listr2, chalk) through import(), the CommonJS ones
// (node-forge, saxes, and xmlbuilder2 from its own bundle) through require() inside lazily
// initialised modules.
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
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  stdin: { contents: "module.exports = require('xmlbuilder2');", resolveDir: '.', loader: 'js' },
  outfile: 'dist/vendor/xmlbuilder2.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  external: ['@inquirer/prompts', 'listr2', 'chalk', 'node-forge', 'saxes'],
  plugins: [lazyChildProcess, vendoredXmlbuilder2],
  // import.meta.url (used to find templates/ and for createRequire) in CommonJS terms.
  // The version comes from package.json, never typed by hand.
  define: { 'import.meta.url': '__lzModuleUrl', __LZ_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "const __lzModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller files parse faster at every start; identifiers stay readable for LZ_DEBUG stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
