// The Consumerspecificatie in the shape the Handleiding shows: root osb-ebms-service-specificatie,
// parameters name="SR" with PartyName, PartyId, PartyRef, EndpointUri, ClientCert, ServerCert in
// that order; each certificate as KeyInfo/X509Data/X509Certificate (xmldsig) with the base64 DER.
// The KeyInfo content follows CPAs of the CPA Register (domain facts: unconfirmed, kept here).
import { create } from 'xmlbuilder2';
import { xmlText } from './text.ts';

export const XMLDSIG = 'http://www.w3.org/2000/09/xmldsig#';

export interface ConsumerSpecInput {
  partyName: string;
  partyId: string;
  partyRef?: string;
  endpointUri: string;
  clientCertDer: Buffer;
  serverCertDer: Buffer;
}

export function consumerSpecXml(i: ConsumerSpecInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const params = doc.ele('osb-ebms-service-specificatie').ele('parameters', { name: 'SR' });
  params.ele('parameter', { name: 'PartyName' }).txt(xmlText('PartyName', i.partyName));
  params.ele('parameter', { name: 'PartyId' }).txt(xmlText('PartyId', i.partyId));
  const ref = params.ele('parameter', { name: 'PartyRef' });
  if (i.partyRef) ref.txt(xmlText('PartyRef', i.partyRef));
  params.ele('parameter', { name: 'EndpointUri' }).txt(xmlText('EndpointUri', i.endpointUri));
  for (const [name, der] of [
    ['ClientCert', i.clientCertDer],
    ['ServerCert', i.serverCertDer],
  ] as const) {
    params.ele('parameter', { name }).ele(XMLDSIG, 'KeyInfo').ele('X509Data').ele('X509Certificate').txt(der.toString('base64'));
  }
  return `${doc.end({ prettyPrint: true, indent: '  ', wellFormed: true })}\n`;
}
