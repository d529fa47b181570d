import { z } from 'zod'

import { MODELS } from '../models/credit'

export const GROUP_BY = ['CONTENT', 'CHANNEL', 'CAMPAIGN', 'INDUSTRY', 'LAYER'] as const
export type GroupBy = (typeof GROUP_BY)[number]

const date = (name: string) =>
  z
    .string({ error: `${name} must be an ISO 8601 date` })
    .refine((v) => !Number.isNaN(Date.parse(v)), `${name} must be an ISO 8601 date, e.g. 2026-11-01`)
    .transform((v) => new Date(v))

/** The report query (GraphQL arguments and REST query string alike). */
export const reportInput = z
  .object({
    model: z.enum(MODELS, { error: `model must be one of ${MODELS.join(', ')}` }),
    groupBy: z.enum(GROUP_BY, { error: `groupBy must be one of ${GROUP_BY.join(', ')}` }),
    conversion: z.string().trim().min(1).max(100).optional(),
    from: date('from').optional(),
    to: date('to').optional(),
  })
  .transform((input) => ({ ...input, from: input.from ?? new Date(Date.now() - 30 * 86_400_000), to: input.to ?? new Date() }))
  .refine((input) => input.from < input.to, { message: 'to must be after from' })
  .refine((input) => input.to.getTime() - input.from.getTime() <= 400 * 86_400_000, { message: 'the period may cover at most 400 days' })

export type ReportInput = z.output<typeof reportInput>
