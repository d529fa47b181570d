import type { Transport } from 'nodemailer'

/**
 * A nodemailer transport that prints each message instead of delivering it: development mail
 * without SMTP_URL ends up in the server log, never at a remote test service.
 */
export const logTransport = (write: (text: string) => void = (t) => console.info(t)): Transport => ({
  name: 'flywheel-log',
  version: '1.0.0',
  send(mail, callback) {
    mail.message.build((err, raw) => {
      if (err) return callback(err, undefined as never)
      const envelope = mail.message.getEnvelope()
      write(`[flywheel mail] not delivered (SMTP_URL is not set) to ${envelope.to.join(', ')}\n${raw.toString('utf8')}`)
      callback(null, { envelope, messageId: mail.message.messageId() } as never)
    })
  },
})
