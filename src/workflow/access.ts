import type { Access } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Reviewers do not write content, but approving or requesting changes is an update, and reviewing
 * needs the version diffs: the workflow adds them to these two rules. What a reviewer may change is
 * then decided per request by the workflow hook (only the state, never content).
 */
export const orReviewer =
  (base: Access | undefined): Access =>
  (args) =>
    hasRole(args.req.user, 'reviewer') || (base ? base(args) : Boolean(args.req.user))
