// Writes a throw-away test PKI (root, intermediate, leaves) to a directory, for trying lz-onboard
// by hand: npx tsx scripts/make-test-pki.ts <dir> [OIN-or-HRN]. Keys are generated and discarded.
import { mkdirSync } from 'node:fs';
import { testPki } from '../test/helpers/pki.ts';

const dir = process.argv[2] ?? 'test-pki';
const id = process.argv[3] ?? '00000001002220647000';
mkdirSync(dir, { recursive: true });
const p = testPki(dir);
const leaf = p.leaf({ id, subject: p.leafSubject(id, 'lz.gemeente.example.nl') });
p.write('leaf.pem', leaf.pem);
p.write('chain.pem', p.inter.pem);
console.log(`${dir}/leaf.pem (${id}), ${dir}/chain.pem, ${dir}/root.pem`);
