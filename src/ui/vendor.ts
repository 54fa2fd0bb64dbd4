// The packages only some commands need, loaded on first use. In the build the large ones are
// CommonJS bundles of their own (dist/vendor/, see scripts/build.mjs), required without Node's
// ES-module loader; from the sources (tests through tsx) they are imported as they are.
import { createRequire } from 'node:module';

declare const __LZ_BUNDLED__: boolean | undefined;
const bundled = typeof __LZ_BUNDLED__ !== 'undefined' && __LZ_BUNDLED__;

function vendored<T>(file: string): T {
  return createRequire(import.meta.url)(file) as T;
}

/** chalk is small and in the bundle itself (initialised here, on first use). */
export async function loadChalk(): Promise<typeof import('chalk')> {
  return import('chalk');
}

export async function loadPrompts(): Promise<typeof import('@inquirer/prompts')> {
  return bundled ? vendored('./vendor/prompts.cjs') : import('@inquirer/prompts');
}

export async function loadListr(): Promise<typeof import('listr2')> {
  return bundled ? vendored('./vendor/listr2.cjs') : import('listr2');
}
