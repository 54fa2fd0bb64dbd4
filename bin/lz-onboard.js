#!/usr/bin/env node
// Runs the built CLI (dist/, made by "npm run build").
import module from 'node:module';

module.enableCompileCache?.();
try {
  const { main } = await import('../dist/cli.js');
  await main(process.argv);
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    process.stderr.write('lz-onboard: not built yet; run "npm run build" (or "npm install") first\n');
    process.exit(70);
  }
  throw e;
}
