// Drives a command in a real pseudo-terminal with tmux: type keys, read the screen.
import { execFileSync } from 'node:child_process';

export class Terminal {
  private readonly socket = `lz-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'lz';

  constructor(command: string, cwd: string, env: Record<string, string> = {}) {
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    // The tmux server inherits our environment (CI=true in CI): unset it so the tool sees a user.
    const inner = `cd '${cwd}' && env -u CI -u LZ_ONBOARD_DOSSIER ${exports} ${command}; echo "EXIT=$?"; sleep 600`;
    this.tmux('new-session', '-d', '-s', this.session, '-x', '110', '-y', '50', inner);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', this.session);
  }

  /** Wait until the screen, after `from` occurrences already seen, shows `text`. */
  async waitFor(text: string | RegExp, timeoutMs = 45_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 80));
    }
  }

  /** The visible pane only: what the user sees now, without scrollback. */
  visible(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', this.session);
  }

  /**
   * Wait until the prompt asking `text` is the one waiting for input: the last prompt line on the
   * visible screen ("? …" while asking, "✔ …" once answered) is "? …text…". Waiting for the label
   * alone races: the step text names the same labels before the prompt reads the terminal, and keys
   * sent then can be swallowed by the prompt before it.
   */
  async waitForPrompt(text: string, timeoutMs = 45_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = this.visible().split('\n');
      const last = lines.filter((l) => /^[?✔✖] /.test(l)).at(-1);
      if (last?.startsWith('? ') && last.includes(text)) return lines.join('\n');
      if (Date.now() > deadline) throw new Error(`timed out waiting for the prompt ${text}; screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 80));
    }
  }

  /** Answer the prompt asking `prompt` once it waits for input: type `text`, if any, then Enter. */
  async answer(prompt: string, text = ''): Promise<void> {
    await this.waitForPrompt(prompt);
    if (text) this.type(text);
    this.keys('Enter');
  }

  /** Press keys at the prompt asking `prompt` once it waits for input (e.g. 'Down', 'Enter' in a list). */
  async press(prompt: string, ...keys: string[]): Promise<void> {
    await this.waitForPrompt(prompt);
    this.keys(...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      /* already gone */
    }
  }
}
