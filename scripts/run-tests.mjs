// Runs every test/**/*.test.ts with node's test runner (TypeScript through tsx). LZ_TEST_NODE picks
// another Node binary (CI uses it for Node 24); the end-to-end tests spawn the CLI with that binary.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const filter = process.argv[2];
const files = find('test')
  .filter((f) => !filter || f.includes(filter))
  .sort();
const node = process.env.LZ_TEST_NODE || process.execPath;
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`node ${version}: ${files.length} test files`);
const r = spawnSync(node, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
