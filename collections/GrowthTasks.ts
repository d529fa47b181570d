import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'

/**
 * Growth tasks: novice (onboarding), main (real goals) and recurring (per week or month), optionally in
 * a series whose steps unlock one after another. Progress is counted from the ledger (active grants of
 * `rule`, filtered by source prefix and detail); completion is a `task.completed` grant sourced
 * `growth-tasks:<id>` (`@<period>` when recurring), so it happens once (src/growth/team/tasks.ts).
 * Tasks count results, never logging in or time spent.
 */
export const GrowthTasks: CollectionConfig<'growth-tasks'> = {
  slug: 'growth-tasks',
  admin: { group: 'Team', useAsTitle: 'title', defaultColumns: ['title', 'kind', 'rule', 'target', 'series', 'step', 'active'] },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', maxLength: 500 },
    { name: 'kind', type: 'select', required: true, defaultValue: 'main', options: ['novice', 'main', 'recurring'] },
    { name: 'rule', type: 'text', required: true, maxLength: 64, admin: { description: 'The growth rule whose grants count, e.g. content.published.' } },
    { name: 'sourcePrefix', type: 'text', maxLength: 64, admin: { description: 'Only grants whose source (or the part after #) starts with this, e.g. guides: or white-papers:.' } },
    { name: 'detail', type: 'text', maxLength: 64, admin: { description: 'Only grants with this detail, e.g. lead.' } },
    { name: 'target', type: 'number', required: true, min: 1, max: 100_000, defaultValue: 1 },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'total',
      options: [
        { label: 'All grants together', value: 'total' },
        { label: 'One source alone (e.g. one white paper)', value: 'single-source' },
      ],
    },
    {
      name: 'period',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: ['none', 'week', 'month'],
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        (siblingData?.kind === 'recurring') === (value === 'week' || value === 'month') ? true : 'recurring tasks (and only they) repeat per week or month',
    },
    { name: 'series', type: 'text', maxLength: 64, index: true, admin: { description: 'Steps of one series unlock in order.' } },
    {
      name: 'step',
      type: 'number',
      min: 1,
      max: 100,
      validate: (value: unknown, { siblingData }: { siblingData: { series?: string | null } }) => (!siblingData?.series || (typeof value === 'number' && value >= 1) ? true : 'a task in a series has a step number (1, 2, …)'),
    },
    { name: 'reward', type: 'number', required: true, min: 1, max: 10_000, defaultValue: 10, admin: { description: 'Growth value on completion (units of task.completed).' } },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
