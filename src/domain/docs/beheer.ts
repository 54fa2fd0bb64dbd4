// The operations document (beheerdocumentatie) for phase 4, from the dossier and the SNO data:
// responsibilities, contacts (a 24×7 contact for priority-1 incidents among them), the SNO's
// incident priorities and resolution times, Logius' maintenance windows with the next dates, the
// certificates and CPAs with their renewal dates, and the procedure to renew them. Handleiding
// Aansluiten Lopende Zaken v2.0, fase 4 ("Bijwerken beheerdocumentatie"); SNO MijnOverheid 2023.
import { addDays } from '../calendar.ts';
import type { Lang } from '../checklist.ts';
import type { Dossier } from '../dossier-types.ts';
import { dueItems, minusMonths, nthWeekday, type Sno } from '../due.ts';
import { withoutStrayBsns } from '../test/runs.ts';
import type { Block, Doc } from './document.ts';

const T = {
  nl: {
    title: 'Beheerdocumentatie MijnOverheid Lopende Zaken',
    org: 'Organisatie',
    kind: { overheid: 'overheidsorganisatie', leverancier: 'leverancier' },
    kindLabel: 'Soort',
    made: 'Gemaakt op',
    responsibilities: 'Verantwoordelijkheden',
    ours: (name: string) =>
      `${name}: de eigen systemen (zaaksysteem, berichtverwerking, Digikoppeling-adapter), de certificaten en de CPA, het melden van wijzigingen en eigen onderhoud aan Logius, de eerste lijn voor burgers met vragen over hun zaak.`,
    logius: 'Logius: MijnOverheid en de Berichtenbox, de koppelvlakken van Lopende Zaken, het ACC voor Afnemers, de servicedesk voor burgers.',
    intermediary: (name: string, oin: string) => `${name} (OIN ${oin}) verzorgt de TLS-verbinding met een eigen certificaat namens de organisatie.`,
    contacts: 'Contacten',
    role: 'Rol',
    who: 'Wie',
    reach: 'Bereikbaar',
    own: 'Eigen contactpersoon',
    own24: 'Eigen 24 x 7 contact (prioriteit 1)',
    beheerder: 'Technisch beheer van de koppeling',
    missing: 'nog niet vastgelegd',
    incidents: 'Incidenten: prioriteiten en oplostijden (SNO)',
    prio: 'Prioriteit',
    resolve: 'Oplostijd',
    windows: 'Onderhoudsvensters van Logius',
    window: 'Venster',
    when: 'Wanneer',
    times: 'Tijden',
    nth: (n: number, day: string) => `elke ${n}e ${day} van de maand`,
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    next: 'Eerstvolgende data',
    envs: { productie: 'productie', preproductie: 'preproductie' },
    certs: 'Certificaten en CPA',
    what: 'Wat',
    until: 'Geldig tot',
    start: 'Vervanging starten',
    announce: 'Uiterlijk melden bij Logius',
    none: 'Nog geen certificaten vastgelegd.',
    cpa: (id: string) => `CPA ${id}`,
    renewal: 'Vervangen van een certificaat of CPA',
    steps: (months: number) => [
      'Vraag tijdig een nieuw PKIoverheid-certificaat aan met hetzelfde OIN/HRN en dezelfde hostnamen, met een nieuw sleutelpaar.',
      `Leg het vast met lz-onboard renew <certificaat> <keten> --env <omgeving> --role <rol>: de wijzigingsmelding en een nieuwe Consumerspecificatie worden gemaakt.`,
      `Stuur de wijzigingsmelding minimaal ${months} maanden voor de ingangsdatum naar Logius (SNO) en leg de datum vast met --announced.`,
      'Controleer de nieuwe CPA van Logius met lz-onboard cpa check; maak daarna de ebMS Ping opnieuw en voer lz-onboard verify uit.',
    ],
    changes: 'Wijzigingen melden aan Logius',
    leadCert: (m: number) => `certificaatwijzigingen: minimaal ${m} maanden vooraf`,
    leadIface: (m: number) => `koppelvlakwijzigingen: minimaal ${m} maand vooraf`,
    leadOwn: (d: number) => `onderhoud aan eigen gekoppelde systemen: minimaal ${d} werkdagen vooraf`,
    footer: (name: string, src: string) => `Gemaakt met lz-onboard uit het dossier van ${name}; normen uit de ${src}.`,
  },
  en: {
    title: 'Operations document MijnOverheid Lopende Zaken',
    org: 'Organisation',
    kind: { overheid: 'government organisation', leverancier: 'supplier' },
    kindLabel: 'Kind',
    made: 'Made on',
    responsibilities: 'Responsibilities',
    ours: (name: string) =>
      `${name}: its own systems (case system, message processing, Digikoppeling adapter), the certificates and the CPA, announcing changes and its own maintenance to Logius, the first line for citizens with questions about their case.`,
    logius: "Logius: MijnOverheid and the Berichtenbox, the Lopende Zaken interfaces, the ACC for organisations, the citizens' service desk.",
    intermediary: (name: string, oin: string) => `${name} (OIN ${oin}) provides the TLS connection with its own certificate on behalf of the organisation.`,
    contacts: 'Contacts',
    role: 'Role',
    who: 'Who',
    reach: 'Hours',
    own: 'Own contact',
    own24: 'Own 24 x 7 contact (priority 1)',
    beheerder: 'Technical operation of the connection',
    missing: 'not recorded yet',
    incidents: 'Incidents: priorities and resolution times (SNO)',
    prio: 'Priority',
    resolve: 'Resolution time',
    windows: "Logius' maintenance windows",
    window: 'Window',
    when: 'When',
    times: 'Times',
    nth: (n: number, day: string) => `every ${n === 2 ? '2nd' : n === 4 ? '4th' : `${n}th`} ${day} of the month`,
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    next: 'Next dates',
    envs: { productie: 'production', preproductie: 'pre-production' },
    certs: 'Certificates and CPA',
    what: 'What',
    until: 'Valid until',
    start: 'Start the replacement',
    announce: 'Announce to Logius by',
    none: 'No certificates recorded yet.',
    cpa: (id: string) => `CPA ${id}`,
    renewal: 'Replacing a certificate or CPA',
    steps: (months: number) => [
      'Order a new PKIoverheid certificate in time, with the same OIN/HRN and host names and a new key pair.',
      'Record it with lz-onboard renew <certificate> <chain> --env <environment> --role <role>: the change notice and a new Consumerspecificatie are made.',
      `Send the change notice to Logius at least ${months} months before the change date (SNO) and record the day with --announced.`,
      "Check Logius' new CPA with lz-onboard cpa check; then make the ebMS Ping again and run lz-onboard verify.",
    ],
    changes: 'Announcing changes to Logius',
    leadCert: (m: number) => `certificate changes: at least ${m} months ahead`,
    leadIface: (m: number) => `interface changes: at least ${m} month ahead`,
    leadOwn: (d: number) => `maintenance of your own connected systems: at least ${d} working days ahead`,
    footer: (name: string, src: string) => `Made with lz-onboard from the dossier of ${name}; norms from the ${src}.`,
  },
};

