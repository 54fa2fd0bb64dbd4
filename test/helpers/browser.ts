// A page in Debian's headless Chromium (playwright-core drives it; no browser is downloaded), A4
// wide, collecting what a clean self-contained page must not have: console errors or warnings,
// page errors and requests for anything but the file itself. Screenshots go to test-output/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './cli.ts';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const TEST_OUTPUT = join(ROOT, 'test-output');

/** Runs `use` with a fresh A4-wide page (794 px at 96 dpi) and the problems it met so far. */
export async function withPage(use: (page: Page, problems: string[]) => Promise<void>): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await use(page, problems);
  } finally {
    await browser.close();
  }
}

/** How much wider than the viewport the page is (0 when it fits). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The number of pages of a PDF. */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
