import type { Field } from 'payload'

/** Free tags (text, many) used by the `byTag` queries. */
export const tagsField: Field = {
  name: 'tags',
  type: 'text',
  hasMany: true,
  maxRows: 20,
  index: true,
  admin: { position: 'sidebar' },
}

export const industriesField = (name = 'industries'): Field => ({
  name,
  type: 'relationship',
  relationTo: 'industries',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
})

/** Target growth layers (stratification comes from the growth issue; the relation is here now). */
export const targetLayersField = (name = 'targetLayers'): Field => ({
  name,
  type: 'relationship',
  relationTo: 'growth-layers',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
})

export const authorsField: Field = {
  name: 'authors',
  type: 'relationship',
  relationTo: 'users',
  hasMany: true,
  admin: { position: 'sidebar' },
}

export const productField = (required = false): Field => ({
  name: 'product',
  type: 'relationship',
  relationTo: 'products',
  index: true,
  required,
  admin: { position: 'sidebar' },
})
