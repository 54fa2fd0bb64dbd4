// Bundles src/cli.ts into dist/ with esbuild: one start-up file plus lazily loaded chunks per
// command. Bundling removes module-resolution cost from every start (see the bench).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

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
  // CommonJS dependencies (node-forge) call require() for Node built-ins.
  banner: { js: "import { createRequire as __lzCreateRequire } from 'node:module'; const require = __lzCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
