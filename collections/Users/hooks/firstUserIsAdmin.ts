import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account (the admin UI's first-user screen) always becomes an admin, whatever the form
 * sent; later accounts keep the roles an admin gave them.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
