// What a step needs before it can be done (recorded, unexpired certificates) and the commands we
// print for users to copy to provide it.
import type { Requirement, StepDef } from './checklist.ts';
import type { Dossier } from './dossier-types.ts';
import type { Environment } from './identifiers.ts';

/** The command that records a required certificate (`global` holds options such as --dossier). */
export function certAddCommand(r: Requirement, global = ''): string {
  return `lz-onboard${global} cert add <file> <chain...> --env ${r.certificate.env} --role ${r.certificate.role}`;
}

/** Requirements of a step that the dossier does not meet at `at` (a recorded, unexpired certificate). */
export function unmetRequirements(d: Dossier, step: StepDef, at: string): Requirement[] {
  return (step.requires ?? []).filter((r) => {
    const rec = d.certificates[r.certificate.env][r.certificate.role];
    return !rec || rec.notAfter <= at;
  });
}

/** The client and server certificates of an environment that are not recorded, or expired at `at`. */
export function unmetCertificates(d: Dossier, env: Environment, at: string): Requirement[] {
  return (['client', 'server'] as const)
    .map((role) => ({ certificate: { env, role } }))
    .filter((r) => {
      const rec = d.certificates[env][r.certificate.role];
      return !rec || rec.notAfter <= at;
    });
}

/** A shell-safe rendering of an argument, for the commands we print for users to copy. */
export function quoteArg(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
