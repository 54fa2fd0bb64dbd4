// Messages: phase 3 as a plan (lz-onboard test). Each entry is [Dutch, English].
import type { Entry } from './entry.ts';

export const TESTING = {
  'help.test': ['de ketentest van fase 3: het testplan (scenario × zaaktype)', 'the chain test of phase 3: the test plan (scenario × zaaktype)'],
  'help.test.plan': [
    "het testplan: de scenario's van de ketentest voor elk zaaktype, de test-BSN's en wat er verwacht wordt",
    'the test plan: the chain-test scenarios for each zaaktype, the test BSNs and what is expected',
  ],
  'opt.test.scenarios': [
    "eigen scenario's (JSON, zoals templates/test-scenarios.json), bijvoorbeeld die van het Checklist Testen Lopende Zaken",
    'your own scenarios (JSON, like templates/test-scenarios.json), for example those of the Checklist Testen Lopende Zaken',
  ],
  'test.plan.heading': ['Testplan ketentest: {name}', 'Chain-test plan: {name}'],
  'test.plan.derived': [
    "scenario's afgeleid uit openbaar materiaal: vervang ze door die van het Checklist Testen Lopende Zaken zodra Logius dat stuurt (--scenarios <bestand>)",
    'scenarios derived from public material: replace them with those of the Checklist Testen Lopende Zaken once Logius sends it (--scenarios <file>)',
  ],
  'test.plan.from-file': ["scenario's uit {file}", 'scenarios from {file}'],
  'test.plan.zaaktypen': ['zaaktypen: {list}', 'zaaktypen: {list}'],
  'test.plan.no-zaaktypen': [
    "nog geen zaaktypen vastgelegd: de scenario's per zaaktype hebben er een nodig (lz-onboard step done 1.zaakberichtstroom --value zaaktypen=<a,b>)",
    'no zaaktypen recorded yet: the scenarios per zaaktype need them (lz-onboard step done 1.zaakberichtstroom --value zaaktypen=<a,b>)',
  ],
  'test.plan.bsns': ["test-BSN's: {count:vastgelegd|vastgelegd}{range}", 'test BSNs: {count:recorded|recorded}{range}'],
  'test.plan.bsn-range': [' (bereik {from}-{to})', ' (range {from}-{to})'],
  'test.plan.no-bsns': [
    "nog geen test-BSN's vastgelegd: lz-onboard step done 3.digid-accounts --value testBsns=<bsn,bsn> (log eerst één keer in op preproductie met elk test-DigiD-account)",
    'no test BSNs recorded yet: lz-onboard step done 3.digid-accounts --value testBsns=<bsn,bsn> (first log in once on pre-production with each test DigiD account)',
  ],
  'test.plan.bsn-outside': [
    'test-BSN {bsns} ligt buiten het vastgelegde bereik {from}-{to}: is dit wel een testnummer?',
    'test BSN {bsns} lies outside the recorded range {from}-{to}: is it really a test number?',
  ],
  'test.plan.once': ['eenmaal', 'once'],
  'test.plan.not-run': ['te doen', 'to do'],
  'test.plan.count': [
    "{count:test|tests}: {scenarios:scenario|scenario's}, {per:per zaaktype|per zaaktype} × {zaaktypen:zaaktype|zaaktypen} en {once:eenmalig|eenmalig}",
    '{count:test|tests}: {scenarios:scenario|scenarios}, {per:per zaaktype|per zaaktype} × {zaaktypen:zaaktype|zaaktypen} and {once:once|once}',
  ],
  'test.plan.expected': ['Verwacht', 'Expected'],
  'label.scenario': ['scenario', 'scenario'],
  'scenarios.unreadable': ['scenariobestand {file} is niet te lezen ({reason})', 'scenario file {file} cannot be read ({reason})'],
  'scenarios.not-json': ['scenariobestand {file} is geen JSON ({reason})', 'scenario file {file} is not JSON ({reason})'],
  'scenarios.invalid': [
    'scenariobestand {file}: {where} klopt niet ({reason}); zie templates/test-scenarios.json voor de vorm',
    'scenario file {file}: {where} is wrong ({reason}); see templates/test-scenarios.json for the shape',
  ],
} satisfies Record<string, Entry>;
