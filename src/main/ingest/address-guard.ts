import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Which internet addresses an imported web address may reach. A page (or a redirect) must not
 * make Dossier read this computer, the local network or a cloud metadata service on its behalf,
 * so every address a host name resolves to is checked before any connection is made.
 */

/** A host name → the addresses it resolves to (the system's DNS unless a caller injects one). */
export type Resolver = (hostname: string) => Promise<string[]>;

export interface AddressPolicy {
  /** The user's opt-in for their own intranet (DOSSIER_ALLOW_PRIVATE_ADDRESSES=1). */
  allowPrivate: boolean;
  resolve: Resolver;
  /** Addresses to treat as public anyway: tests stand a loopback server in for a public site. */
  treatAsPublic?: readonly string[];
}

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export function privateAddressesAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DOSSIER_ALLOW_PRIVATE_ADDRESSES === '1';
}

/** Thrown before any connection is made, so a refused address tells nothing about its ports. */
export class NonPublicAddressError extends Error {
  constructor(readonly hostname: string) {
    super(`${hostname} is not a public internet address`);
  }
}

/**
 * The one address the request will connect to: the host's addresses, every one checked (a name
 * that mixes a public and a private address is refused). The caller pins its connection to the
 * result, so the name is never resolved again between the check and the connection.
 */
export async function checkedAddress(hostname: string, policy: AddressPolicy): Promise<PinnedAddress> {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(bare) ? [bare] : await policy.resolve(bare);
  if (addresses.length === 0) throw Object.assign(new Error(`${bare} has no address`), { code: 'ENOTFOUND' });
  const allowed = (address: string) => policy.allowPrivate || policy.treatAsPublic?.includes(address) || isPublicAddress(address);
  if (!addresses.every(allowed)) throw new NonPublicAddressError(bare);
  const family = isIP(addresses[0]);
  return { address: addresses[0], family: family === 6 ? 6 : 4 };
}

// [first address, prefix length] of every IPv4 block that is not the public internet.
const IPV4_NON_PUBLIC: [string, number][] = [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including cloud metadata at 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, including the broadcast 255.255.255.255
];

const IPV4_BLOCKS = IPV4_NON_PUBLIC.map(([base, bits]) => ({ base: ipv4Number(base), mask: bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0 }));

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, part) => (n * 256 + Number(part)) >>> 0, 0);
}

function isPublicIpv4(n: number): boolean {
  return !IPV4_BLOCKS.some(({ base, mask }) => ((n & mask) >>> 0) === base);
}

/** Eight 16-bit groups, or null; accepts a zone (%eth0) and an embedded dotted IPv4 tail. */
function ipv6Groups(address: string): number[] | null {
  let text = address.split('%')[0].toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = ipv4Number(tail[1]);
    text = `${text.slice(0, -tail[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const rest = halves.length === 2 ? part(halves[1]) : [];
  const groups = halves.length === 2 ? [...head, ...Array(8 - head.length - rest.length).fill(0), ...rest] : head;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isPublicIpv6(g: number[]): boolean {
  const embedded = (hi: number, lo: number) => isPublicIpv4(((hi << 16) | lo) >>> 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return embedded(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]);
  // Only global unicast (2000::/3) is the public internet: this drops ::, ::1, fc00::/7,
  // fe80::/10, fec0::/10, ff00::/8 and the rest of the special blocks below 2000::.
  if ((g[0] & 0xe000) !== 0x2000) return false;
  if (g[0] === 0x2001 && g[1] < 0x200) return false; // IETF protocol assignments, Teredo
  if (g[0] === 0x2001 && g[1] === 0xdb8) return false; // documentation
  if (g[0] === 0x3fff && g[1] < 0x1000) return false; // documentation
  if (g[0] === 0x2002) return embedded(g[1], g[2]); // 6to4 carries an IPv4 address
  return true;
}

/** True only for an address on the public internet; anything unparseable counts as not public. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) === 4) return isPublicIpv4(ipv4Number(bare));
  const groups = ipv6Groups(bare);
  return groups !== null && isIP(bare.split('%')[0]) === 6 && isPublicIpv6(groups);
}
