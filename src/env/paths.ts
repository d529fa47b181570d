import fs from 'node:fs'
import path from 'node:path'

// npm scripts, the Payload CLI and Next all run from the project root, so paths hang off cwd
// (import.meta.url is not stable inside Next's server bundle).
export const projectRoot = (): string => process.cwd()

/** Where the embedded database, the generated dev secret and demo credentials live. */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR || path.join(projectRoot(), 'data'))

/** Upload directory of the media collection. */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || path.join(projectRoot(), 'media'))

export const ensureDir = (dir: string): string => {
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
