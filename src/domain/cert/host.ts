// Does a certificate cover a host name? DNS SANs (wildcards match exactly one left-most label),
// IP SANs for IP addresses, and the CN only when there is no DNS SAN (RFC 6125).
import { lazyBuiltin } from '../../io/lazy-builtin.ts';
import type { CertFields } from './fields.ts';
import { attr } from './fields.ts';

function dnsMatch(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const suffix = p.slice(1); // ".example.nl"
  if (!h.endsWith(suffix)) return false;
  const label = h.slice(0, h.length - suffix.length);
  return label.length > 0 && !label.includes('.');
}

export interface HostMatch {
  covered: boolean;
  names: string[];
  viaCn: boolean;
}

export function coversHost(c: CertFields, host: string): HostMatch {
  const bare = host.replace(/^\[|\]$/g, '');
  // Only what could be an address goes to isIP: its first call compiles Node's IPv6 pattern (4-6 ms of
  // every cert check, spec and cpa check, npm run bench), and a DNS name has letters and no colon.
  if ((bare.includes(':') || /^[\d.]+$/.test(bare)) && lazyBuiltin('node:net').isIP(bare)) {
    const ips = c.san?.ip ?? [];
    return { covered: ips.includes(bare), names: ips, viaCn: false };
  }
  const dns = c.san?.dns ?? [];
  if (dns.length) return { covered: dns.some((d) => dnsMatch(d, bare)), names: dns, viaCn: false };
  const cn = attr(c.subject, 'CN');
  return { covered: cn ? dnsMatch(cn, bare) : false, names: cn ? [cn] : [], viaCn: true };
}
