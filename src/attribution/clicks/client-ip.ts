import type { IncomingMessage } from 'node:http'

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/

/**
 * The client's address for visitor ids (never stored): behind a reverse proxy on this host (or any
 * proxy when TRUST_PROXY is set, as Express's `trust proxy`) the last X-Forwarded-For entry, the one the
 * proxy added — earlier entries are whatever the client claimed.
 */
export const clientIp = (req: IncomingMessage): string => {
  const socket = req.socket.remoteAddress ?? ''
  const forwarded = req.headers['x-forwarded-for']
  if (!forwarded || !(LOOPBACK.test(socket) || process.env.TRUST_PROXY)) return socket
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',')
  return list[list.length - 1].trim() || socket
}
