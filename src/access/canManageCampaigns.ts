import type { Access } from 'payload'

import { hasRole } from './roles'

/** Campaigns, industries, products and growth layers are run by marketers and admins. */
export const canManageCampaigns: Access = ({ req: { user } }) => hasRole(user, 'admin', 'marketer')
