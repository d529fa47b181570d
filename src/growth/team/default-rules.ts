import type { Period } from './periods'

export type RuleDefaults = { key: string; label: string; points: number; repeatable: boolean; selfAllowed: boolean; cap?: { period: Period; limit: number } }

/**
 * The rules the contract names (src/growth/team/hooks and the kudos and task code award them).
 * Seeded, and created with these values the first time one is awarded while missing.
 * Nothing here pays for logging in or time spent: every rule is a result someone else can see.
 */
export const DEFAULT_RULES: RuleDefaults[] = [
  { key: 'content.published', label: 'Published content (per author)', points: 10, repeatable: false, selfAllowed: true, cap: { period: 'day', limit: 10 } },
  { key: 'review.completed', label: 'Completed a review', points: 3, repeatable: false, selfAllowed: true, cap: { period: 'day', limit: 20 } },
  { key: 'distribution.sent', label: 'Sent a distribution', points: 5, repeatable: false, selfAllowed: true, cap: { period: 'day', limit: 10 } },
  { key: 'conversion.credited', label: 'Content credited with a conversion (per author)', points: 2, repeatable: false, selfAllowed: true, cap: { period: 'day', limit: 500 } },
  { key: 'layer.transition', label: 'Content credited with moving a contact or account up a layer', points: 5, repeatable: false, selfAllowed: true, cap: { period: 'day', limit: 200 } },
  // Units are the giver's weight (member 1, lead 2, admin 3); nobody earns from their own kudos.
  { key: 'kudos.received', label: 'Kudos received from a colleague', points: 2, repeatable: false, selfAllowed: false, cap: { period: 'day', limit: 20 } },
  // Units are the task's reward points.
  { key: 'task.completed', label: 'Completed a growth task', points: 1, repeatable: false, selfAllowed: true },
]

export const DEFAULT_RULE_KEYS = DEFAULT_RULES.map((r) => r.key)
