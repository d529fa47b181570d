import type { GlobalConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { CURVE_KINDS, DEFAULT_CURVE, curveProblem, type Curve } from '../src/growth/team/curves'
import { DEFAULT_DEMOTION } from '../src/growth/team/next-level'
import { DEFAULT_KUDOS_WEIGHTS, DEFAULT_PRIVILEGES, DEFAULT_SMALL_EDIT_CHARS, PRIVILEGES, forgetTeamGrowthSettings } from '../src/growth/team/settings'

const positive = (label: string) => (value: unknown) => (value === null || value === undefined || Number(value) > 0 ? true : `${label} must be positive`)

/**
 * How the team's growth value turns into levels and what levels unlock; read through
 * src/growth/team/settings.ts. Levels follow the curve; inactivity demotion has hysteresis.
 */
export const TeamGrowthSettings: GlobalConfig<'team-growth-settings'> = {
  slug: 'team-growth-settings',
  admin: { group: 'Team' },
  access: { read: authenticated, update: isAdmin },
  hooks: { afterChange: [() => forgetTeamGrowthSettings()] },
  fields: [
    {
      name: 'curve',
      type: 'group',
      admin: { description: 'Growth value needed for level L: linear base·(L−1); power base·(L−1)^exponent; exponential base·(factor^(L−1)−1); piecewise: the thresholds for levels 2, 3, ….' },
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: DEFAULT_CURVE.kind, options: [...CURVE_KINDS] },
        { name: 'base', type: 'number', required: true, defaultValue: DEFAULT_CURVE.base, validate: positive('base') },
        { name: 'exponent', type: 'number', defaultValue: DEFAULT_CURVE.exponent ?? undefined, validate: positive('exponent') },
        { name: 'factor', type: 'number', defaultValue: DEFAULT_CURVE.factor ?? undefined },
        { name: 'thresholds', type: 'number', hasMany: true, maxRows: 99, defaultValue: DEFAULT_CURVE.thresholds as number[] },
        {
          name: 'maxLevel',
          type: 'number',
          required: true,
          defaultValue: DEFAULT_CURVE.maxLevel,
          // The whole curve is checked here, where its fields are siblings: a curve whose levels would not rise is refused.
          validate: (_value: unknown, { siblingData }: { siblingData: Partial<Curve> }) => {
            const problem = curveProblem({ ...siblingData, maxLevel: Number(_value) })
            return problem ? `curve: ${problem}` : true
          },
        },
      ],
    },
    {
      name: 'demotion',
      type: 'group',
      admin: { description: 'Inactivity demotion (Discourse trust level 3): keeping level L needs ratio × requirementShare × value(L) earned within the window; one level down after graceDays at a level; promotion needs the full requirement.' },
      fields: [
        { name: 'windowDays', type: 'number', required: true, min: 1, max: 3650, defaultValue: DEFAULT_DEMOTION.windowDays },
        { name: 'ratio', type: 'number', required: true, min: 0, max: 1, defaultValue: DEFAULT_DEMOTION.ratio },
        { name: 'graceDays', type: 'number', required: true, min: 0, max: 3650, defaultValue: DEFAULT_DEMOTION.graceDays },
        { name: 'requirementShare', type: 'number', required: true, min: 0, max: 1, defaultValue: DEFAULT_DEMOTION.requirementShare, admin: { description: '0 turns inactivity demotion off.' } },
      ],
    },
    {
      name: 'privileges',
      type: 'array',
      labels: { singular: 'Privilege', plural: 'Privileges' },
      defaultValue: DEFAULT_PRIVILEGES,
      admin: { description: 'What a level unlocks; enforced on the server.' },
      validate: (rows: unknown) => {
        const names = (Array.isArray(rows) ? rows : []).map((r: { privilege?: string }) => r?.privilege)
        const twice = names.find((p, i) => p && names.indexOf(p) !== i)
        return twice ? `"${twice}" is listed twice; keep one` : true
      },
      fields: [
        { name: 'privilege', type: 'select', required: true, options: [...PRIVILEGES] },
        { name: 'level', type: 'number', required: true, min: 1, max: 100 },
      ],
    },
    { name: 'smallEditChars', type: 'number', required: true, min: 0, max: 100_000, defaultValue: DEFAULT_SMALL_EDIT_CHARS, admin: { description: 'An edit changing at most this many characters is a small edit.' } },
    {
      name: 'kudosWeights',
      type: 'group',
      admin: { description: "Units of kudos.received an author earns per kudos, by the giver's standing." },
      fields: [
        { name: 'member', type: 'number', required: true, min: 0, defaultValue: DEFAULT_KUDOS_WEIGHTS.member },
        { name: 'lead', type: 'number', required: true, min: 0, defaultValue: DEFAULT_KUDOS_WEIGHTS.lead },
        { name: 'admin', type: 'number', required: true, min: 0, defaultValue: DEFAULT_KUDOS_WEIGHTS.admin },
      ],
    },
  ],
}
