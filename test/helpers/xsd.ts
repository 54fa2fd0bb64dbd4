// Validates generated XML against the XSDs in templates/xsd with xmllint (libxml2 compiled to
// WebAssembly: no native build, no network).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from './cli.ts';

const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(ROOT, 'templates', 'xsd', name), 'utf8') });

export async function validateAgainst(schema: 'consumerspecificatie.xsd' | 'ping-mmd.xsd', xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'doc.xml', contents: xml }],
    schema: [xsd(schema)],
    preload: schema === 'consumerspecificatie.xsd' ? [xsd('xmldsig-keyinfo.xsd')] : [],
  });
  return r.valid ? [] : r.errors.map((e) => e.message);
}
