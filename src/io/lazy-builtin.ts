// Node's own modules that only some paths need, loaded when such a path runs: an import would load
// them at every start (node:net alone brings streams and TCP bindings, some 3 ms of CPU on Node 20).
import { createRequire } from 'node:module';

interface Builtins {
  'node:crypto': typeof import('node:crypto');
  'node:net': typeof import('node:net');
  'node:os': typeof import('node:os');
  'node:tty': typeof import('node:tty');
  'node:v8': typeof import('node:v8');
}

let req: NodeJS.Require | undefined;

export function lazyBuiltin<K extends keyof Builtins>(id: K): Builtins[K] {
  req ??= createRequire(import.meta.url);
  return req(id) as Builtins[K];
}
