import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { startSmtpSink } from '../helpers/smtp'
import { createUser } from '../helpers/users'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('mail through SMTP_URL', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let server: Server

  beforeAll(async () => {
    smtp = await startSmtpSink()
    server = await bootServer({ SMTP_URL: smtp.url, MAIL_FROM: 'Flywheel Team <team@flywheel.test>', PUBLIC_URL: 'http://flywheel.test' })
  })
  afterAll(async () => {
    await server?.close()
    await smtp?.close()
  })

  it('delivers payload.sendEmail to the SMTP server with sender, recipient, subject and body', async () => {
    await server.payload.sendEmail({ to: 'reader@example.test', subject: 'Your white paper', html: '<p>Here is <b>the PDF</b>.</p>' })
    await smtp.waitFor(1)
    const mail = smtp.received[0]
    expect(mail.from).toBe('team@flywheel.test')
    expect(mail.to).toEqual(['reader@example.test'])
    expect(mail.headers.from).toBe('Flywheel Team <team@flywheel.test>')
    expect(mail.headers.subject).toBe('Your white paper')
    expect(mail.raw).toContain('<b>the PDF</b>')
  })

  it('sends the forgot-password message with a reset link', async () => {
    const user = await createUser(server.payload, ['editor'])
    const res = await fetch(`${server.url}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email }),
    })
    expect(res.status).toBe(200)
    await smtp.waitFor(2)
    const mail = smtp.received[1]
    expect(mail.to).toEqual([user.email])
    const body = mail.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=')
    expect(body).toMatch(/http:\/\/flywheel\.test\/admin\/reset\/[a-f0-9]{20,}/)
  })
})
