import { z } from 'zod'

import { conditionProblem, METRICS, type Condition } from './rules'

const condition = z
  .object({
    metric: z.enum(METRICS, { error: `metric must be one of ${METRICS.join(', ')}` }),
    event: z.string().trim().max(100, 'event is at most 100 characters').nullish(),
    withinDays: z.number({ error: 'withinDays must be a number' }).nullish(),
    min: z.number({ error: 'min must be a number' }),
  })
  .superRefine((c, ctx) => {
    // The same checks as the admin form (collections/GrowthLayers.ts).
    const problem = conditionProblem(c as Condition)
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message })
  })

/** POST /api/growth-layers/preview: a rule as the admin form holds it. */
export const previewInput = z.object({
  match: z.enum(['all', 'any'], { error: 'match must be all or any' }).default('all'),
  conditions: z.array(condition, { error: 'conditions must be a list' }).min(1, 'give at least one condition').max(20, 'at most 20 conditions'),
})
