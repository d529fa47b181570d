import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { slugField } from '../src/fields/slug'

/** The editable list of industries (finance, government, media, …) content and campaigns target, each with a benchmark customer. */
export const Industries: CollectionConfig<'industries'> = {
  slug: 'industries',
  admin: { group: 'Taxonomy', useAsTitle: 'name' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name'),
    {
      name: 'benchmarkAccount',
      label: 'Benchmark customer',
      type: 'relationship',
      relationTo: 'accounts',
      // Payload checks filterOptions on save too: only a key account can be the benchmark.
      filterOptions: { keyAccount: { equals: true } },
      admin: { description: 'The key account others in this industry are measured against (keyAccounts query).' },
    },
  ],
}
