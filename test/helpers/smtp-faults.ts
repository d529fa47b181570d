import type { AddressInfo, Socket } from 'node:net'

import { SMTPServer } from 'smtp-server'

import type { ReceivedMail } from './smtp'

const parseHeaders = (raw: string): Record<string, string> => {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
  }
  return headers
}

/**
 * A real SMTP server (smtp-server) on a fixed port that a test can break: `dropAfter(n)` cuts every
 * connection once n more messages are accepted and refuses connections until `up()`; `holdAfter(n)`
 * never answers the message after the next n (a mail server gone silent mid-send). A message counts as
 * received only when it is answered 250, as a real server's queue would hold it.
 */
export const startFaultySmtp = async () => {
  const received: ReceivedMail[] = []
  const sockets = new Set<Socket>()
  let fault: { kind: 'drop' | 'hold'; after: number } | undefined
  let down = false
  let port = 0
  let server: SMTPServer

  const cutAll = () => {
    for (const s of sockets) s.destroy()
    sockets.clear()
  }
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onConnect: (_session, callback) => (down ? callback(Object.assign(new Error('Service not available'), { responseCode: 421 })) : callback()),
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          if (fault && fault.after <= 0) {
            if (fault.kind === 'hold') return // never answered
            down = true
            cutAll()
            return
          }
          if (fault) fault.after--
          const raw = Buffer.concat(chunks).toString('utf8')
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, headers: parseHeaders(raw), body: raw.slice(raw.indexOf('\r\n\r\n') + 4) })
          callback()
        })
      },
    })
    server.server.on('connection', (socket: Socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  }
  await listen()

  return {
    get url() {
      return `smtp://127.0.0.1:${port}`
    },
    received,
    /** Recipients and how many messages each got. */
    perRecipient: () => received.flatMap((m) => m.to).reduce((m, to) => m.set(to, (m.get(to) ?? 0) + 1), new Map<string, number>()),
    dropAfter: (n: number) => (fault = { kind: 'drop', after: n }),
    holdAfter: (n: number) => (fault = { kind: 'hold', after: n }),
    /** Back to normal: accepts connections and answers every message. */
    up: () => {
      fault = undefined
      down = false
    },
    close: async () => {
      cutAll()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
