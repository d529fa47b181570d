import { withPayload } from '@payloadcms/next/withPayload'

// Payload's server packages stay outside the Next bundle in every mode, so the admin pages and the
// Express server share one module instance and one Payload instance (getPayload caches on globalThis).
const serverPackages = [
  'payload',
  '@payloadcms/db-sqlite',
  '@payloadcms/db-postgres',
  '@payloadcms/db-mongodb',
  '@payloadcms/drizzle',
  '@payloadcms/email-nodemailer',
  '@payloadcms/graphql',
  'sharp',
  'nodemailer',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: serverPackages,
  eslint: { ignoreDuringBuilds: true },
  // Type checking is `npm run typecheck`; the build only compiles.
  typescript: { ignoreBuildErrors: true },
  webpack: (config) => {
    config.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
