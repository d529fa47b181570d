import { z } from 'zod'

import { LIMITS } from './schemas'

const id = (name: string, max = 200) => z.string({ error: `${name} must be a string` }).trim().min(1, `${name} is empty`).max(max, `${name} is longer than ${max} characters`)

/** POST /v1/conversions: one conversion, authenticated by the source's secret key. */
export const conversionSchema = z
  .object({
    event: id('event', 100),
    idempotencyKey: id('idempotencyKey'),
    clickId: id('clickId', 64).optional(),
    anonymousId: id('anonymousId').optional(),
    userId: id('userId').optional(),
    email: z.email({ error: 'email is not an email address' }).max(254).transform((e) => e.toLowerCase()).optional(),
    accountDomain: z
      .string({ error: 'accountDomain must be a string' })
      .trim()
      .toLowerCase()
      .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'accountDomain must be a domain such as bank.example')
      .optional(),
    revenue: z.number({ error: 'revenue must be a number' }).finite().min(0, 'revenue cannot be negative').max(1e12, 'revenue is too large').optional(),
    currency: z
      .string({ error: 'currency must be a string' })
      .regex(/^[A-Za-z]{3}$/, 'currency must be an ISO 4217 code such as USD')
      .transform((c) => c.toUpperCase())
      .optional(),
    timestamp: z
      .string()
      .datetime({ offset: true, error: 'timestamp must be an ISO 8601 date-time' })
      .refine((value) => Date.parse(value) <= Date.now() + LIMITS.futureSkewMs, 'timestamp is more than a day in the future')
      .optional(),
    properties: z
      .record(z.string(), z.unknown(), { error: 'properties must be an object' })
      .refine((value) => JSON.stringify(value).length <= LIMITS.propertiesBytes, 'properties is larger than 32 KB')
      .optional(),
  })
  .refine((c) => c.clickId || c.anonymousId || c.userId || c.email, { message: 'a conversion needs clickId, anonymousId, userId or email' })
  .refine((c) => c.revenue === undefined || c.currency, { message: 'revenue needs a currency' })

export type IncomingConversion = z.infer<typeof conversionSchema>
