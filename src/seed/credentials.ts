import fs from 'node:fs'
import path from 'node:path'

import { dataDir, ensureDir } from '../env/paths'

export type DemoCredentials = {
  admin: { email: string; password: string }
  developerApiKey: string
  /** The other demo team members, all with the admin's password. */
  team?: Record<string, string>
  /** The demo website source's keys: write key for /v1/events, secret key for /v1/conversions. */
  source?: { writeKey: string; secretKey: string }
  [key: string]: unknown
}

export const credentialsFile = (): string => path.join(dataDir(), 'demo-credentials.json')

export const readCredentials = (): DemoCredentials | undefined => {
  try {
    return JSON.parse(fs.readFileSync(credentialsFile(), 'utf8')) as DemoCredentials
  } catch {
    return undefined
  }
}

export const writeCredentials = (credentials: DemoCredentials): void => {
  ensureDir(dataDir())
  fs.writeFileSync(credentialsFile(), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
}
