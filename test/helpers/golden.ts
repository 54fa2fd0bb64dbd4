// Golden files in test/golden/: the expected output, compared byte for byte. UPDATE_GOLDEN=1
// writes them instead (then read the diff before committing).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.ts';

export function golden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from test/golden (UPDATE_GOLDEN=1 rewrites it)`);
}
