#!/usr/bin/env node
// Runs the built CLI (dist/cli.cjs, made by "npm run build"). CommonJS on purpose (see
// bin/package.json and scripts/build.mjs): an ES-module entry would cost every start Node's
// ES-module loader. Compiling the bundles is most of what lz-onboard adds to a Node start, so each
// is compiled once and V8's code cache kept beside it, per V8 version, and for the main bundle per
// command as well (dist/cli.cjs.<v8>.<command>.cache; dist/vendor/<name>.cjs.<v8>.cache): the build
// makes its Node's caches for init, status and the root help, the first run of any other command or
// Node makes its own where the folder is writable, and a cache V8 refuses or older than its bundle is
// made again. A cache is
// written as the process exits, so it holds every function that run compiled: per command, because
// a command starts fastest from a cache of what it runs (cert check 2.3 ms less CPU than from the
// status cache, status 3 ms less than from the root help's). Node 22+'s own module.enableCompileCache
// keeps only what was compiled before the code ran: status cost 4-5 ms more with it on Node 22 and 24.
// (All measured A/B in CPU time, 21-41 interleaved rounds.)
'use strict';
// The CommonJS loader's own Module class: requiring node:module would also load Node's ES-module
// loader and source-map support, which lz-onboard never uses (about 0.5 ms of every start).
const nodeModule = module.constructor;
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const file = path.join(dist, 'cli.cjs');

/** The top-level commands (src/cli/command-names.ts; a test keeps the two the same). */
const COMMANDS = [
  'init',
  'wizard',
  'status',
  'step',
  'apply',
  'history',
  'due',
  'renew',
  'test',
  'docs',
  'intermediary',
  'oin',
  'cert',
  'spec',
  'cpa',
  'verify',
  'completion',
];
/**
 * The command this run is for, which names the main bundle's cache: the first argument that is not a
 * global option or its value, as src/cli.ts's commandName finds it; 'main' for the root's help and
 * version or anything else.
 */
function commandOf(args) {
  const withValue = new Set(['-d', '--dossier', '--lang', '--by']);
  for (let i = 0; i < args.length; i++) {
    if (withValue.has(args[i])) i++;
    else if (!args[i].startsWith('-')) return COMMANDS.includes(args[i]) ? args[i] : 'main';
  }
  return 'main';
}
const command = commandOf(process.argv.slice(2));

/** Compiles a bundle with its code cache, and keeps a new cache when there was none or V8 refused it. */
function loadWithCodeCache(m, filename) {
  const vm = require('node:vm');
  const cacheFile = filename === file ? `${filename}.${process.versions.v8}.${command}.cache` : `${filename}.${process.versions.v8}.cache`;
  const source = fs.readFileSync(filename, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
    // V8 checks a cache against its source's length only: a bundle replaced since (another build of
    // the same length, a version number changed) would run the cached old code. Such a cache is made again.
    if (fs.statSync(filename).mtimeMs > fs.statSync(cacheFile).mtimeMs) cachedData = undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(nodeModule.wrap(source), { filename, cachedData });
  const req = (id) => m.require(id);
  req.resolve = (request) => nodeModule._resolveFilename(request, m);
  script.runInThisContext().call(m.exports, m.exports, req, m, filename, path.dirname(filename));
  if (cachedData === undefined || script.cachedDataRejected) {
    // Kept after the run, so that the functions this command compiled are in the cache too; only
    // after a run that did its work (exit 0, or 1 for findings): a usage error or a missing dossier
    // stops early, and its cache would lack most of what the command's next runs need.
    process.once('exit', (code) => {
      if (code > 1) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, script.createCachedData(), { flag: 'wx', mode: 0o644 });
        fs.renameSync(tmp, cacheFile);
      } catch {
        // A read-only installation: compile every time.
        fs.rmSync(tmp, { force: true });
      }
    });
  }
}

let cli;
try {
  // lz-onboard's own bundles (dist/cli.cjs, dist/vendor/*.cjs) get a code cache; any other .cjs is loaded as Node would.
  const prefix = dist + path.sep;
  const plain = nodeModule._extensions['.js'];
  nodeModule._extensions['.cjs'] = (m, filename) => (filename.startsWith(prefix) ? loadWithCodeCache(m, filename) : plain(m, filename));
  cli = require(file);
} catch (e) {
  if (e && (e.code === 'MODULE_NOT_FOUND' || e.code === 'ENOENT') && String(e.message).includes('cli.cjs')) {
    process.stderr.write('lz-onboard: not built yet; run "npm run build" first\n');
    process.exit(70);
  }
  throw e;
}
cli.main(process.argv);
