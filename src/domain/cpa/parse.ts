// Reads an ebXML CPPA 2.0 CPA with the strict, namespace-aware reader of domain/xml: a DOCTYPE is
// refused outright (no entity is ever expanded or fetched), a well-formedness error is reported
// with its place, and only what the checks need is kept.
import { readXml, XmlError, type XmlTag } from '../xml/read-xml.ts';

export const CPPA_NS = 'http://www.oasis-open.org/committees/ebxml-cppa/schema/cpp-cpa-2_0.xsd';
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const MAX_CPA_BYTES = 20 * 1024 * 1024;
/** A real CPA nests some 10 elements deep (CPPA 2.0); anything past this is refused at once. */
export const MAX_CPA_DEPTH = 100;
/** The elements whose text the checks use (CPPA: Start, End, PartyId, TransportSecurityProtocol; xmldsig: X509Certificate, X509SubjectName). */
const TEXT_OF = new Set(['Start', 'End', 'PartyId', 'TransportSecurityProtocol', 'X509Certificate', 'X509SubjectName']);

export interface CpaCertificate {
  certId: string;
  /** The first X509Certificate (kept for callers that need one). */
  der: Buffer | null;
  /** Every X509Certificate in the KeyInfo: a KeyInfo may carry the chain as well. */
  ders: Buffer[];
  /** X509SubjectName, when the KeyInfo names the certificate it is about. */
  subjectName: string | null;
}

export interface CpaDeliveryChannel {
  channelId: string;
  transportId: string;
  syncReplyMode: string | null;
}

export interface CpaTransport {
  transportId: string;
  endpoints: { uri: string; type: string }[];
  /** TransportSecurityProtocol under TransportServerSecurity / TransportClientSecurity. */
  serverSecurity: string | null;
  clientSecurity: string | null;
}

export interface CpaParty {
  partyName: string;
  partyIds: { type: string; value: string }[];
  certificates: CpaCertificate[];
  endpoints: { uri: string; type: string }[];
  clientCertRefs: string[];
  serverCertRefs: string[];
  defaultChannelId: string | null;
  channels: CpaDeliveryChannel[];
  transports: CpaTransport[];
}

export interface Cpa {
  cpaId: string;
  status: string | null;
  start: string | null;
  end: string | null;
  parties: CpaParty[];
}

export class CpaReadError extends Error {
  constructor(
    readonly code: string,
    readonly detail = '',
    /** For xml.malformed: the reader's problem, which the message catalogue words. */
    readonly xml?: XmlError,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CpaReadError';
  }
}

function attr(tag: XmlTag, local: string): string | undefined {
  // CPPA attributes are qualified (tns:value) in practice; accept them unqualified as well.
  for (const a of tag.attributes) if (a.local === local && (a.uri === CPPA_NS || a.uri === '')) return a.value;
  return undefined;
}

