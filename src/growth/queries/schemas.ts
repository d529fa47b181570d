import { z } from 'zod'

import { MODELS } from '../../attribution/models/credit'
import { slug } from '../../content/queries/schemas'
import { accountDomain, email } from './who'

export const SUBJECTS = ['CONTACT', 'ACCOUNT'] as const
export type Subject = (typeof SUBJECTS)[number]
export const INTERVALS = ['DAY', 'WEEK'] as const
export const TRANSITION_GROUP_BY = ['CONTENT', 'CHANNEL', 'CAMPAIGN'] as const
export type TransitionGroupBy = (typeof TRANSITION_GROUP_BY)[number]

/** The stored subjectType of a GraphQL subject. */
export const subjectType = (subject: Subject): 'contact' | 'account' => (subject === 'CONTACT' ? 'contact' : 'account')

const MAX_DAYS = 400
const DAY_MS = 86_400_000

const date = (name: string) =>
  z
    .string({ error: `${name} must be an ISO 8601 date` })
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 date, e.g. 2026-11-01`)
    .transform((v) => new Date(v))

const periodShape = { from: date('from').optional(), to: date('to').optional() }

/** A period: the last 30 days by default. */
const withDefaults = <I extends { from?: Date; to?: Date }>(input: I) => ({ ...input, from: input.from ?? new Date(Date.now() - 30 * DAY_MS), to: input.to ?? new Date() })

/** `to` after `from`, at most 400 days apart. */
const checked = <S extends z.ZodType<{ from: Date; to: Date }>>(schema: S) =>
  schema
    .refine((input) => input.from < input.to, { message: 'to must be after from' })
    .refine((input) => input.to.getTime() - input.from.getTime() <= MAX_DAYS * DAY_MS, { message: `the period may cover at most ${MAX_DAYS} days` })

const subject = z.enum(SUBJECTS, { error: `subject must be one of ${SUBJECTS.join(', ')}` })

/** Who: a contact by email or an account by domain — exactly one of the two. */
export const whoInput = z
  .object({ email: email.optional(), accountDomain: accountDomain.optional() })
  .refine((input) => (input.email === undefined) !== (input.accountDomain === undefined), { message: 'Give exactly one of email and accountDomain' })

export const layerSizesInput = checked(
  z
    .object({ ...periodShape, subject: subject.default('CONTACT'), interval: z.enum(INTERVALS, { error: `interval must be one of ${INTERVALS.join(', ')}` }).default('DAY') })
    .transform(withDefaults),
)
export const layerTransitionsInput = checked(z.object({ ...periodShape, subject: subject.default('CONTACT') }).transform(withDefaults))
export const transitionReportInput = checked(
  z
    .object({
      ...periodShape,
      fromLayer: slug.optional(),
      toLayer: slug.optional(),
      model: z.enum(MODELS, { error: `model must be one of ${MODELS.join(', ')}` }).default('POSITION_BASED'),
      groupBy: z.enum(TRANSITION_GROUP_BY, { error: `groupBy must be one of ${TRANSITION_GROUP_BY.join(', ')}` }),
      subject: subject.optional(),
    })
    .transform(withDefaults),
)
export const keyAccountsInput = z.object({ industry: slug.optional() })
export const playbookForInput = z.object({ layer: slug })

export type WhoInput = z.output<typeof whoInput>
export type LayerSizesInput = z.output<typeof layerSizesInput>
export type LayerTransitionsInput = z.output<typeof layerTransitionsInput>
export type TransitionReportInput = z.output<typeof transitionReportInput>
export type KeyAccountsInput = z.output<typeof keyAccountsInput>
export type PlaybookForInput = z.output<typeof playbookForInput>
