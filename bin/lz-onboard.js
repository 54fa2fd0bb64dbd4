#!/usr/bin/env node
// Runs the built CLI (dist/cli.cjs, made by "npm run build"). CommonJS on purpose (see
// bin/package.json and scripts/build.mjs): an ES-module entry would cost every start Node's
// ES-module loader.
'use strict';
const nodeModule = require('node:module');

if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('cli.cjs')) {
    process.stderr.write('lz-onboard: not built yet; run "npm run build" (or "npm install") first\n');
    process.exit(70);
  }
  throw e;
}
cli.main(process.argv);
