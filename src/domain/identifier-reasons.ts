// Short reasons why an identifier is not acceptable, in both languages, for inside findings.

export function reasonText(code: string, params: Record<string, string> = {}): { nl: string; en: string } {
  switch (code) {
    case 'id.length':
      return { nl: `${params['length']} posities in plaats van 20`, en: `length ${params['length']} instead of 20` };
    case 'id.not-digits':
      return { nl: 'niet alleen cijfers', en: 'not only digits' };
    case 'id.prefix-unknown':
      return { nl: `onbekend prefix ${params['prefix']}`, en: `unknown prefix ${params['prefix']}` };
    case 'id.prefix-unassigned':
      return { nl: `niet uitgegeven prefix ${params['prefix']}`, en: `unassigned prefix ${params['prefix']}` };
    case 'hrn.prefix':
      return {
        nl: `prefix ${params['prefix']} in plaats van 00000003 (KvK) of 00000001 (RSIN)`,
        en: `prefix ${params['prefix']} instead of 00000003 (KvK) or 00000001 (RSIN)`,
      };
    case 'partyid.suffix-invalid':
      return {
        nl: `ongeldig achtervoegsel _${params['suffix']} (toegestaan: _O, _T, _A of een combinatie)`,
        en: `invalid suffix _${params['suffix']} (allowed: _O, _T, _A or a combination)`,
      };
    case 'partyid.suffix-productie':
      return { nl: `achtervoegsel _${params['suffix']} is niet toegestaan in productie`, en: `suffix _${params['suffix']} is not allowed in production` };
    case 'id.test-oin-productie':
      return { nl: 'een test-OIN is niet toegestaan in productie', en: 'a test OIN is not allowed in production' };
    default:
      return { nl: code, en: code };
  }
}
