// Builds ebXML CPPA 2.0 CPAs for the tests, shaped like those of the CPA Register (qualified
// attributes, xmldsig KeyInfo), with every value that the checks look at adjustable.
export interface CpaSpec {
  cpaId?: string;
  status?: string;
  start?: string;
  end?: string;
  ours: { partyId: string; type?: string; endpoint: string; clientDer: Buffer; serverDer: Buffer; name?: string } & Transport;
  other: { partyId: string; endpoint: string; certDer: Buffer };
}

/** What a CPA's transport may get wrong, to test each rule. */
export interface Transport {
  syncReplyMode?: string;
  /** No TLS on the receiving side. */
  noServerTls?: boolean;
  /** The default channel names a channel that does not exist. */
  defaultChannel?: string;
  /** Certificates put before the client certificate in its KeyInfo (a chain, as some exports do). */
  keyInfoBefore?: Buffer[];
  /** X509SubjectName for the client certificate's KeyInfo. */
  subjectName?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A CanSend or CanReceive of the Lopende Zaken message on the party's channel. */
function binding(prefix: string, element: 'CanSend' | 'CanReceive', id: string): string {
  return `
        <tns:${element}>
          <tns:ThisPartyActionBinding tns:id="${prefix}_${id}" tns:action="Bericht" tns:packageId="LopendeZakenPackage">
            <tns:BusinessTransactionCharacteristics tns:isAuthenticated="transient" tns:isAuthorizationRequired="true" tns:isConfidential="transient" tns:isIntelligibleCheckRequired="false" tns:isNonRepudiationReceiptRequired="false" tns:isNonRepudiationRequired="false" tns:isTamperProof="transient"/>
            <tns:ChannelId>${prefix}_Channel</tns:ChannelId>
          </tns:ThisPartyActionBinding>
        </tns:${element}>`;
}

function party(prefix: string, name: string, partyId: string, type: string, endpoint: string, clientDer: Buffer, serverDer: Buffer, t: Transport = {}): string {
  const cert = (id: string, der: Buffer, before: Buffer[] = [], subjectName?: string) => `
    <tns:Certificate tns:certId="${prefix}_${id}">
      <ds:KeyInfo>
        <ds:X509Data>${
          subjectName
            ? `
          <ds:X509SubjectName>${esc(subjectName)}</ds:X509SubjectName>`
            : ''
        }${[...before, der]
          .map(
            (d) => `
          <ds:X509Certificate>${d.toString('base64')}</ds:X509Certificate>`,
          )
          .join('')}
        </ds:X509Data>
      </ds:KeyInfo>
    </tns:Certificate>`;
  return `
  <tns:PartyInfo tns:partyName="${esc(name)}" tns:defaultMshChannelId="${t.defaultChannel ?? `${prefix}_Channel`}" tns:defaultMshPackageId="MshSignalPackage">
    <tns:PartyId tns:type="${esc(type)}">${esc(partyId)}</tns:PartyId>
    <tns:PartyRef xlink:href="http://www.example.nl"/>
    <tns:CollaborationRole>
      <tns:ProcessSpecification tns:name="LopendeZaken" tns:version="1.0" xlink:type="simple" xlink:href="http://www.example.nl"/>
      <tns:Role tns:name="${prefix}" xlink:type="simple" xlink:href="http://www.example.nl"/>
      <tns:ApplicationCertificateRef tns:certId="${prefix}_ClientCertificate"/>
      <tns:ServiceBinding>
        <tns:Service tns:type="urn:osb:services">osb:lopendezaken</tns:Service>
${binding(prefix, 'CanSend', 'Send')}${binding(prefix, 'CanReceive', 'Receive')}
      </tns:ServiceBinding>
    </tns:CollaborationRole>${cert('ClientCertificate', clientDer, t.keyInfoBefore, t.subjectName)}${cert('ServerCertificate', serverDer)}
    <tns:SecurityDetails tns:securityId="${prefix}_Security">
      <tns:TrustAnchors>
        <tns:AnchorCertificateRef tns:certId="${prefix}_ServerCertificate"/>
      </tns:TrustAnchors>
    </tns:SecurityDetails>
    <tns:DeliveryChannel tns:channelId="${prefix}_Channel" tns:transportId="${prefix}_Transport" tns:docExchangeId="${prefix}_DocExchange">
      <tns:MessagingCharacteristics tns:syncReplyMode="${t.syncReplyMode ?? 'none'}" tns:ackRequested="always" tns:ackSignatureRequested="never" tns:duplicateElimination="always"/>
    </tns:DeliveryChannel>
    <tns:Transport tns:transportId="${prefix}_Transport">
      <tns:TransportSender>
        <tns:TransportProtocol tns:version="1.1">HTTP</tns:TransportProtocol>
        <tns:TransportClientSecurity>
          <tns:TransportSecurityProtocol tns:version="1.2">TLS</tns:TransportSecurityProtocol>
          <tns:ClientCertificateRef tns:certId="${prefix}_ClientCertificate"/>
          <tns:ServerSecurityDetailsRef tns:securityId="${prefix}_Security"/>
        </tns:TransportClientSecurity>
      </tns:TransportSender>
      <tns:TransportReceiver>
        <tns:TransportProtocol tns:version="1.1">HTTP</tns:TransportProtocol>
        <tns:Endpoint tns:uri="${esc(endpoint)}" tns:type="allPurpose"/>
        <tns:TransportServerSecurity>
          <tns:TransportSecurityProtocol tns:version="1.2">${t.noServerTls ? 'SSL' : 'TLS'}</tns:TransportSecurityProtocol>
          <tns:ServerCertificateRef tns:certId="${prefix}_ServerCertificate"/>
          <tns:ClientSecurityDetailsRef tns:securityId="${prefix}_Security"/>
        </tns:TransportServerSecurity>
      </tns:TransportReceiver>
    </tns:Transport>
    <tns:DocExchange tns:docExchangeId="${prefix}_DocExchange">
      <tns:ebXMLSenderBinding tns:version="2.0">
        <tns:ReliableMessaging>
          <tns:Retries>8</tns:Retries>
          <tns:RetryInterval>PT3H</tns:RetryInterval>
          <tns:MessageOrderSemantics>NotGuaranteed</tns:MessageOrderSemantics>
        </tns:ReliableMessaging>
      </tns:ebXMLSenderBinding>
    </tns:DocExchange>
  </tns:PartyInfo>`;
}

export function cpaXml(s: CpaSpec): string {
  const o = s.ours;
  return `<?xml version="1.0" encoding="UTF-8"?>
<tns:CollaborationProtocolAgreement xmlns:tns="http://www.oasis-open.org/committees/ebxml-cppa/schema/cpp-cpa-2_0.xsd" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xlink="http://www.w3.org/1999/xlink" tns:cpaid="${esc(s.cpaId ?? 'lopendezaken_00000001002220647000_00000001822477348000_1')}" tns:version="2_0b">
  <tns:Status tns:value="${esc(s.status ?? 'agreed')}"/>
  <tns:Start>${s.start ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z</tns:Start>
  <tns:End>${s.end ?? new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 19)}Z</tns:End>
  <tns:ConversationConstraints tns:invocationLimit="100" tns:concurrentConversations="100"/>${party('Consumer', o.name ?? 'Gemeente Voorbeeld', o.partyId, o.type ?? 'urn:osb:oin', o.endpoint, o.clientDer, o.serverDer, o)}${party('LopendeZaken', 'Logius', s.other.partyId, 'urn:osb:oin', s.other.endpoint, s.other.certDer, s.other.certDer)}
  <tns:SimplePart tns:id="MessageHeader" tns:mimetype="text/xml">
    <tns:NamespaceSupported tns:location="http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd" tns:version="2.0">http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd</tns:NamespaceSupported>
  </tns:SimplePart>
  <tns:SimplePart tns:id="Bericht" tns:mimetype="text/xml"/>
  <tns:Packaging tns:id="MshSignalPackage">
    <tns:ProcessingCapabilities tns:parse="true" tns:generate="true"/>
    <tns:CompositeList>
      <tns:Composite tns:id="MshSignal" tns:mimetype="multipart/related" tns:mimeparameters="type=text/xml">
        <tns:Constituent tns:idref="MessageHeader"/>
      </tns:Composite>
    </tns:CompositeList>
  </tns:Packaging>
  <tns:Packaging tns:id="LopendeZakenPackage">
    <tns:ProcessingCapabilities tns:parse="true" tns:generate="true"/>
    <tns:CompositeList>
      <tns:Composite tns:id="Message" tns:mimetype="multipart/related" tns:mimeparameters="type=text/xml">
        <tns:Constituent tns:idref="MessageHeader"/>
        <tns:Constituent tns:idref="Bericht"/>
      </tns:Composite>
    </tns:CompositeList>
  </tns:Packaging>
</tns:CollaborationProtocolAgreement>
`;
}
