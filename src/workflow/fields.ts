import type { Field, FieldAccess } from 'payload'

import { hasRole } from '../access/roles'
import { stateLabel, WORKFLOW_STATES } from './states'

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: stateLabel(value) }))
const never: FieldAccess = () => false
// The log names team members; anonymous readers and developer keys do not need it.
const teamOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer', 'marketer')

/** The workflow's fields on every content type: state, comment, schedule and the transition log. */
export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: stateOptions,
    admin: {
      position: 'sidebar',
      description: 'Pick the next state and save; the server checks who may take which step (see src/workflow/transitions.ts).',
    },
  },
  {
    name: 'workflowComment',
    label: 'Comment for the log',
    type: 'textarea',
    virtual: true,
    maxLength: 2000,
    admin: { position: 'sidebar', description: 'Recorded with the next state change; required when requesting changes.' },
  },
  {
    name: 'publishAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set when scheduling (approved → scheduled).' },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Optional: archived automatically at this time.' },
  },
  {
    name: 'reviewPriority',
    type: 'number',
    defaultValue: 0,
    index: true,
    // Set by the server when the document is submitted for review (src/workflow/review-priority.ts).
    access: { create: never, update: never },
    admin: { position: 'sidebar', readOnly: true, description: 'Review queue order: 1 when its submitter holds the review-priority privilege.' },
  },
  {
    name: 'workflowLog',
    type: 'array',
    // Append-only: only the workflow hook writes it (see hooks/enforce-transition.ts).
    access: { create: never, update: never, read: teamOnly },
    admin: { readOnly: true, initCollapsed: true, description: 'Every state change: who, when, from, to and why.' },
    fields: [
      { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      // maxDepth 0: an id, never the user document, in content responses.
      { name: 'by', type: 'relationship', relationTo: 'users', maxDepth: 0 },
      { name: 'actor', type: 'text', admin: { description: 'Name or email at the time; "system" for scheduled runs.' } },
      { name: 'action', type: 'text' },
      { name: 'from', type: 'select', options: stateOptions },
      { name: 'to', type: 'select', required: true, options: stateOptions },
      { name: 'comment', type: 'textarea' },
    ],
  },
]
