// Certificates for people (a block of labelled rows) and for --json (every field lz-onboard reads).
import { attr, EKU_NAMES, formatName, type CertFields } from '../domain/cert/fields.ts';
import { generation, policyName } from '../domain/cert/pins.ts';
import { analyseOin } from '../domain/identifiers.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours } from './output.ts';
import { visibleLine } from './safe-text.ts';

const DAY = 86_400_000;

export function certJson(ctx: Context, c: CertFields, at: Date) {
  const serial = attr(c.subject, 'serialNumber');
  const id = serial !== undefined ? analyseOin(serial) : null;
  return {
    subject: c.subject.map((a) => ({ name: a.name, oid: a.oid, value: a.value })),
    subjectText: formatName(c.subject),
    identifier: id
      ? { value: id.value, valid: id.valid, kind: id.kind, prefix: id.prefix, meaning: id.meaning?.[ctx.lang] ?? null, derived: id.derived, test: id.test }
      : null,
    organizationIdentifier: attr(c.subject, 'organizationIdentifier') ?? null,
    issuer: formatName(c.issuer),
    serialNumberHex: c.serialHex,
    validity: { notBefore: c.notBefore.toISOString(), notAfter: c.notAfter.toISOString(), daysLeft: Math.floor((c.notAfter.getTime() - at.getTime()) / DAY) },
    key: c.key,
    signatureAlgorithm: c.signatureAlgorithm,
    generation: generation(c),
    keyUsage: c.keyUsage,
    extendedKeyUsage: c.extendedKeyUsage?.map((oid) => ({ oid, name: EKU_NAMES[oid] ?? null })) ?? null,
    policies: c.policies.map((oid) => ({ oid, name: policyName(oid) })),
    subjectAltName: c.san,
    basicConstraints: c.basicConstraints,
    selfSigned: c.subjectDer.equals(c.issuerDer),
    fingerprintSha256: c.fingerprint256,
  };
}

export function renderCert(ctx: Context, c: CertFields, at: Date): string {
  const k = colours(ctx);
  const j = certJson(ctx, c, at);
  const lines = [k.bold(visibleLine(j.subjectText))];
  const row = (label: string, value: string) => lines.push(`  ${k.dim(label.padEnd(22))} ${value}`);
  if (j.identifier) {
    const id = j.identifier;
    row(
      'OIN/HRN',
      `${visibleLine(id.value)} ${id.valid ? k.green('✔') : k.red('✖')} ${id.meaning ?? ''}${id.derived ? ` (${id.derived.type} ${id.derived.number})` : ''}${id.test ? ' TEST' : ''}`,
    );
  } else row('OIN/HRN', k.red('—'));
  if (j.organizationIdentifier) row('organizationIdentifier', visibleLine(j.organizationIdentifier));
  const L = ctx.lang;
  row(t(L, 'cert.row.issuer'), visibleLine(j.issuer));
  const left = j.validity.daysLeft;
  const when = left < 0 ? k.red(t(L, 'cert.days-ago', { days: String(-left) })) : t(L, 'cert.days-left', { days: String(left) });
  row(t(L, 'cert.row.validity'), `${j.validity.notBefore.slice(0, 10)} → ${j.validity.notAfter.slice(0, 10)} (${when})`);
  row(t(L, 'cert.row.key'), `${c.key.type}${c.key.bits ? ` ${c.key.bits}` : ''}${c.key.curve ? ` ${c.key.curve}` : ''}, ${c.signatureAlgorithm}`);
  row('keyUsage', c.keyUsage ? `${c.keyUsage.usages.join(', ')}${c.keyUsage.critical ? ` (${t(L, 'cert.critical')})` : ''}` : '—');
  row('extendedKeyUsage', j.extendedKeyUsage ? j.extendedKeyUsage.map((e) => e.name ?? e.oid).join(', ') : '—');
  if (j.generation) row('PKIoverheid', j.generation);
  row(t(L, 'cert.row.policies'), j.policies.length ? j.policies.map((p) => `${p.oid}${p.name ? ` (${p.name})` : ''}`).join('; ') : '—');
  if (c.san) row('subjectAltName', visibleLine([...c.san.dns, ...c.san.ip, ...c.san.email, ...c.san.uri].join(', ')) || '—');
  if (c.basicConstraints?.ca) row('basicConstraints', 'CA');
  row('SHA-256', c.fingerprint256);
  return lines.join('\n');
}
