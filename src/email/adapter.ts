import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { StartupError } from '../env/startup-error'
import { logTransport } from './log-transport'
import type { Env } from '../env/env'

export const DEFAULT_MAIL_FROM = 'Flywheel <flywheel@localhost>'

const parseFrom = (from: string): { name: string; address: string } => {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from)
  const address = (m ? m[2] : from).trim()
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new StartupError(`MAIL_FROM "${from}" is not an email address`)
  return { name: (m?.[1] || 'Flywheel').trim(), address }
}

/** SMTP_URL (smtp:// or smtps://) → a pooled SMTP transport; none → mail printed to the log. */
export const buildTransport = (env: Env = process.env) => {
  const url = env.SMTP_URL?.trim()
  if (!url) return nodemailer.createTransport(logTransport())
  if (!/^smtps?:\/\/[^/]/.test(url)) {
    throw new StartupError(`SMTP_URL "${url.replace(/:[^:@/]*@/, ':***@')}" must look like smtp://user:pass@host:587`)
  }
  return nodemailer.createTransport(url)
}

export const buildEmailAdapter = (env: Env = process.env): Promise<EmailAdapter> => {
  const from = parseFrom(env.MAIL_FROM || DEFAULT_MAIL_FROM)
  const g = globalThis as { __flywheelMailWarned?: boolean }
  if (!env.SMTP_URL && env.NODE_ENV === 'production' && !g.__flywheelMailWarned) {
    g.__flywheelMailWarned = true
    console.warn('[flywheel] SMTP_URL is not set: mail is written to the log, not delivered')
  }
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: buildTransport(env),
    // Verifying would open an SMTP connection during start-up; delivery errors surface per message.
    skipVerify: true,
  })
}
