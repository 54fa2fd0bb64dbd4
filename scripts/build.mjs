// Bundles src/cli.ts into dist/ with esbuild: one start-up file plus lazily loaded chunks per
// command. Bundling removes module-resolution cost from every start (see npm run bench).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

/**
 * Start-up trims for two dependencies, measured with --cpu-prof on Node 20:
 * - commander loads node:child_process (about 10 ms) only to run executable subcommands, which
 *   lz-onboard has none of: it gets a proxy that loads the module on first use instead.
 * - chalk detects colour support through supports-color, which loads node:tty and with it node:net
 *   (about 8 ms); lz-onboard decides colour itself (ui/context.ts) and gives chalk an explicit
 *   level, so the detection is replaced by "no support detected".
 */
const startupTrims = {
  name: 'startup-trims',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_t, k) => (m ??= require('node:${args.path}'))[k] });`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('node_modules/chalk/') ? { path: 'supports-color', namespace: 'no-colour-detection' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-colour-detection' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [startupTrims],
  // CommonJS dependencies (node-forge, the proxy above) call require() for Node built-ins.
  banner: { js: "import { createRequire as __lzCreateRequire } from 'node:module'; const require = __lzCreateRequire(import.meta.url);" },
  // Smaller files parse faster at every start; identifiers stay readable for LZ_DEBUG stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
