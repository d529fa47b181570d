import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../src/access/hasAnyRole'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { ROLES } from '../../src/access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { badgeField } from '../../src/growth/team/badge'
import { teamGrowthFields } from './team-growth-fields'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'badge', 'email', 'roles', 'updatedAt'],
    group: 'Team',
  },
  auth: {
    // Developers call the API with `Authorization: users API-Key <key>`.
    useAPIKey: true,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  access: {
    admin: hasAnyRole,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      // Only admins grant or change roles; nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Admins manage users; editors write; reviewers approve; marketers distribute; developers read through the API.' },
    },
    ...teamGrowthFields,
    badgeField,
  ],
  timestamps: true,
}
