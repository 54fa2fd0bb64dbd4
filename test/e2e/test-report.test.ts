// lz-onboard test report through the built CLI: a gemeente with two zaaktypen runs its chain test
// with a failure, sends round 1, Logius rejects it, round 2 re-tests and is approved; the report in
// Markdown, HTML and JSON against golden files, the HTML rendered in headless Chromium (no console
// errors, fits A4, prints to PDF, a screenshot kept in test-output/), and a supplier's report.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHROMIUM, overflow, pdfPages, TEST_OUTPUT, withPage } from '../helpers/browser.ts';
import { initLeverancier, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { golden } from '../helpers/golden.ts';

function chainTest() {
  const cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
  const run = (args: string[]) => lz([...args, '--lang', 'nl', '--by', 'tester'], { cwd });
  const ok = (args: string[]) => {
    const r = run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  ok(['step', 'done', '1.zaakberichtstroom', '--value', 'zaaktypen=omgevingsvergunning,parkeervergunning', '--value', 'standard=stuf']);
  ok(['step', 'set', '3.digid-accounts', '--value', 'testBsns=111222333,999993653']);
  ok(['step', 'set', '3.ketentest', '--value', 'ketentestPeriode=2027-03-01/2027-03-19']);
  writeFileSync(join(cwd, 'portaal-nieuwe-zaak.png'), 'screenshot bytes');
  writeFileSync(join(cwd, 'adapter.log'), '2027-03-02T10:00:01 sent <a1@gemeente.example.nl>\n');
  const items = json(lz(['test', 'plan', '--json'], { cwd })).items as { scenario: string; zaaktype: string | null }[];
  for (const item of items) {
    const failing = item.scenario === 'statuswijziging' && item.zaaktype === 'parkeervergunning';
    const args = ['test', 'record', item.scenario, '--result', failing ? 'fail' : 'pass', '--at', '2027-03-02T10:00:00+01:00'];
    if (item.zaaktype) args.push('--zaaktype', item.zaaktype, '--bsn', '111222333');
    if (item.scenario === 'nieuwe-zaak') args.push('--evidence', 'portaal-nieuwe-zaak.png', '--stuf-ref', 'GM0344-2027-0001');
    if (item.scenario === 'transport') args.push('--message-id', '<a1@gemeente.example.nl>', '--evidence', 'adapter.log');
    if (failing) args.push('--observed', 'de tweede status verschijnt niet in het portaal', '--note', 'melding bij de leverancier van het zaaksysteem');
    ok(args);
  }
  return { cwd, run, ok };
}

describe('test report', () => {
  it('round 1 with a failure, rejected, round 2 re-tested and approved; golden Markdown, HTML and JSON', async () => {
    const { cwd, run, ok } = chainTest();
    const r1 = ok(['test', 'report', '-o', 'testrapport-ronde-1.md', '--at', '2027-03-05']);
    assert.match(r1.stderr, /testrapport geschreven: .*testrapport-ronde-1\.md \(ronde 1, SHA-256/);
    assert.match(r1.stderr, /13 van 14 tests geslaagd/);
    const round1 = readFileSync(join(cwd, 'testrapport-ronde-1.md'), 'utf8');
    assert.match(
      round1,
      /- statuswijziging \(parkeervergunning\): mislukt \(2027-03-02\); de tweede status verschijnt niet in het portaal; melding bij de leverancier/,
    );
    // Sent to Logius; not approved.
    ok(['step', 'set', '3.testrapport', '--value', 'verstuurdOp=2027-03-05']);
    // Logius does not approve: round 2 begins, round 1 is kept, the report step is open again.
    assert.equal(run(['test', 'round', '--rejected']).code, 2, 'a reason is required');
    const rejected = ok(['test', 'round', '--rejected', '--on', '2027-03-08', '--reason', 'statuswijziging voor parkeervergunning mislukt']);
    assert.match(rejected.stderr, /ronde 2 begonnen; ronde 1 blijft bewaard/);
    let d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.testing.round, 2);
    assert.equal(d.steps['3.testrapport'].values.verstuurdOp, '2027-03-05', 'what round 1 recorded stays');
    const early = run(['step', 'done', '3.testrapport', '--value', 'verstuurdOp=2027-03-12', '--value', 'goedgekeurdOp=2027-03-13']);
    assert.equal(early.code, 2);
    assert.match(early.stderr, /staat voor het testrapport van ronde 2/);
    ok(['test', 'record', 'statuswijziging', '--zaaktype', 'parkeervergunning', '--result', 'pass', '--bsn', '999993653', '--at', '2027-03-10T14:00:00+01:00']);
    ok(['step', 'done', '3.ketentest']);
    // The reports of round 2, in all three formats.
    ok(['test', 'report', '-o', 'testrapport.md', '--at', '2027-03-11']);
    ok(['test', 'report', '-o', 'testrapport.html', '--at', '2027-03-11']);
    ok(['test', 'report', '-o', 'testrapport.json', '--at', '2027-03-11']);
    const md = readFileSync(join(cwd, 'testrapport.md'), 'utf8');
    const html = readFileSync(join(cwd, 'testrapport.html'), 'utf8');
    const body = JSON.parse(readFileSync(join(cwd, 'testrapport.json'), 'utf8'));
    golden('test-report.md', md);
    golden('test-report.html', html);
    // recordedAt is when the test ran this suite: the one thing that is not fixed.
    golden('test-report.json', `${JSON.stringify(body, (k, v) => (k === 'recordedAt' ? '<recordedAt>' : v), 2)}\n`);
    assert.match(md, /Alle 14 tests zijn geslaagd\./);
    assert.match(md, /\| Ronde \| 2 \(na afkeuring van ronde 1\) \|/);
    assert.match(md, /Ronde 1 is op 2027-03-08 afgekeurd: statuswijziging voor parkeervergunning mislukt/);
    assert.match(md, /- Run 4 \(2027-03-02, ronde 1\), statuswijziging \(parkeervergunning\): mislukt; de tweede status verschijnt niet/);
    assert.equal(body.formatVersion, 1);
    assert.equal(body.round, 2);
    assert.equal(body.complete, true);
    assert.equal(body.evidence.length, 3);
    // The approval: 3.testrapport records the SHA-256 of the latest report of round 2.
    ok(['step', 'done', '3.testrapport', '--value', 'verstuurdOp=2027-03-12', '--value', 'goedgekeurdOp=2027-03-13']);
    d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['3.testrapport'].values.rapport, 'testrapport.json');
    assert.equal(d.steps['3.testrapport'].values.rapportSha256, d.testing.reports.at(-1).sha256);
    assert.deepEqual(
      d.testing.reports.map((r: any) => `${r.round} ${r.path}`),
      ['1 testrapport-ronde-1.md', '2 testrapport.md', '2 testrapport.html', '2 testrapport.json'],
    );
    // The same report again is no change; an existing file is not replaced without --force.
    assert.match(
      ok(['test', 'report', '-o', 'testrapport.md', '--at', '2027-03-11']).stderr,
      /Testrapport ongewijzigd: .*testrapport\.md is al precies dit document/,
    );
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).testing.reports.length, 4);
    assert.equal(run(['test', 'report', '-o', 'testrapport.md', '--at', '2027-03-12']).code, 2);
    // Only recorded test BSNs appear.
    for (const text of [md, html, JSON.stringify(body)])
      for (const m of text.matchAll(/(?<![0-9])[0-9]{9}(?![0-9])/g)) assert.ok(['111222333', '999993653'].includes(m[0]), m[0]);
  });

  it('the HTML in headless Chromium: renders, no console errors, fits A4, prints to PDF; a screenshot in test-output/', {
    skip: CHROMIUM ? false : 'chromium is not installed',
  }, async () => {
    const { cwd, ok } = chainTest();
    ok(['test', 'report', '-o', 'testrapport.html', '--at', '2027-03-05']);
    await withPage(async (page, problems) => {
      await page.goto(`file://${join(cwd, 'testrapport.html')}`);
      assert.equal(await page.title(), 'Testrapport ketentest Lopende Zaken: Gemeente Voorbeeld');
      assert.match((await page.textContent('body')) ?? '', /13 van 14 tests zijn geslaagd/);
      assert.equal(await page.locator('.fail').count(), 2, 'the failed item in its table and in the open items');
      const wider = await overflow(page);
      assert.ok(wider <= 0, `wider than A4 by ${wider} px`);
      assert.deepEqual(problems, []);
      const shot = join(TEST_OUTPUT, 'test-report.png');
      await page.screenshot({ path: shot, fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(TEST_OUTPUT, 'test-report.pdf'), pdf);
      const pages = pdfPages(pdf);
      assert.ok(pages >= 2 && pages <= 8, `${pages} A4 pages`);
      console.log(`# screenshot: ${shot} (${pages}-page PDF beside it)`);
    });
  });

  it("a supplier's report names the HRN and the GEMMA Softwarecatalogus", () => {
    const cwd = tempDir();
    assert.equal(initLeverancier(cwd).code, 0);
    assert.equal(lz(['test', 'record', 'transport', '--result', 'pass'], { cwd }).code, 0);
    const md = lz(['test', 'report', '--lang', 'en'], { cwd });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /\| HRN \| 00000003123456780000 \|/);
    assert.match(md.stdout, /\| Kind of connection \| supplier connection \(IT supplier\) \|/);
    assert.match(md.stdout, /GEMMA Softwarecatalogus \(https:\/\/www\.softwarecatalogus\.nl\/\)/);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).testing.reports, undefined, 'to stdout: nothing recorded');
    const asJson = JSON.parse(lz(['test', 'report', '--json'], { cwd }).stdout);
    assert.equal(asJson.formatVersion, 1);
    assert.equal(asJson.organisation.identifierLabel, 'HRN');
  });
});
