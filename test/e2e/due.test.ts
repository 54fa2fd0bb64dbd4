// lz-onboard due as a user, a help desk and a monitoring job run it: dated items with their rule,
// exit 0 when nothing is due within the window and 1 when something is, over one dossier or many.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, json, lz, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';
import ICAL from 'ical.js';

let cwd: string;
before(() => {
  cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
  const pki = testPki(cwd);
  pki.write('leaf.pem', pki.leaf({ notAfter: new Date('2027-05-31T10:00:00Z') }).pem);
  const add = lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', 'client'], {
    cwd,
  });
  assert.equal(add.code, 0, add.stderr);
  const file = join(cwd, 'lz-onboard.json');
  const d = JSON.parse(readFileSync(file, 'utf8'));
  d.environments.productie.lprDatum = '2027-04-14';
  writeFileSync(file, JSON.stringify(d, null, 2));
});

describe('due', () => {
  it('nothing within the window: exit 0 and says so', () => {
    const r = lz(['due', '--at', '2026-12-01'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /nothing due within 60 days of 2026-12-01/);
  });
  it('the renewal start, the notice to Logius and the end, each with its rule; exit 1', () => {
    const r = lz(['due', '--at', '2027-03-20', '--within', '90', '--json'], { cwd });
    assert.equal(r.code, 1);
    const body = json(r);
    assert.equal(body.at, '2027-03-20');
    assert.match(body.sno.source, /SNO MijnOverheid/);
    assert.deepEqual(
      body.items.map((i: any) => `${i.date} ${i.kind} ${i.daysLeft}`),
      ['2027-01-31 cert.renew-start -48', '2027-03-31 cert.announce 11', '2027-04-14 plan.lpr 25', '2027-05-31 cert.expires 72'],
    );
    const announce = body.items[1];
    assert.equal(announce.role, 'client');
    assert.match(announce.message, /announce the replacement of the client certificate for preproductie to Logius/);
    assert.match(announce.citation, /SNO MijnOverheid 2\.1\.5.*two months/);
    assert.deepEqual(body.items[2].maintenanceWindows, [{ id: 'portaal-technisch', date: '2027-04-14' }]);
  });
  it('in Dutch for people: late items say how late, a planned day in a maintenance window says which', () => {
    const r = lz(['due', '--at', '2027-04-02', '--within', '30', '--lang', 'nl'], { cwd });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /2027-03-31 +2 dagen te laat +laatste dag om de vervanging van het clientcertificaat/);
    assert.match(
      r.stdout,
      /2027-04-14 +nog 12 dagen +de LPR \(beperkte productie\) begint; onderhoudsvenster van Logius: 2027-04-14 gepland technisch onderhoud Portaal/,
    );
    assert.doesNotMatch(r.stdout, /\b(days left|overdue|ends)\b/);
    // On the day itself: "today", not "0 days left".
    const day = lz(['due', '--at', '2027-03-31', '--within', '5', '--lang', 'en'], { cwd });
    assert.match(day.stdout, /2027-03-31 +today +last day to announce/);
    assert.match(lz(['due', '--at', '2027-03-31', '--within', '5', '--lang', 'nl'], { cwd }).stdout, /2027-03-31 +vandaag +laatste dag/);
  });
  it('--renew-days moves the renewal start; bad values are usage errors', () => {
    const r = json(lz(['due', '--at', '2027-02-10', '--within', '10', '--renew-days', '100', '--json'], { cwd }));
    assert.deepEqual(
      r.items.map((i: any) => `${i.date} ${i.kind}`),
      ['2027-02-20 cert.renew-start'],
    );
    assert.equal(lz(['due', '--within', 'soon'], { cwd }).code, 2);
    assert.equal(lz(['due', '--at', 'morgen'], { cwd }).code, 2);
  });
  it('a G1 certificate valid after 2028-11-14: cert add records it as G1 and due names the end of its root', () => {
    const dir = tempDir();
    assert.equal(initOverheid(dir).code, 0);
    const pki = testPki(dir);
    pki.write('late.pem', pki.leaf({ notAfter: new Date('2029-03-01T00:00:00Z') }).pem);
    const add = lz(['cert', 'add', 'late.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', 'server'], { cwd: dir });
    assert.equal(add.code, 0, add.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'lz-onboard.json'), 'utf8')).certificates.preproductie.server.g1, true);
    const r = json(lz(['due', '--at', '2028-11-01', '--within', '30', '--json'], { cwd: dir }));
    const g1 = r.items.find((i: any) => i.kind === 'cert.g1-end');
    assert.equal(g1.date, '2028-11-14');
    assert.match(g1.message, /Private Root CA - G1 ends: the server certificate for preproductie \(valid until 2029-03-01\) stops working/);
  });
  it('over a portfolio: one list in date order with the organisation; an unreadable dossier is named, exit 3', () => {
    const root = tempDir();
    for (const name of ['a', 'b']) {
      mkdirSync(join(root, name));
      for (const f of ['lz-onboard.json', 'leaf.pem', 'intermediate.pem', 'root.pem']) writeFileSync(join(root, name, f), readFileSync(join(cwd, f)));
    }
    const b = JSON.parse(readFileSync(join(root, 'b', 'lz-onboard.json'), 'utf8'));
    b.organisation.name = 'Gemeente B';
    writeFileSync(join(root, 'b', 'lz-onboard.json'), JSON.stringify(b));
    const r = json(lz(['due', '.', '--at', '2027-03-20', '--within', '20', '--json'], { cwd: root }));
    assert.deepEqual(
      r.items.map((i: any) => `${i.date} ${i.organisation}`),
      ['2027-01-31 Gemeente Voorbeeld', '2027-01-31 Gemeente B', '2027-03-31 Gemeente Voorbeeld', '2027-03-31 Gemeente B'],
    );
    assert.deepEqual(
      r.items.map((i: any) => i.dossier),
      [join('a', 'lz-onboard.json'), join('b', 'lz-onboard.json'), join('a', 'lz-onboard.json'), join('b', 'lz-onboard.json')],
    );
    mkdirSync(join(root, 'kapot'));
    writeFileSync(join(root, 'kapot', 'lz-onboard.json'), '{');
    const broken = lz(['due', '.', '--at', '2027-03-20', '--within', '20'], { cwd: root, env: { COLUMNS: '120' } });
    assert.equal(broken.code, 3);
    assert.match(broken.stderr, /kapot.*skipped/);
    assert.match(broken.stdout, /Gemeente B/);
    // A folder holding only a broken dossier is a portfolio too: named and skipped, not the command's error.
    const alone = tempDir();
    mkdirSync(join(alone, 'x'));
    writeFileSync(join(alone, 'x', 'lz-onboard.json'), '{');
    const r1 = lz(['due', '.'], { cwd: alone });
    assert.equal(r1.code, 3);
    assert.match(r1.stderr, /x.lz-onboard\.json skipped/);
  });
  it('step set records a sent form and go-live dates without completing the steps; due follows them until the step is done', () => {
    const dir = tempDir();
    assert.equal(initOverheid(dir).code, 0);
    const sent = lz(['step', 'set', '2.aanvraagformulier', '--value', 'formulierVerstuurd=2026-04-01'], { cwd: dir });
    assert.equal(sent.code, 0, sent.stderr);
    assert.match(sent.stderr, /values of step 2\.aanvraagformulier recorded/);
    const live = lz(['step', 'set', '4.lpr-afgerond', '--value', 'goLive=omgevingsvergunning=2026-06-10,parkeervergunning=2026-06-16'], { cwd: dir });
    assert.equal(live.code, 0, live.stderr);
    const steps = json(lz(['step', 'list', '--json'], { cwd: dir })).steps;
    assert.equal(steps.find((s: any) => s.id === '2.aanvraagformulier').state, 'open');
    assert.equal(steps.find((s: any) => s.id === '4.lpr-afgerond').state, 'open');
    const r = lz(['due', '--at', '2026-04-14', '--within', '60', '--json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(
      json(r).items.map(
        (i: any) => `${i.date} ${i.kind} ${i.daysLeft} ${i.zaaktype ?? i.since} ${(i.maintenanceWindows ?? []).map((w: any) => w.id).join('+')}`,
      ),
      [
        // Wednesday 1 April + 5 working days: Good Friday and Easter Monday do not count.
        '2026-04-10 wait.aanvraagformulier -4 2026-04-01 ',
        '2026-06-10 plan.go-live 57 omgevingsvergunning portaal-technisch',
      ],
      'parkeervergunning (2026-06-16) lies past the 60 days',
    );
    const nl = lz(['due', '--at', '2026-04-14', '--lang', 'nl'], { cwd: dir });
    assert.match(nl.stdout, /2026-04-10 +4 dagen te laat +antwoord van Logius op het aanvraagformulier \(verstuurd 2026-04-01\)/);
    assert.match(nl.stdout, /zaaktype omgevingsvergunning gaat live in productie; onderhoudsvenster van Logius: 2026-06-10/);
    const bad = lz(['step', 'set', '4.lpr-afgerond', '--value', 'goLive=omgevingsvergunning'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not zaaktype=YYYY-MM-DD/);
    const none = lz(['step', 'set', '4.lpr-afgerond'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--value/);
    const done = lz(
      ['step', 'done', '2.aanvraagformulier', '--value', 'afzenderId=GM0344', '--value', 'serviceId=lz-pp', '--value', 'contactEmail=lz@example.nl'],
      { cwd: dir },
    );
    assert.equal(done.code, 0, done.stderr);
    assert.ok(!json(lz(['due', '--at', '2026-04-14', '--json'], { cwd: dir })).items.some((i: any) => i.kind.startsWith('wait.')));
  });
});

// The second Wednesday, fourth Wednesday and second Tuesday of each month of 2026 and 2027, by hand.
const SECOND_WED = '01-14 02-11 03-11 04-08 05-13 06-10 07-08 08-12 09-09 10-14 11-11 12-09'
  .split(' ')
  .map((d) => `2026-${d}`)
  .concat('01-13 02-10 03-10 04-14 05-12 06-09 07-14 08-11 09-08 10-13 11-10 12-08'.split(' ').map((d) => `2027-${d}`));
const FOURTH_WED = '01-28 02-25 03-25 04-22 05-27 06-24 07-22 08-26 09-23 10-28 11-25 12-23'
  .split(' ')
  .map((d) => `2026-${d}`)
  .concat('01-27 02-24 03-24 04-28 05-26 06-23 07-28 08-25 09-22 10-27 11-24 12-22'.split(' ').map((d) => `2027-${d}`));
const SECOND_TUE = '01-13 02-10 03-10 04-14 05-12 06-09 07-14 08-11 09-08 10-13 11-10 12-08'
  .split(' ')
  .map((d) => `2026-${d}`)
  .concat('01-12 02-09 03-09 04-13 05-11 06-08 07-13 08-10 09-14 10-12 11-09 12-14'.split(' ').map((d) => `2027-${d}`));

describe('due --ics', () => {
  const parse = (file: string) => {
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    return cal;
  };
  it('is an RFC 5545 calendar a parser reads: all-day items with alarms, stable UIDs, CRLF and folded lines', () => {
    const out = join(cwd, 'agenda.ics');
    const r = lz(['due', '--at', '2027-03-20', '--ics', out], { cwd });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /calendar written: .*agenda\.ics \(4 events/);
    const text = readFileSync(out, 'utf8');
    assert.ok(!/[^\r]\n/.test(text), 'CRLF line ends');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const cal = parse(out);
    const items = cal.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('rrule'));
    assert.deepEqual(
      items.map((v) => `${v.getFirstPropertyValue('dtstart')!.toString()} ${(v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate}`),
      ['2027-01-31 true', '2027-03-31 true', '2027-04-14 true', '2027-05-31 true'],
    );
    const announce = new ICAL.Event(items[1]!);
    assert.match(announce.summary, /announce the replacement of the client certificate for preproductie to Logius/);
    assert.match(announce.description, /SNO MijnOverheid 2\.1\.5/);
    assert.equal(items[1]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString(), 'PT9H');
    // Exported again with another renewal lead: the same events (one moved) keep their UIDs.
    lz(['due', '--at', '2027-01-01', '--renew-days', '100', '--ics', out], { cwd });
    const again = parse(out)
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    for (const v of cal.getAllSubcomponents('vevent')) assert.ok(again.includes(v.getFirstPropertyValue('uid')), 'stable UID');
    assert.ok(readFileSync(`${out}.bak`, 'utf8').startsWith('BEGIN:VCALENDAR'), 'the previous export is kept');
  });
  it('the maintenance windows recur on the right days of 2026 and 2027, at Amsterdam time across daylight saving', () => {
    const out = join(cwd, 'windows.ics');
    lz(['due', '--ics', out], { cwd });
    const cal = parse(out);
    const windows = cal.getAllSubcomponents('vevent').filter((v) => v.hasProperty('rrule'));
    assert.equal(windows.length, 6, 'three windows for each environment');
    const occurrences = (summary: RegExp) => {
      const v = windows.find((w) => summary.test(String(w.getFirstPropertyValue('summary'))))!;
      const ev = new ICAL.Event(v);
      const it = ev.iterator();
      const days: { local: string; utc: string; end: string }[] = [];
      for (let t = it.next(); t && t.year <= 2027; t = it.next()) {
        if (t.year < 2026) continue;
        const o = ev.getOccurrenceDetails(t);
        days.push({ local: o.startDate.toString(), utc: o.startDate.toJSDate().toISOString(), end: o.endDate.toString() });
      }
      return days;
    };
    const technical = occurrences(/technical maintenance of the portal \(productie\)/);
    assert.deepEqual(
      technical.map((d) => d.local.slice(0, 10)),
      SECOND_WED,
    );
    // 00:00 in Amsterdam is 23:00 UTC the day before in winter, 22:00 in summer (2026: CEST from 29 March to 25 October).
    assert.equal(technical.find((d) => d.local.startsWith('2026-03-11'))!.utc, '2026-03-10T23:00:00.000Z');
    assert.equal(technical.find((d) => d.local.startsWith('2026-04-08'))!.utc, '2026-04-07T22:00:00.000Z');
    assert.equal(technical.find((d) => d.local.startsWith('2026-10-14'))!.utc, '2026-10-13T22:00:00.000Z');
    assert.equal(technical.find((d) => d.local.startsWith('2026-11-11'))!.utc, '2026-11-10T23:00:00.000Z');
    const functionalPre = occurrences(/functional maintenance of the portal \(preproductie\)/);
    assert.deepEqual(
      functionalPre.map((d) => d.local.slice(0, 10)),
      FOURTH_WED,
    );
    assert.equal(functionalPre[0]!.local, '2026-01-28T17:00:00');
    assert.equal(functionalPre[0]!.end, '2026-01-29T06:00:00', 'preproductie: from 17:00 to 06:00 the next morning');
    assert.deepEqual(
      occurrences(/Berichtenbox \(productie\)/).map((d) => d.local),
      SECOND_TUE.map((d) => `${d}T09:00:00`),
    );
  });
});
