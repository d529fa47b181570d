import { z } from 'zod'

import { DOMAIN_NAME } from '../../fields/domain'
import { bag, id, timestamp } from './schemas'

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
      .regex(DOMAIN_NAME, 'accountDomain must be a domain such as bank.example')
      .optional(),
    revenue: z.number({ error: 'revenue must be a number' }).finite().min(0, 'revenue cannot be negative').max(1e12, 'revenue is too large').optional(),
    currency: z
      .string({ error: 'currency must be a string' })
      .regex(/^[A-Za-z]{3}$/, 'currency must be an ISO 4217 code such as USD')
      .transform((c) => c.toUpperCase())
      .optional(),
    timestamp: timestamp.optional(),
    properties: bag('properties').optional(),
  })
  .refine((c) => c.clickId || c.anonymousId || c.userId || c.email, { message: 'a conversion needs clickId, anonymousId, userId or email' })
  .refine((c) => c.revenue === undefined || c.currency, { message: 'revenue needs a currency' })

export type IncomingConversion = z.infer<typeof conversionSchema>
