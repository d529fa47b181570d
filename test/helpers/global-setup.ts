import { buildServer } from '../../scripts/build-server.mjs'

/** Once per vitest run: compile the entry points that tests spawn as child processes. */
export default async function setup(): Promise<void> {
  await buildServer()
}
