import type { PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { forbidden, unauthorized } from '../../content/queries/errors'

/** Attribution reports (REST and GraphQL) are for marketers, admins and developers. */
export const assertMayReadReports = (user: PayloadRequest['user']): void => {
  if (!user) throw unauthorized('Sign in (or send an API key) to read attribution reports')
  if (!hasRole(user, 'admin', 'marketer', 'developer')) throw forbidden('Attribution reports are for marketers, admins and developers')
}
