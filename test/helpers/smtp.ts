import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string; headers: Record<string, string>; body: string }

/** A raw message's headers (lower-case names, unfolded) and body. */
export const parseMail = (raw: string): Pick<ReceivedMail, 'headers' | 'body'> => {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
  }
  return { headers, body: raw.slice(split + 4) }
}

/** A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps what it receives. */
export const startSmtpSink = async () => {
  const received: ReceivedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        })
        waiters.splice(0).forEach((w) => w())
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves once `count` messages have arrived (or rejects after `ms`). */
    waitFor: (count: number, ms = 15_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} messages, got ${received.length}`)), ms)
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer)
            resolve()
          } else waiters.push(check)
        }
        check()
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The text/plain and text/html parts of a multipart/alternative message, decoded. */
export const mailParts = (mail: ReceivedMail): { text: string; html: string } => {
  const boundary = /boundary="?([^";]+)"?/.exec(mail.headers['content-type'] ?? '')?.[1]
  if (!boundary) throw new Error(`not multipart: ${mail.headers['content-type']}`)
  const found: Record<string, string> = {}
  for (const part of mail.body.split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n')
    const head = part.slice(0, split).toLowerCase()
    const body = part.slice(split + 4)
    const type = /content-type:\s*([^;\s]+)/.exec(head)?.[1] ?? ''
    const encoding = /content-transfer-encoding:\s*(\S+)/.exec(head)?.[1]
    const bytes =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : encoding === 'quoted-printable'
          ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
          : Buffer.from(body, 'utf8')
    found[type] = bytes.toString('utf8')
  }
  return { text: found['text/plain'] ?? '', html: found['text/html'] ?? '' }
}
