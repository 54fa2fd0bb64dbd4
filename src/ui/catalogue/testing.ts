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
  'test.plan.passed': ['{passed} van {total} tests geslaagd', '{passed} of {total} tests passed'],
  'label.scenario': ['scenario', 'scenario'],
  'help.test.record': [
    'een testrun vastleggen: scenario, zaaktype, uitkomst, test-BSN, berichtreferenties, waarneming en bewijsstukken',
    'record a test run: scenario, zaaktype, result, test BSN, message references, observation and evidence',
  ],
  'opt.test.arg-scenario': ['het scenario (zie lz-onboard test plan)', 'the scenario (see lz-onboard test plan)'],
  'opt.test.zaaktype': ['het zaaktype (bij een scenario per zaaktype)', 'the zaaktype (for a scenario per zaaktype)'],
  'opt.test.result': ['pass, fail of blocked', 'pass, fail or blocked'],
  'opt.test.bsn': ['het gebruikte test-BSN (een vastgelegd test-BSN)', 'the test BSN used (a recorded test BSN)'],
  'opt.test.stuf-ref': ['StUF-referentienummer van het bericht', 'StUF reference number of the message'],
  'opt.test.message-id': ['ebMS MessageId van het bericht', 'ebMS MessageId of the message'],
  'opt.test.conversation-id': ['ebMS ConversationId van het bericht', 'ebMS ConversationId of the message'],
  'opt.test.observed': ['wat er werkelijk gebeurde', 'what actually happened'],
  'opt.test.evidence': ['bewijsstuk (schermafdruk, adapterlog); herhaalbaar', 'evidence (screenshot, adapter log); repeatable'],
  'opt.test.at': ['wanneer de test liep (JJJJ-MM-DD of ISO-tijd; standaard nu)', 'when the test ran (YYYY-MM-DD or ISO time; default now)'],
  'opt.test.note': ['een notitie bij de run', 'a note with the run'],
  'test.ask.item': ['Welke test?', 'Which test?'],
  'test.ask.result': ['Uitkomst', 'Result'],
  'test.ask.bsn': ['Test-BSN (leeg: geen)', 'Test BSN (empty: none)'],
  'test.ask.observed': ['Wat zag u? (leeg: niets)', 'What did you see? (empty: nothing)'],
  'test.ask.evidence': ['Bewijsstukken (paden, kommagescheiden; leeg: geen)', 'Evidence (paths, comma-separated; empty: none)'],
  'test.result.pass': ['geslaagd', 'passed'],
  'test.result.fail': ['mislukt', 'failed'],
  'test.result.blocked': ['geblokkeerd', 'blocked'],
  'test.none-bsn': ['geen', 'none'],
  'test.recorded': [
    'run {n} vastgelegd: {scenario}{zaaktype} {result} (ronde {round}); {passed} van {total} tests geslaagd',
    'run {n} recorded: {scenario}{zaaktype} {result} (round {round}); {passed} of {total} tests passed',
  ],
  'test.recorded-many': ['{count:run|runs} vastgelegd; {passed} van {total} tests geslaagd', '{count:run|runs} recorded; {passed} of {total} tests passed'],
  'test.all-passed': [
    'alle tests geslaagd: stap 3.ketentest kan af (lz-onboard step done 3.ketentest)',
    'every test passed: step 3.ketentest can be done (lz-onboard step done 3.ketentest)',
  ],
  'test.outside-period': [
    'de run ligt buiten de met Logius afgesproken testperiode ({from} tot en met {to})',
    'the run lies outside the test period agreed with Logius ({from} to {to})',
  ],
  'test.in-window': ['de run viel in een onderhoudsvenster van Logius: {windows}', 'the run fell in a Logius maintenance window: {windows}'],
  'test.unknown-scenario': ['onbekend scenario {scenario} (het plan kent: {known})', 'unknown scenario {scenario} (the plan has: {known})'],
  'test.zaaktype-required': [
    'scenario {scenario} loopt per zaaktype: geef --zaaktype ({known})',
    'scenario {scenario} runs per zaaktype: give --zaaktype ({known})',
  ],
  'test.unknown-zaaktype': ['zaaktype {zaaktype} staat niet in het dossier ({known})', 'zaaktype {zaaktype} is not in the dossier ({known})'],
  'test.zaaktype-not-applicable': [
    'scenario {scenario} loopt eenmaal voor de hele aansluiting: laat --zaaktype weg',
    'scenario {scenario} runs once for the whole connection: leave out --zaaktype',
  ],
  'test.result': ['uitkomst {value} bestaat niet: pass, fail of blocked', 'result {value} does not exist: pass, fail or blocked'],
  'test.at': ['{value} is geen tijdstip', '{value} is not a time'],
  'test.bsn-invalid': ['{value} is geen BSN (11-proef)', '{value} is not a BSN (11-proef)'],
  'test.bsn-not-listed': [
    "BSN {value} staat niet in de vastgelegde test-BSN's (stap 3.digid-accounts); een ander BSN kan van een echt persoon zijn",
    "BSN {value} is not one of the recorded test BSNs (step 3.digid-accounts); any other BSN can be a real person's",
  ],
  'test.bsn-in-text': [
    'de tekst bevat een getal dat een BSN kan zijn ({value}) en geen vastgelegd test-BSN is: laat het weg',
    'the text holds a number that may be a BSN ({value}) and is not a recorded test BSN: leave it out',
  ],
  'test.evidence-unreadable': ['bewijsstuk {file} is niet te lezen ({reason})', 'evidence {file} cannot be read ({reason})'],
  'step.test-runs-missing': [
    'stap {step} is klaar als elke test van het plan een geslaagde laatste run heeft (lz-onboard test plan, lz-onboard test record); is de ketentest buiten lz-onboard om vastgelegd, zeg dat dan met --exception "<reden>"',
    'step {step} is done when every test of the plan has a passing latest run (lz-onboard test plan, lz-onboard test record); if the chain test was recorded outside lz-onboard, say so with --exception "<reason>"',
  ],
  'step.test-runs-incomplete': [
    'stap {step}: {passed} van {total} tests hebben een geslaagde laatste run; nog open: {open} (lz-onboard test plan)',
    'step {step}: {passed} of {total} tests have a passing latest run; still open: {open} (lz-onboard test plan)',
  ],
  'scenarios.unreadable': ['scenariobestand {file} is niet te lezen ({reason})', 'scenario file {file} cannot be read ({reason})'],
  'scenarios.not-json': ['scenariobestand {file} is geen JSON ({reason})', 'scenario file {file} is not JSON ({reason})'],
  'scenarios.invalid': [
    'scenariobestand {file}: {where} klopt niet ({reason}); zie templates/test-scenarios.json voor de vorm',
    'scenario file {file}: {where} is wrong ({reason}); see templates/test-scenarios.json for the shape',
  ],
} satisfies Record<string, Entry>;
