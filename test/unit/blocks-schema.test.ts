import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, configToJSONSchema } from 'payload'
import { describe, expect, it } from 'vitest'

import { Media } from '../../collections/Media'
import { allBlocks } from '../../src/blocks/index'

// The blocks are not in a collection yet; this catches config mistakes (a bad relationTo, a field
// Payload rejects) before one is, and checks each block will become a named type in payload-types.ts.
describe('standard blocks in a Payload config', () => {
  it('sanitize and generate one named type per block', async () => {
    const config = await buildConfig({
      secret: 'blocks-schema-test-secret',
      // Never connected: buildConfig only sanitizes.
      db: sqliteAdapter({ client: { url: 'file::memory:' } }),
      editor: lexicalEditor(),
      collections: [Media, { slug: 'pages', fields: [{ name: 'layout', type: 'blocks', blocks: allBlocks }] }],
      typescript: { autoGenerate: false },
      telemetry: false,
    })
    const definitions = configToJSONSchema(config, 'number').definitions ?? {}
    for (const block of allBlocks) {
      expect(definitions, block.slug).toHaveProperty(block.interfaceName!)
      expect(definitions[block.interfaceName!]).toMatchObject({ properties: { blockType: { const: block.slug } } })
    }
  })
})
