import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see every user; everyone else only their own record. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
