// The ebMS Ping MessageMetadataDocument as in the Handleiding's example (Axway B2B's back-end file
// format): From, To, Service, Action (Ping), CPAId, with the type attributes as shown there; the
// optional FromRole, ToRole and ConversationId (Axway-based adapters require the roles) are added
// only when given, since empty Metadata are not allowed.
import { create } from 'xmlbuilder2';
import { xmlText } from './text.ts';

export const EBMS_SERVICE = 'urn:oasis:names:tc:ebxml-msg:service';

export interface PingInput {
  from: string;
  to: string;
  cpaId: string;
  fromRole?: string;
  toRole?: string;
  conversationId?: string;
}

export function pingXml(i: PingInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('MessageMetadataDocument', { documentId: 'PingMMD', protocol: 'ebXML', protocolVersion: '2.0' });
  root.ele('Metadata', { name: 'From', type: 'string' }).txt(xmlText('From', i.from));
  root.ele('Metadata', { name: 'To', type: 'string' }).txt(xmlText('To', i.to));
  root.ele('Metadata', { name: 'Service' }).txt(EBMS_SERVICE);
  root.ele('Metadata', { name: 'Action', type: 'string' }).txt('Ping');
  root.ele('Metadata', { name: 'CPAId' }).txt(xmlText('CPAId', i.cpaId));
  const optional: [string, string | undefined][] = [
    ['FromRole', i.fromRole],
    ['ToRole', i.toRole],
    ['ConversationId', i.conversationId],
  ];
  for (const [name, value] of optional) if (value?.trim()) root.ele('Metadata', { name, type: 'string' }).txt(xmlText(name, value.trim()));
  return `${doc.end({ prettyPrint: true, indent: '  ', wellFormed: true })}\n`;
}
