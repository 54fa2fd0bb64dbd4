// The wizard's certificate step: ask for the files first, then run the checks as a listr2 task
// list (never prompts while it renders), then show the findings. Valid certificates are recorded
// as `cert add` would record them.
import { loadListr } from '../ui/vendor.ts';
import type { Requirement } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import type { Finding } from '../domain/findings.ts';
import { splitList } from '../domain/validators.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { t, dyn } from '../ui/messages.ts';
import { askInput } from '../ui/prompts.ts';
import { renderFindings } from '../ui/render-findings.ts';
import { certRecord, judge, saveCertRecord, type Judged } from '../app/check-certificate.ts';
import { loadCertFile } from '../app/cert-files.ts';
import { fromDossier } from '../app/artefact-files.ts';
import type { Environment } from '../domain/identifiers.ts';

interface Plan {
  req: Requirement;
  files: string[];
  roots: string[];
  judged?: Judged;
  problem?: string;
}

const P12_PASSWORD = 'LZ_ONBOARD_P12_PASSWORD';

/** null when the file reads; 'password' for a PKCS#12 store that wants one; else the problem. */
function fileProblem(ctx: Context, file: string): string | null {
  try {
    loadCertFile(ctx, file.trim());
    return null;
  } catch (e) {
    if (e instanceof CliError && e.params['cause']?.startsWith('p12.password')) return 'password';
    return e instanceof CliError ? t(ctx.lang, dyn(e.code), e.params) : String(e);
  }
}

function fileCheck(ctx: Context) {
  return (v: string) => {
    const p = fileProblem(ctx, v);
    return p === 'password' ? null : p;
  };
}

/** A PKCS#12 store's password, asked and kept in this process only (as LZ_ONBOARD_P12_PASSWORD). */
async function unlock(ctx: Context, file: string): Promise<void> {
  if (fileProblem(ctx, file) !== 'password') return;
  const { askPassword } = await import('../ui/prompts.ts');
  await askPassword(t(ctx.lang, 'wizard.ask.p12-password', { file }), (v) => {
    ctx.env[P12_PASSWORD] = v;
    return fileProblem(ctx, file) === 'password' ? t(ctx.lang, 'wizard.p12-password-wrong') : null;
  });
}

/** Asks the password of any recorded PKCS#12 store of this environment (once per process). */
export async function unlockRecorded(ctx: Context, d: Dossier, env: Environment): Promise<void> {
  for (const role of ['client', 'server'] as const) {
    const rec = d.certificates[env][role];
    if (rec) await unlock(ctx, fromDossier(ctx, rec.path));
  }
}

// Answers of an earlier attempt, offered again as defaults when the user corrects one file.
const earlier = new Map<string, Plan>();

/** Returns true when every required certificate is recorded afterwards. */
export async function collectCertificates(ctx: Context, d: Dossier, unmet: Requirement[]): Promise<boolean> {
  const L = ctx.lang;
  const plans: Plan[] = [];
  let previous: Plan | undefined;
  for (const req of unmet) {
    const { env, role } = req.certificate;
    // Default to this certificate's earlier answer, else to the one just given (PKIoverheid
    // services certificates often serve as client and server).
    previous = earlier.get(`${env}/${role}`) ?? previous;
    const leaf = await askInput({
      message: t(L, 'wizard.ask.cert-file', { env, role }),
      default: previous?.files[0],
      required: true,
      validate: fileCheck(ctx),
    });
    await unlock(ctx, leaf);
    const chain = splitList(await askInput({ message: t(L, 'wizard.ask.cert-chain'), default: previous?.files.slice(1).join(',') || undefined }));
    // Production chains end at a pinned Staat der Nederlanden root: no test root to give.
    const roots =
      env === 'productie' ? [] : splitList(await askInput({ message: t(L, 'wizard.ask.cert-roots'), default: previous?.roots.join(',') || undefined }));
    previous = { req, files: [leaf.trim(), ...chain], roots };
    earlier.set(`${env}/${role}`, previous);
    plans.push(previous);
  }
  const { Listr } = await loadListr();
  const tasks = new Listr(
    plans.map((p) => ({
      title: t(L, 'wizard.task.check', { env: p.req.certificate.env, role: p.req.certificate.role }),
      task: async (_: unknown, task: { title: string }) => {
        try {
          p.judged = judge(ctx, p.files, { env: p.req.certificate.env, role: p.req.certificate.role, roots: p.roots }, d);
        } catch (e) {
          p.problem = e instanceof CliError ? t(L, dyn(e.code), e.params) : String(e);
          throw new Error(`${task.title}: ${p.problem}`);
        }
        const errors = p.judged.result.findings.filter((f) => f.severity === 'error').length;
        if (errors) throw new Error(`${task.title}: ${t(L, 'wizard.task.errors', { count: String(errors) })}`);
        task.title = `${task.title}: ${p.judged.result.chain.anchor.name}`;
        await saveCertRecord(ctx, p.req.certificate.env, p.req.certificate.role, certRecord(ctx, p.files, p.roots, p.judged));
      },
    })),
    { concurrent: false, exitOnError: false, renderer: ctx.color ? 'default' : 'simple', rendererOptions: {} },
  );
  try {
    await tasks.run();
  } catch {
    /* failures are reported per task below */
  }
  let ok = true;
  for (const p of plans) {
    const findings: Finding[] = p.judged ? [...p.judged.fileWarnings, ...p.judged.result.findings] : [];
    ctx.stderr.write(`\n${p.req.certificate.env} ${p.req.certificate.role}: ${p.files[0]}\n`);
    if (p.problem) ctx.stderr.write(`  ${p.problem}\n`);
    else ctx.stderr.write(`${renderFindings(ctx, findings)}\n`);
    if (!p.judged || p.judged.result.findings.some((f) => f.severity === 'error')) ok = false;
  }
  return ok;
}
