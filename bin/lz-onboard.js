#!/usr/bin/env node
// Runs the built CLI (dist/cli.cjs, made by "npm run build"). CommonJS on purpose (see
// bin/package.json and scripts/build.mjs): an ES-module entry would cost every start Node's
// ES-module loader. Compiling the bundles is most of what lz-onboard adds to a Node start, so each
// is compiled once and the code kept: Node 22+ does that itself (module.enableCompileCache); on
// Node 20 V8's code cache is kept beside each bundle (dist/cli.cjs.cache, made by the build;
// dist/vendor/*.cjs.cache, made by the first run that loads one), made again when V8 refuses it,
// e.g. after a Node upgrade.
'use strict';
const nodeModule = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');

/** Node 20: compiles a bundle with its code cache, and keeps a new cache when there was none or V8 refused it. */
function loadWithCodeCache(m, filename) {
  const vm = require('node:vm');
  const cacheFile = `${filename}.cache`;
  const source = fs.readFileSync(filename, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(nodeModule.wrap(source), { filename, cachedData });
  const req = (id) => m.require(id);
  req.resolve = (request) => nodeModule._resolveFilename(request, m);
  script.runInThisContext().call(m.exports, m.exports, req, m, filename, path.dirname(filename));
  if (cachedData === undefined || script.cachedDataRejected) {
    // Kept after the run, so that the functions this command compiled are in the cache too.
    process.once('exit', () => {
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
  if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
  else {
    // lz-onboard's own bundles (dist/cli.cjs, dist/vendor/*.cjs) get a code cache; any other .cjs is loaded as Node would.
    const dist = path.join(__dirname, '..', 'dist') + path.sep;
    const plain = nodeModule._extensions['.js'];
    nodeModule._extensions['.cjs'] = (m, filename) => (filename.startsWith(dist) ? loadWithCodeCache(m, filename) : plain(m, filename));
  }
  cli = require(file);
} catch (e) {
  if (e && (e.code === 'MODULE_NOT_FOUND' || e.code === 'ENOENT') && String(e.message).includes('cli.cjs')) {
    process.stderr.write('lz-onboard: not built yet; run "npm run build" (or "npm install") first\n');
    process.exit(70);
  }
  throw e;
}
cli.main(process.argv);
