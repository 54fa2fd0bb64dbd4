// Phase 4 on record through the built CLI: after Logius approved the test report, the limited
// production run (its day outside the maintenance windows, its recipients counted, never a BSN),
// go-live per zaaktype, and the operations document and help-desk briefing that steps
// 4.beheerdocumentatie and 4.helpdesk stand for (golden files; the HTML in headless Chromium).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHROMIUM, overflow, pdfPages, TEST_OUTPUT, withPage } from '../helpers/browser.ts';
import { initLeverancier, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { golden } from '../helpers/golden.ts';

/** A gemeente whose chain test passed and whose test report Logius approved. */
function approved() {
  const cwd = tempDir();
  assert.equal(initOverheid(cwd, ['--zaaktype', 'omgevingsvergunning', '--zaaktype', 'parkeervergunning']).code, 0);
  const run = (args: string[]) => lz([...args, '--lang', 'en', '--by', 'tester'], { cwd });
  const ok = (args: string[]) => {
    const r = run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  ok(['step', 'set', '2.aanvraagformulier', '--value', 'contactEmail=lz@gemeente.example.nl']);
  ok(['step', 'set', '3.digid-accounts', '--value', 'testBsns=111222333']);
  return { cwd, run, ok };
}

/** Phase 3 to its end; `rejected`: with a failure in round 1, the report rejected, round 2 re-tested. */
function approve(ok: (a: string[]) => unknown, cwd: string, rejected = false) {
  const failing = (i: { scenario: string; zaaktype: string | null }) => rejected && i.scenario === 'e-mailnotificatie' && i.zaaktype === 'parkeervergunning';
  for (const item of json(lz(['test', 'plan', '--json'], { cwd })).items as { scenario: string; zaaktype: string | null }[]) {
    const args = ['test', 'record', item.scenario, '--result', failing(item) ? 'fail' : 'pass', '--at', '2027-03-02'];
    if (item.zaaktype) args.push('--zaaktype', item.zaaktype);
    ok(args);
  }
  ok(['step', 'set', '3.ketentest', '--value', 'ketentestPeriode=2027-03-01/2027-03-19']);
  if (rejected) {
    ok(['test', 'report', '-o', 'testrapport-1.html', '--at', '2027-03-04']);
    ok(['test', 'round', '--rejected', '--on', '2027-03-05', '--reason', 'geen e-mailnotificatie voor parkeervergunning']);
    ok(['test', 'record', 'e-mailnotificatie', '--zaaktype', 'parkeervergunning', '--result', 'pass', '--at', '2027-03-08']);
  }
  ok(['step', 'done', '3.ketentest']);
  ok(['test', 'report', '-o', 'testrapport.html', '--at', '2027-03-09']);
  ok(['step', 'done', '3.testrapport', '--value', 'verstuurdOp=2027-03-09', '--value', 'goedgekeurdOp=2027-03-12']);
}

describe('the limited production run', () => {
  it('comes after the approved report, on a day outside the windows, with counted recipients and known zaaktypen; never a BSN', () => {
    const { cwd, run, ok } = approved();
    const lpr = (extra: string[]) => [
      'step',
      'done',
      '4.lpr',
      '--value',
      'lprOntvangers=5',
      '--value',
      'lprZaaktypen=omgevingsvergunning',
      '--value',
      'logiusGemeldOp=2027-03-29',
      ...extra,
    ];
    const before = run(lpr(['--value', 'lprDatum=2027-04-06']));
    assert.equal(before.code, 2);
    assert.match(before.stderr, /the LPR comes after Logius approved the test report/);
    approve(ok, cwd);
    const cases: [string[], RegExp][] = [
      [['--value', 'lprDatum=2027-03-10'], /lies before the test report was approved \(2027-03-12\)/],
      // 2027-04-14 is the 2nd Wednesday: technical maintenance of the portal.
      [['--value', 'lprDatum=2027-04-14'], /2027-04-14 falls in a Logius maintenance window on production \(portaal-technisch\)/],
      [['--value', 'lprDatum=2027-04-06', '--value', 'lprZaaktypen=hondenbelasting'], /zaaktype hondenbelasting is not in the dossier/],
      [['--value', 'lprDatum=2027-04-06', '--value', 'lprOntvangers=vijf'], /not a number of them/],
      [
        ['--value', 'lprDatum=2027-04-06', '--note', 'ontvangers: 123456782 en 111222333'],
        /note holds something that may be a BSN; the LPR uses real people's BSNs/,
      ],
    ];
    for (const [extra, message] of cases) {
      const r = run(lpr(extra));
      assert.equal(r.code, 2, `${extra.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    // Even a test BSN is refused there: the production run has no test list.
    assert.match(run(['step', 'set', '4.lpr-afgerond', '--value', 'goLive=111222333=2027-05-03']).stderr, /goLive holds something that may be a BSN/);
    ok(lpr(['--value', 'lprDatum=2027-04-06']));
    ok(['step', 'done', '4.lpr-afgerond', '--value', 'goLive=omgevingsvergunning=2027-05-03,parkeervergunning=2027-05-17']);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.environments.productie.lprDatum, '2027-04-06');
    assert.equal(d.environments.productie.lprOntvangers, '5');
    assert.deepEqual(d.environments.productie.lprZaaktypen, ['omgevingsvergunning']);
    assert.equal(d.environments.productie.logiusGemeldOp, '2027-03-29');
    assert.doesNotMatch(JSON.stringify({ p: d.environments.productie, s4: [d.steps['4.lpr'], d.steps['4.lpr-afgerond']] }), /123456782|111222333/);
  });
});

describe('docs beheer and docs helpdesk', () => {
  it('the whole story: phase 3 with a rejected round, then the LPR, go-live and both documents; golden Markdown and HTML', () => {
    const { cwd, run, ok } = approved();
    approve(ok, cwd, true);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).testing.round, 2);
    ok([
      'step',
      'done',
      '4.lpr',
      '--value',
      'lprDatum=2027-04-06',
      '--value',
      'lprOntvangers=5',
      '--value',
      'lprZaaktypen=omgevingsvergunning',
      '--value',
      'logiusGemeldOp=2027-03-29',
    ]);
    ok(['step', 'done', '4.lpr-afgerond', '--value', 'goLive=omgevingsvergunning=2027-05-03']);
    const early = run(['step', 'done', '4.beheerdocumentatie', '--value', 'contact24x7=Servicedesk ICT, 070 123 4567 (24 x 7)']);
    assert.equal(early.code, 2);
    assert.match(early.stderr, /write it with lz-onboard docs beheer -o <file>/);
    ok(['step', 'set', '4.beheerdocumentatie', '--value', 'contact24x7=Servicedesk ICT, 070 123 4567 (24 x 7)', '--value', 'beheerder=Team Applicatiebeheer']);
    ok(['step', 'set', '4.helpdesk', '--value', 'kccContact=KCC, 14 0344']);
    for (const [kind, lang] of [
      ['beheer', 'nl'],
      ['helpdesk', 'nl'],
    ] as const) {
      for (const ext of ['md', 'html']) {
        const r = lz(['docs', kind, '-o', `${kind}.${ext}`, '--at', '2027-04-20', '--lang', lang], { cwd });
        assert.equal(r.code, 0, r.stderr);
        golden(`docs-${kind}.${ext}`, readFileSync(join(cwd, `${kind}.${ext}`), 'utf8'));
      }
    }
    const beheer = readFileSync(join(cwd, 'beheer.md'), 'utf8');
    assert.match(beheer, /\| Eigen 24 x 7 contact \(prioriteit 1\) \| Servicedesk ICT, 070 123 4567 \(24 x 7\) \| 24 x 7 \|/);
    assert.match(beheer, /\| 1 - Hoog \| ≤ 6 klokuren \|/);
    assert.match(
      beheer,
      /\| gepland technisch onderhoud Portaal \| elke 2e woensdag van de maand \| productie 00:00-06:00; preproductie 00:00-06:00 \| 2027-05-12, 2027-06-09, 2027-07-14 \|/,
    );
    const helpdesk = readFileSync(join(cwd, 'helpdesk.md'), 'utf8');
    assert.match(helpdesk, /\| omgevingsvergunning \| 2027-05-03 \|\n\| parkeervergunning \| nog niet gepland \|/);
    assert.match(helpdesk, /\| over de inhoud of voortgang van de zaak \| de eigen organisatie: KCC, 14 0344 \|/);
    // The same document again is no change; a folder is no place for one.
    assert.match(
      lz(['docs', 'beheer', '-o', 'beheer.md', '--at', '2027-04-20', '--lang', 'nl'], { cwd }).stderr,
      /Beheerdocumentatie ongewijzigd: .*beheer\.md is al precies dit document/,
    );
    const folder = run(['docs', 'beheer', '-o', '.']);
    assert.equal(folder.code, 2);
    assert.doesNotMatch(folder.stderr, /already exists/);
    ok(['step', 'done', '4.beheerdocumentatie']);
    ok(['step', 'done', '4.helpdesk']);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['4.beheerdocumentatie'].values.document, 'beheer.html');
    assert.equal(d.steps['4.helpdesk'].values.documentSha256, d.documents.filter((x: any) => x.kind === 'helpdesk').at(-1).sha256);
    assert.deepEqual(
      d.documents.map((x: any) => `${x.kind} ${x.path}`),
      ['beheer beheer.md', 'beheer beheer.html', 'helpdesk helpdesk.md', 'helpdesk helpdesk.html'],
    );
    // LPR, its completion and both documents are done; what is left are the production connection steps (certificates under the real root).
    const st = json(lz(['status', '--json'], { cwd })).dossiers[0];
    assert.equal(st.phases[3].done, 4, JSON.stringify(st.phases[3]));
  });

  it("a supplier gets neither: phase 4 does not apply to a supplier connection, with the manual's reason", () => {
    const cwd = tempDir();
    assert.equal(initLeverancier(cwd).code, 0);
    for (const kind of ['beheer', 'helpdesk']) {
      const r = lz(['docs', kind, '--lang', 'en'], { cwd });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /supplier/i);
    }
  });

  it('the HTML documents in headless Chromium: no console errors or requests, fit A4', { skip: CHROMIUM ? false : 'chromium is not installed' }, async () => {
    const { cwd } = approved();
    for (const kind of ['beheer', 'helpdesk']) assert.equal(lz(['docs', kind, '-o', `${kind}.html`], { cwd }).code, 0);
    await withPage(async (page, problems) => {
      for (const kind of ['beheer', 'helpdesk']) {
        await page.goto(`file://${join(cwd, `${kind}.html`)}`);
        assert.match(await page.title(), kind === 'beheer' ? /Operations document MijnOverheid Lopende Zaken: Gemeente Voorbeeld/ : /Help-desk briefing/);
        const wider = await overflow(page);
        assert.ok(wider <= 0, `${kind}: wider than A4 by ${wider} px`);
        const shot = join(TEST_OUTPUT, `docs-${kind}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        const pages = pdfPages(await page.pdf({ format: 'A4' }));
        if (kind === 'helpdesk') assert.equal(pages, 1, 'the help-desk briefing is one page');
        console.log(`# screenshot: ${shot} (${pages} A4 page${pages === 1 ? '' : 's'})`);
      }
      assert.deepEqual(problems, []);
    });
  });
});