/** The step the operations document stands for, and where its own values are recorded. */
export const BEHEER_STEP = '4.beheerdocumentatie';

function value(d: Dossier, step: string, key: string): string | undefined {
  const v = d.steps[step]?.values?.[key];
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** The next `count` dates of a window (a month at a time from `from`). */
function nextDates(w: Sno['maintenanceWindows'][number], from: string, count: number): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  while (out.length < count) {
    const day = nthWeekday(y, m, w.weekday, w.nth);
    if (day >= from) out.push(day);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

export function beheerDoc(d: Dossier, sno: Sno, lang: Lang, today: string): Doc {
  const L = T[lang];
  const org = d.organisation;
  const idLabel = org.kind === 'overheid' ? 'OIN' : 'HRN';
  const allowed: string[] = [];
  const clean = (s: string) => withoutStrayBsns(s, allowed);
  const name = clean(org.name);
  const blocks: Block[] = [];
  blocks.push({
    kind: 'fields',
    rows: [
      [L.org, name],
      [idLabel, (org.kind === 'overheid' ? org.oin : org.hrn) ?? ''],
      [L.kindLabel, L.kind[org.kind]],
      [L.made, today],
    ],
  });
  blocks.push(
    { kind: 'h2', text: L.responsibilities },
    { kind: 'list', items: [L.ours(name), L.logius, ...(org.intermediary ? [L.intermediary(clean(org.intermediary.name), org.intermediary.oin)] : [])] },
  );
  const s = sno.support;
  const contact24 = value(d, BEHEER_STEP, 'contact24x7');
  blocks.push(
    { kind: 'h2', text: L.contacts },
    {
      kind: 'table',
      head: [L.role, L.who, L.reach],
      rows: [
        [L.own, clean(org.contactEmail ?? L.missing), ''],
        [L.own24, clean(contact24 ?? L.missing), '24 x 7'],
        ...(value(d, BEHEER_STEP, 'beheerder') ? [[L.beheerder, clean(value(d, BEHEER_STEP, 'beheerder')!), '']] : []),
        ...(s
          ? [
              [s.afnemers.name, `${s.afnemers.phone}, ${s.afnemers.email}`, s.afnemers.hours[lang]],
              [s.gebruikers.name, `${s.gebruikers.phone}; ${s.gebruikers.web[lang]}`, s.gebruikers.hours[lang]],
            ]
          : []),
      ],
    },
  );
  if (s) {
    blocks.push(
      { kind: 'h2', text: L.incidents },
      { kind: 'table', head: [L.prio, L.resolve], rows: s.incidents.map((i) => [`${i.priority} - ${i.name[lang]}`, i.resolve[lang]]) },
      { kind: 'p', text: `${s.norm[lang]} ${s.afnemerObligation[lang]}` },
      { kind: 'p', text: s.questions[lang] },
    );
  }
  blocks.push({
    kind: 'h2',
    text: L.windows,
  });
  blocks.push({
    kind: 'table',
    head: [L.window, L.when, L.times, L.next],
    rows: sno.maintenanceWindows.map((w) => [
      w.title[lang],
      L.nth(w.nth, L.days[w.weekday]!),
      (['productie', 'preproductie'] as const)
        .filter((e) => w.environments[e])
        .map((e) => `${L.envs[e]} ${w.environments[e]![0]}-${w.environments[e]![1]}`)
        .join('; '),
      nextDates(w, today, 3).join(', '),
    ]),
  });
  if (s) blocks.push({ kind: 'p', text: s.maintenanceNotice[lang] });
  const months = sno.leadTimes.certificateChangeMonths;
  const due = dueItems(d, sno, { renewLeadDays: 120 });
  const rows: string[][] = [];
  for (const env of ['productie', 'preproductie'] as const) {
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env][role];
      if (!rec) continue;
      const end = rec.notAfter.slice(0, 10);
      const start = due.find((i) => i.kind === 'cert.renew-start' && i.env === env && i.role === role)?.date ?? addDays(end, -120);
      rows.push([`${L.envs[env]} ${role}`, end, start, minusMonths(end, months)]);
    }
    const cpa = d.artefacts[env].cpa;
    if (cpa?.end)
      rows.push([
        `${L.envs[env]} ${L.cpa(clean(cpa.cpaId))}`,
        cpa.end.slice(0, 10),
        addDays(cpa.end.slice(0, 10), -120),
        minusMonths(cpa.end.slice(0, 10), months),
      ]);
  }
  blocks.push({ kind: 'h2', text: L.certs });
  blocks.push(rows.length ? { kind: 'table', head: [L.what, L.until, L.start, L.announce], rows } : { kind: 'p', text: L.none });
  blocks.push({ kind: 'h2', text: L.renewal }, { kind: 'list', items: L.steps(months) });
  blocks.push(
    { kind: 'h2', text: L.changes },
    { kind: 'list', items: [L.leadCert(months), L.leadIface(sno.leadTimes.interfaceChangeMonths), L.leadOwn(sno.leadTimes.ownMaintenanceWorkingDays)] },
  );
  return { lang, title: `${L.title}: ${name}`, blocks, footer: L.footer(name, `SNO MijnOverheid ${sno.year}`) };
}
