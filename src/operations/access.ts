import type { PayloadRequest } from 'payload'

import { hasRole, type Role } from '../access/roles'
import { forbidden, unauthorized } from '../content/queries/errors'

/** Who reads the operations dashboard: the team that runs content and distribution (developers use the API). */
export const OPERATIONS_READERS: Role[] = ['admin', 'editor', 'reviewer', 'marketer']

export type OperationsUser = PayloadRequest['user']

export const mayReadOperations = (user: OperationsUser): boolean => hasRole(user, ...OPERATIONS_READERS)

/** 401 when nobody is signed in, 403 for roles outside the dashboard's readers. */
export const assertMayReadOperations = (user: OperationsUser): void => {
  if (!user) throw unauthorized('Sign in to see the operations dashboard')
  if (!mayReadOperations(user)) throw forbidden(`The operations dashboard is for ${OPERATIONS_READERS.join(', ')}`)
}

/** Starting long work (recomputes) is for admins. */
export const assertMayStartWork = (user: OperationsUser): void => {
  if (!user) throw unauthorized('Sign in to start work')
  if (!hasRole(user, 'admin')) throw forbidden('Only admins start recomputes')
}
