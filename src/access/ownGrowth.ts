import type { Access } from 'payload'

import { hasRole } from './roles'

/** Growth ledger and medal awards: admins read everyone's, a team member only their own. */
export const ownGrowth =
  (field = 'user'): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    return { [field]: { equals: user.id } }
  }
