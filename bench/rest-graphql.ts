/**
 * Issue 2 benchmark: `GET /api/media?limit=10` and the equivalent GraphQL query on Flywheel, against a
 * bare node:http server returning the same bytes, in one run on one machine. Run one engine per
 * process (Payload caches its instance per process): `tsx -C production bench/rest-graphql.ts sqlite`.
 */
import sharp from 'sharp'

import { bareServer, figures, load, runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const DOCS = 20
const QUERY = '{ allMedia(limit: 10) { docs { id alt filename url width height } } }'

export const runEngine = (engine: Engine): Promise<Row[]> =>
  withBenchServer(engine, async (server) => {
    for (let i = 0; i < DOCS; i++) {
      const data = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: i * 10, g: 80, b: 160 } } }).png().toBuffer()
      await server.payload.create({ collection: 'media', data: { alt: `Bench image ${i}` }, file: { data, mimetype: 'image/png', name: `bench-${i}.png`, size: data.length } })
    }
    const restUrl = `${server.url}/api/media?limit=10`
    const restBody = await (await fetch(restUrl)).text()
    if (JSON.parse(restBody).docs?.length !== 10) throw new Error(`REST answered ${restBody.slice(0, 200)}`)
    const gqlInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }
    const gqlBody = await (await fetch(`${server.url}/api/graphql`, gqlInit)).text()
    if (JSON.parse(gqlBody).data?.allMedia?.docs?.length !== 10) throw new Error(`GraphQL answered ${gqlBody.slice(0, 200)}`)

    const rows: Row[] = []
    const measure = async (target: string, url: string, bareBytes: string, init?: { method: string; headers: Record<string, string>; body: string }) => {
      const bare = await bareServer(bareBytes)
      const baseline = await load(bare.url, init)
      await bare.close()
      const ours = await load(url, init)
      rows.push({ bench: 'api-reads', engine, target: `bare node:http (${Buffer.byteLength(bareBytes)} B)`, ...figures(baseline) })
      rows.push({ bench: 'api-reads', engine, target, ...figures(ours), ratio: ours.rps / baseline.rps })
    }
    await measure('REST GET /api/media?limit=10', restUrl, restBody)
    await measure('GraphQL allMedia(limit: 10)', `${server.url}/api/graphql`, gqlBody, gqlInit)
    return rows
  })

runAsBenchChild(import.meta.url, runEngine)