export function parseCpa(text: string): Cpa {
  if (text.length > MAX_CPA_BYTES) throw new CpaReadError('cpa.too-large', String(text.length));
  const stack: string[] = [];
  let cpa: Cpa | null = null;
  let party: CpaParty | null = null;
  let cert: CpaCertificate | null = null;
  let transport: CpaTransport | null = null;
  let security: 'server' | 'client' | null = null;
  let pendingPartyIdType = '';
  let text_ = '';
  // Only these elements' text is read; the rest (most of a large CPA) is not gathered at all.
  // Kept per open element, so that text after a child counts for its parent as it always did.
  let wanted = false;
  const wantedStack: boolean[] = [];
  let error: CpaReadError | null = null;
  const fail = (e: CpaReadError) => {
    error ??= e;
  };
  const open = (tag: XmlTag) => {
    if (error) return;
    const local = tag.local;
    if (!stack.length) {
      if (local !== 'CollaborationProtocolAgreement' || tag.uri !== CPPA_NS)
        fail(new CpaReadError('cpa.not-a-cpa', `${tag.uri ? `{${tag.uri}}` : ''}${local}`));
      else cpa = { cpaId: attr(tag, 'cpaid') ?? '', status: null, start: null, end: null, parties: [] };
    }
    stack.push(local);
    // Stop parsing at once: namespace scopes make every further level dearer (quadratic in depth).
    if (stack.length > MAX_CPA_DEPTH) throw new CpaReadError('cpa.too-deep', String(MAX_CPA_DEPTH));
    text_ = '';
    wanted = TEXT_OF.has(local) && (tag.uri === CPPA_NS || tag.uri === DSIG_NS);
    wantedStack.push(wanted);
    if (!cpa || (tag.uri !== CPPA_NS && tag.uri !== DSIG_NS)) return;
    if (tag.uri === CPPA_NS) {
      switch (local) {
        case 'Status':
          if (stack.length === 2) (cpa as Cpa).status = attr(tag, 'value') ?? '';
          break;
        case 'PartyInfo':
          party = {
            partyName: attr(tag, 'partyName') ?? '',
            partyIds: [],
            certificates: [],
            endpoints: [],
            clientCertRefs: [],
            serverCertRefs: [],
            defaultChannelId: attr(tag, 'defaultMshChannelId') ?? null,
            channels: [],
            transports: [],
          };
          (cpa as Cpa).parties.push(party);
          break;
        case 'PartyId':
          pendingPartyIdType = attr(tag, 'type') ?? '';
          break;
        case 'Certificate':
          if (party) {
            cert = { certId: attr(tag, 'certId') ?? '', der: null, ders: [], subjectName: null };
            (party as CpaParty).certificates.push(cert);
          }
          break;
        case 'Endpoint':
          if (party) {
            const e = { uri: attr(tag, 'uri') ?? '', type: attr(tag, 'type') ?? '' };
            (party as CpaParty).endpoints.push(e);
            (transport as CpaTransport | null)?.endpoints.push(e);
          }
          break;
        case 'DeliveryChannel':
          if (party)
            (party as CpaParty).channels.push({ channelId: attr(tag, 'channelId') ?? '', transportId: attr(tag, 'transportId') ?? '', syncReplyMode: null });
          break;
        case 'MessagingCharacteristics': {
          const ch = (party as CpaParty | null)?.channels.at(-1);
          if (ch && stack.at(-2) === 'DeliveryChannel') ch.syncReplyMode = attr(tag, 'syncReplyMode') ?? null;
          break;
        }
        case 'Transport':
          if (party) {
            transport = { transportId: attr(tag, 'transportId') ?? '', endpoints: [], serverSecurity: null, clientSecurity: null };
            (party as CpaParty).transports.push(transport);
          }
          break;
        case 'TransportServerSecurity':
          security = 'server';
          break;
        case 'TransportClientSecurity':
          security = 'client';
          break;
        case 'ClientCertificateRef':
          if (party) (party as CpaParty).clientCertRefs.push(attr(tag, 'certId') ?? '');
          break;
        case 'ServerCertificateRef':
          if (party) (party as CpaParty).serverCertRefs.push(attr(tag, 'certId') ?? '');
          break;
      }
    }
  };
  const close = (tag: XmlTag) => {
    if (error) return;
    const local = tag.local;
    const value = wanted ? text_.trim() : '';
    if (cpa && tag.uri === CPPA_NS) {
      if (local === 'Start' && stack.length === 2) (cpa as Cpa).start = value;
      else if (local === 'End' && stack.length === 2) (cpa as Cpa).end = value;
      else if (local === 'PartyId' && party) (party as CpaParty).partyIds.push({ type: pendingPartyIdType, value });
      else if (local === 'PartyInfo') party = null;
      else if (local === 'Certificate') cert = null;
      else if (local === 'Transport') transport = null;
      else if (local === 'TransportServerSecurity' || local === 'TransportClientSecurity') security = null;
      else if (local === 'TransportSecurityProtocol' && transport && security)
        (transport as CpaTransport)[security === 'server' ? 'serverSecurity' : 'clientSecurity'] = value;
    }
    if (cpa && tag.uri === DSIG_NS && cert) {
      const c = cert as CpaCertificate;
      if (local === 'X509Certificate') {
        const b64 = value.replace(/\s+/g, '');
        const der = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? Buffer.from(b64, 'base64') : null;
        if (der) c.ders.push(der);
        c.der ??= der;
      } else if (local === 'X509SubjectName') c.subjectName ??= value;
    }
    stack.pop();
    text_ = '';
    wantedStack.pop();
    wanted = wantedStack.length > 0 && wantedStack[wantedStack.length - 1]!;
  };
  try {
    readXml(text, {
      open,
      text: (t) => {
        if (wanted) text_ += t;
      },
      close,
    });
  } catch (e) {
    // The first problem is the one reported (a wrong root element before a malformed part, say).
    if (e instanceof CpaReadError) fail(e);
    else if (e instanceof XmlError) fail(e.kind === 'doctype' ? new CpaReadError('xml.doctype') : new CpaReadError('xml.malformed', e.message, e));
    else throw e;
  }
  if (error) throw error;
  if (!cpa) throw new CpaReadError('cpa.not-a-cpa', 'empty document');
  return cpa;
}
