import dns from 'node:dns'
import net from 'node:net'

// The checker requests addresses editors type. Without this, a link to http://169.254.169.254/ or
// http://localhost:5432/ would make the server probe its own network (SSRF) and report what answered.
const blocked = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  blocked.addSubnet(address, prefix, 'ipv4')
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(address, prefix, 'ipv6')

/** Tests (a receiver on 127.0.0.1) and intranet installs opt out with LINK_CHECK_ALLOW_PRIVATE=1. */
export const privateAddressesAllowed = (env: NodeJS.ProcessEnv = process.env): boolean => env.LINK_CHECK_ALLOW_PRIVATE === '1'

/** Loopback, private, link-local, carrier-grade NAT, multicast; IPv4-mapped IPv6 is read as IPv4. */
export const isPrivateAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)
  if (mapped) return blocked.check(mapped[1], 'ipv4')
  const family = net.isIP(bare)
  if (family === 4) return blocked.check(bare, 'ipv4')
  if (family === 6) return blocked.check(bare, 'ipv6')
  return false
}

export const PRIVATE_ADDRESS_ERROR = 'address is on a private network; not checked'

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void

/**
 * `lookup` for http.request that refuses private addresses. It checks the address the socket will
 * actually connect to, so a name that resolves differently on a second lookup (DNS rebinding) cannot
 * slip through. IP literals never reach a lookup: `checkUrl` tests them itself.
 */
export const publicOnlyLookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '')
    const usable = addresses.filter((a) => privateAddressesAllowed() || !isPrivateAddress(a.address))
    if (usable.length === 0) return callback(Object.assign(new Error(PRIVATE_ADDRESS_ERROR), { code: 'EPRIVATE' }), '')
    if (options.all) return callback(null, usable)
    callback(null, usable[0].address, usable[0].family)
  })
}
