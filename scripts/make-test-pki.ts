// Writes a throw-away test PKI (root, intermediate, leaf) to a directory, for trying lz-onboard by
// hand and for the bench: npx tsx scripts/make-test-pki.ts <dir> [OIN-or-HRN] [--cpa]. With --cpa it
// also writes cpa.xml (a CPA between that leaf and Lopende Zaken), cpa-50kb.xml and cpa-1mb.xml (the
// same, padded to 50 KB and 1 MB). Keys are generated and discarded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpaXml } from '../test/helpers/cpa.ts';
import { testPki } from '../test/helpers/pki.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = args[0] ?? 'test-pki';
const id = args[1] ?? '00000001002220647000';
mkdirSync(dir, { recursive: true });
const p = testPki(dir);
const leaf = p.leaf({ id, subject: p.leafSubject(id, 'lz.gemeente.example.nl') });
p.write('leaf.pem', leaf.pem);
p.write('chain.pem', p.inter.pem);
console.log(`${dir}/leaf.pem (${id}), ${dir}/chain.pem, ${dir}/root.pem`);
if (process.argv.includes('--cpa')) {
  const other = p.leaf({ subject: p.leafSubject('00000001822477348000', 'lz.logius.example.nl', 'Logius') });
  const xml = cpaXml({
    ours: { partyId: `${id}_A`, endpoint: 'https://lz.acc.gemeente.example.nl/ebms', clientDer: leaf.der, serverDer: leaf.der },
    other: { partyId: '00000001822477348000', endpoint: 'https://lz.logius.example.nl/ebms', certDer: other.der },
  });
  writeFileSync(join(dir, 'cpa.xml'), xml);
  const comment = '  <tns:Comment xml:lang="nl">Opvulling voor een grote CPA, zoals die met veel services en acties.</tns:Comment>\n';
  const padded = (bytes: number) =>
    xml.replace(
      '</tns:CollaborationProtocolAgreement>',
      `${comment.repeat(Math.ceil((bytes - xml.length) / comment.length))}</tns:CollaborationProtocolAgreement>`,
    );
  // A real Lopende Zaken CPA with its services and actions is some 50 KB; 1 MB is a stress case.
  writeFileSync(join(dir, 'cpa-50kb.xml'), padded(50 * 1024));
  writeFileSync(join(dir, 'cpa-1mb.xml'), padded(1024 * 1024));
  console.log(`${dir}/cpa.xml, ${dir}/cpa-50kb.xml, ${dir}/cpa-1mb.xml`);
}
