// The change notice to Logius for a certificate replacement, as plain text the organisation sends
// (SNO MijnOverheid 2.1.5: at least two months ahead). In the dossier's language; never key material.
import type { Lang } from '../checklist.ts';
import type { CertSide } from './compare.ts';

export interface NoticeInput {
  organisation: string;
  identifierLabel: 'OIN' | 'HRN';
  identifier: string;
  env: string;
  role: 'client' | 'server';
  old: CertSide;
  neu: CertSide;
  changeDate: string;
  today: string;
  cpaId: string | null;
  spec: string | null;
  contact: string | null;
  noticeMonths: number;
}

const T = {
  nl: {
    title: 'Wijzigingsmelding certificaat, MijnOverheid Lopende Zaken',
    org: 'Organisatie',
    env: 'Omgeving',
    what: 'Wat wijzigt',
    role: { client: 'clientcertificaat', server: 'servercertificaat' },
    current: 'Huidig certificaat',
    next: 'Nieuw certificaat',
    subject: 'Onderwerp',
    valid: 'Geldig',
    until: 'tot',
    key: 'Sleutel',
    gen: 'Generatie',
    from: 'Ingangsdatum',
    notice: (m: number, today: string) =>
      `Deze melding is gedaan op ${today}. Certificaatwijzigingen worden minimaal ${m === 2 ? 'twee' : m} maanden vooraf gemeld (SNO MijnOverheid 2.1.5).`,
    cpa: (id: string | null) => `De huidige CPA${id ? ` (${id})` : ''} bevat het oude certificaat; er is een nieuwe CPA met het nieuwe certificaat nodig.`,
    spec: 'Bijgevoegd: de nieuwe Consumerspecificatie',
    contact: 'Contact',
    none: 'onbekend',
  },
  en: {
    title: 'Certificate change notice, MijnOverheid Lopende Zaken',
    org: 'Organisation',
    env: 'Environment',
    what: 'What changes',
    role: { client: 'client certificate', server: 'server certificate' },
    current: 'Current certificate',
    next: 'New certificate',
    subject: 'Subject',
    valid: 'Valid',
    until: 'until',
    key: 'Key',
    gen: 'Generation',
    from: 'Change date',
    notice: (m: number, today: string) =>
      `This notice is given on ${today}. Certificate changes are announced at least ${m === 2 ? 'two' : m} months ahead (SNO MijnOverheid 2.1.5).`,
    cpa: (id: string | null) => `The current CPA${id ? ` (${id})` : ''} holds the old certificate; a new CPA with the new certificate is needed.`,
    spec: 'Attached: the new Consumerspecificatie',
    contact: 'Contact',
    none: 'unknown',
  },
};

export function noticeText(lang: Lang, n: NoticeInput): string {
  const t = T[lang];
  const side = (label: string, c: CertSide) => [
    `${label}`,
    `  ${t.subject}: ${c.subject}`,
    `  ${n.identifierLabel}: ${c.identifier ?? t.none}`,
    `  ${t.valid}: ${c.notBefore.slice(0, 10)} ${t.until} ${c.notAfter.slice(0, 10)}`,
    `  SHA-256: ${c.fingerprint256}`,
    ...(c.key ? [`  ${t.key}: ${c.key}`] : []),
    ...(c.generation ? [`  ${t.gen}: PKIoverheid ${c.generation}`] : []),
  ];
  return [
    t.title,
    '',
    `${t.org}: ${n.organisation}`,
    `${n.identifierLabel}: ${n.identifier}`,
    `${t.env}: ${n.env}`,
    `${t.what}: ${t.role[n.role]}`,
    `${t.from}: ${n.changeDate}`,
    '',
    ...side(t.current, n.old),
    '',
    ...side(t.next, n.neu),
    '',
    t.notice(n.noticeMonths, n.today),
    t.cpa(n.cpaId),
    ...(n.spec ? [`${t.spec}: ${n.spec}`] : []),
    '',
    `${t.contact}: ${n.contact ?? t.none}`,
    '',
  ].join('\n');
}
