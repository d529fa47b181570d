import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Accounts } from '../collections/Accounts'
import { Articles } from '../collections/Articles'
import { AttributionCredits } from '../collections/AttributionCredits'
import { AttributionSettings } from '../collections/AttributionSettings'
import { Campaigns } from '../collections/Campaigns'
import { Channels } from '../collections/Channels'
import { ClickRollups } from '../collections/ClickRollups'
import { Clicks } from '../collections/Clicks'
import { ContactLists } from '../collections/ContactLists'
import { Contacts } from '../collections/Contacts'
import { Conversions } from '../collections/Conversions'
import { CreditRollups } from '../collections/CreditRollups'
import { Deliveries } from '../collections/Deliveries'
import { DistributionSettings } from '../collections/DistributionSettings'
import { Distributions } from '../collections/Distributions'
import { Events } from '../collections/Events'
import { GrowthLayers } from '../collections/GrowthLayers'
import { GrowthLedger } from '../collections/GrowthLedger'
import { GrowthRules } from '../collections/GrowthRules'
import { GrowthTasks } from '../collections/GrowthTasks'
import { Kudos } from '../collections/Kudos'
import { MedalAwards } from '../collections/MedalAwards'
import { Medals } from '../collections/Medals'
import { TeamGrowthSettings } from '../collections/TeamGrowthSettings'
import { LayerSettings } from '../collections/LayerSettings'
import { LayerTransitions } from '../collections/LayerTransitions'
import { Playbooks } from '../collections/Playbooks'
import { TransitionCredits } from '../collections/TransitionCredits'
import { Identities } from '../collections/Identities'
import { Guides } from '../collections/Guides'
import { Industries } from '../collections/Industries'
import { LandingPages } from '../collections/LandingPages'
import { Media } from '../collections/Media'
import { ProductCopy } from '../collections/ProductCopy'
import { Products } from '../collections/Products'
import { Sources } from '../collections/Sources'
import { TrackedLinks } from '../collections/TrackedLinks'
import { Users } from '../collections/Users'
import { VisitorSalts } from '../collections/VisitorSalts'
import { WhitePapers } from '../collections/WhitePapers'
import { buildDatabaseAdapter } from './db/adapter'
import { parseDatabaseUri } from './db/parse-uri'
import { buildEmailAdapter } from './email/adapter'
import { projectRoot } from './env/paths'
import { resolveSecret } from './env/secret'
import { uploadLimitBytes } from './env/limits'
import { endpoints } from './endpoints'
import { graphqlMutations, graphqlQueries, graphqlValidationRules } from './graphql'
import { jobs } from './jobs'
import { localization } from './localization'
import { plugins } from './plugins'
import { workflowLoggingLevels } from './workflow/errors'

// Assembles the pieces; each lives in its own module.
export default buildConfig({
  serverURL: process.env.PUBLIC_URL || '',
  secret: resolveSecret(),
  db: buildDatabaseAdapter(parseDatabaseUri(process.env.DATABASE_URI)),
  email: buildEmailAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [
    WhitePapers,
    Guides,
    ProductCopy,
    Articles,
    LandingPages,
    Campaigns,
    Media,
    Industries,
    Products,
    GrowthLayers,
    TrackedLinks,
    Clicks,
    Sources,
    Events,
    Conversions,
    Accounts,
    Contacts,
    ContactLists,
    Identities,
    AttributionCredits,
    CreditRollups,
    ClickRollups,
    VisitorSalts,
    Channels,
    Distributions,
    Deliveries,
    LayerTransitions,
    TransitionCredits,
    Playbooks,
    GrowthRules,
    GrowthLedger,
    Medals,
    MedalAwards,
    GrowthTasks,
    Kudos,
    Users,
  ],
  globals: [AttributionSettings, DistributionSettings, TeamGrowthSettings, LayerSettings],
  localization,
  plugins,
  jobs,
  endpoints,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Flywheel' },
    // No Gravatar: a self-hosted admin should not send users' email hashes to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(projectRoot(), 'src') },
    // The publishing calendar (src/admin/calendar) and the operations dashboard (src/admin/operations): root views at
    // /admin/calendar and /admin/operations, linked in the nav.
    components: {
      views: {
        calendar: { Component: '/admin/calendar/CalendarView#CalendarView', path: '/calendar' },
        operations: { Component: '/admin/operations/OperationsView#OperationsView', path: '/operations' },
      },
      afterNavLinks: ['/admin/calendar/NavLink#CalendarNavLink', '/admin/operations/NavLink#OperationsNavLink'],
    },
  },
  upload: {
    limits: { fileSize: uploadLimitBytes() },
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 1000,
    queries: graphqlQueries,
    mutations: graphqlMutations,
    validationRules: graphqlValidationRules,
  },
  typescript: {
    outputFile: path.resolve(projectRoot(), 'src/payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
  // A refused workflow step is a client's mistake (a 4xx with the rule), not a server fault: no stack trace.
  loggingLevels: workflowLoggingLevels,
})
