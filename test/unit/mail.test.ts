import { describe, expect, it } from 'vitest'

import { buildEmailAdapter, buildTransport } from '../../src/email/adapter'
import { logTransport } from '../../src/email/log-transport'
import { StartupError } from '../../src/env/startup-error'
import nodemailer from 'nodemailer'

describe('mail without SMTP', () => {
  it('prints the message to the log instead of delivering it', async () => {
    const lines: string[] = []
    const transport = nodemailer.createTransport(logTransport((t) => lines.push(t)))
    const info = await transport.sendMail({ from: 'a@flywheel.test', to: 'b@example.test', subject: 'Hello', text: 'Body text' })
    expect(info.envelope.to).toEqual(['b@example.test'])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/not delivered \(SMTP_URL is not set\) to b@example\.test/)
    expect(lines[0]).toContain('Subject: Hello')
    expect(lines[0]).toContain('Body text')
  })

  it('uses the log transport when SMTP_URL is unset and SMTP otherwise', () => {
    expect(buildTransport({}).transporter.name).toBe('flywheel-log')
    expect(buildTransport({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525' }).transporter.name).toBe('SMTP')
  })

  it('refuses a malformed SMTP_URL or MAIL_FROM with a clear message', () => {
    expect(() => buildTransport({ SMTP_URL: 'mail.example.com:25' })).toThrow(StartupError)
    expect(() => buildTransport({ SMTP_URL: 'http://u:secret@x' })).toThrow(/must look like smtp:\/\/user:pass@host:587/)
    expect(() => buildTransport({ SMTP_URL: 'http://u:secret@x' })).not.toThrow(/secret/)
    expect(() => buildEmailAdapter({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM "not an address" is not an email address/)
  })
})
