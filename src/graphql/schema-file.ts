import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
// graphql/index.js, not 'graphql': the CommonJS build Payload itself loads (a second copy of graphql refuses Payload's types).
import { printSchema } from 'graphql/index.js'
import type { SanitizedConfig } from 'payload'

import { projectRoot } from '../env/paths'

/** The committed GraphQL schema that API clients (codegen, IDEs) read. */
export const schemaFilePath = (): string => path.join(projectRoot(), 'schema.graphql')

/** The SDL of the schema the server builds from this config, as `npm run generate` writes it. */
export const printCurrentSchema = (config: SanitizedConfig): string => `${printSchema(configToSchema(config).schema)}\n`
