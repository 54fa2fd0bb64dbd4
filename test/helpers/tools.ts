// Whether a command-line tool some tests drive (tmux, openssl) is installed; .ci/run installs both.
import { execFileSync } from 'node:child_process';

export function hasTool(name: 'tmux' | 'openssl'): boolean {
  try {
    execFileSync(name, [name === 'tmux' ? '-V' : 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
