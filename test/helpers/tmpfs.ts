// A small real filesystem for the disk-full and read-only tests: a tmpfs, which only root can
// mount. Tests that need one are skipped elsewhere, with the reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const mounted: string[] = [];
process.on('exit', () => {
  for (const d of mounted) unmount(d);
});

/** A fresh tmpfs of `kb` kilobytes, or null when this process may not mount one. */
export function smallFilesystem(kb: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'lz-fs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=1777`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmdirSync(dir);
    return null;
  }
  mounted.push(dir);
  return dir;
}

export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
    rmdirSync(dir);
  } catch {
    /* already gone */
  }
  const i = mounted.indexOf(dir);
  if (i >= 0) mounted.splice(i, 1);
}

export const canMount = (() => {
  const d = smallFilesystem(16);
  if (!d) return false;
  unmount(d);
  return true;
})();
