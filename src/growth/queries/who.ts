import { z } from 'zod'

import { DOMAIN_NAME } from '../../fields/domain'

/** A contact's email, compared lower-case (identities store emails lower-case, src/attribution/identity/stitch.ts). */
export const email = z.string().trim().toLowerCase().max(254, 'email is at most 254 characters').pipe(z.email('email must be an email address'))

/** An account's domain, lower-case like the stored one. */
export const accountDomain = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => DOMAIN_NAME.test(v), 'accountDomain must be a domain such as bank.example')

export type Who = { email?: string; accountDomain?: string }
