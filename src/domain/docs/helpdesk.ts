// The help-desk briefing for phase 4 (one page): what a citizen sees in MijnOverheid for each
// zaaktype once it is live, what is not shown there, and where to refer which question.
// Handleiding Aansluiten Lopende Zaken v2.0, fase 4 ("Instrueren helpdesk"); SNO MijnOverheid 2023
// for the MijnOverheid service desk.
import { splitGoLive, type Sno } from '../due.ts';
import type { Lang } from '../checklist.ts';
import type { Dossier } from '../dossier-types.ts';
import { withoutStrayBsns } from '../test/runs.ts';
import type { Block, Doc } from './document.ts';

const T = {
  nl: {
    title: 'Helpdeskinstructie MijnOverheid Lopende Zaken',
    intro: (name: string) =>
      `Vanaf de livegang ziet een burger die inlogt op MijnOverheid (met DigiD) onder "Lopende zaken" de zaken die ${name} voor hem of haar behandelt.`,
    zaaktypen: 'Zaaktypen en livegang',
    zaaktype: 'Zaaktype',
    live: 'Zichtbaar vanaf',
    notYet: 'nog niet gepland',
    sees: 'Wat de burger ziet',
    seesItems: [
      'de zaak met het zaaktype en de naam van de organisatie;',
      'de status van de zaak met de datum, en de eerdere statussen in volgorde;',
      'bij een afgesloten zaak de einddatum en het resultaat;',
      'een link naar het zaakdossier in de eigen omgeving van de organisatie;',
      'een e-mailnotificatie van MijnOverheid bij een nieuwe of gewijzigde zaak, als de burger dat heeft ingesteld.',
    ],
    notShown: 'Wat de burger niet ziet',
    notShownItems: [
      'zaken van vóór de livegang van hun zaaktype, en zaaktypen die niet zijn aangesloten;',
      'documenten en de inhoud van het dossier (alleen de link ernaar); brieven komen via de Berichtenbox, niet via Lopende Zaken;',
      'zaken van iemand anders: alleen de eigen zaken, onder het eigen BSN.',
    ],
    refer: 'Waarheen verwijzen',
    question: 'Vraag',
    to: 'Verwijzen naar',
    qCase: 'over de inhoud of voortgang van de zaak',
    qLogin: 'inloggen, DigiD, het portaal of de notificatie-instellingen',
    qMissing: 'een zaak die de burger mist of die niet klopt',
    missingTo: 'de eigen organisatie: controleer zaaktype en livegang hierboven en meld een storing bij het ACC van Logius',
    own: 'de eigen organisatie',
    footer: (name: string, day: string) => `Gemaakt op ${day} met lz-onboard uit het dossier van ${name}.`,
  },
  en: {
    title: 'Help-desk briefing MijnOverheid Lopende Zaken',
    intro: (name: string) =>
      `From go-live, a citizen who logs in to MijnOverheid (with DigiD) sees under "Lopende zaken" the cases that ${name} handles for them.`,
    zaaktypen: 'Zaaktypen and go-live',
    zaaktype: 'Zaaktype',
    live: 'Visible from',
    notYet: 'not planned yet',
    sees: 'What the citizen sees',
    seesItems: [
      'the case with its zaaktype and the name of the organisation;',
      'the status of the case with its date, and the earlier statuses in order;',
      'for a closed case, its end date and result;',
      "a link to the case file in the organisation's own environment;",
      'an e-mail notification from MijnOverheid about a new or changed case, when the citizen has set that up.',
    ],
    notShown: 'What the citizen does not see',
    notShownItems: [
      'cases from before their zaaktype went live, and zaaktypen that are not connected;',
      'documents and the contents of the file (only the link to it); letters come through the Berichtenbox, not through Lopende Zaken;',
      "someone else's cases: only their own, under their own BSN.",
    ],
    refer: 'Where to refer',
    question: 'Question',
    to: 'Refer to',
    qCase: 'about the contents or progress of the case',
    qLogin: 'logging in, DigiD, the portal or the notification settings',
    qMissing: 'a case the citizen misses or that is wrong',
    missingTo: "the organisation itself: check the zaaktype and go-live above and report a disruption to Logius' ACC",
    own: 'the organisation itself',
    footer: (name: string, day: string) => `Made on ${day} with lz-onboard from the dossier of ${name}.`,
  },
};

export const HELPDESK_STEP = '4.helpdesk';

export function helpdeskDoc(d: Dossier, sno: Sno, lang: Lang, today: string): Doc {
  const L = T[lang];
  const clean = (s: string) => withoutStrayBsns(s, []);
  const name = clean(d.organisation.name);
  const goLive = new Map<string, string>();
  const raw = d.environments.productie['goLive'];
  for (const entry of Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : []) {
    const { zaaktype, date } = splitGoLive(String(entry));
    if (date) goLive.set(zaaktype, date);
  }
  const kcc = d.steps[HELPDESK_STEP]?.values?.['kccContact'];
  const own =
    typeof kcc === 'string' && kcc.trim() ? `${L.own}: ${clean(kcc)}` : d.organisation.contactEmail ? `${L.own}: ${clean(d.organisation.contactEmail)}` : L.own;
  const desk = sno.support?.gebruikers;
  const blocks: Block[] = [
    { kind: 'p', text: L.intro(name) },
    { kind: 'h2', text: L.zaaktypen },
    { kind: 'table', head: [L.zaaktype, L.live], rows: (d.choices.zaaktypen ?? []).map((z) => [clean(z), goLive.get(z) ?? L.notYet]) },
    { kind: 'h2', text: L.sees },
    { kind: 'list', items: L.seesItems },
    { kind: 'h2', text: L.notShown },
    { kind: 'list', items: L.notShownItems },
    { kind: 'h2', text: L.refer },
    {
      kind: 'table',
      head: [L.question, L.to],
      rows: [
        [L.qCase, own],
        [L.qLogin, desk ? `${desk.name}, ${desk.phone} (${desk.hours[lang]}); ${desk.web[lang]}` : 'MijnOverheid'],
        [L.qMissing, L.missingTo],
      ],
    },
  ];
  return { lang, title: `${L.title}: ${name}`, blocks, footer: L.footer(name, today) };
}
