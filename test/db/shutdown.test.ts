import http from 'node:http'

import { getPayload } from 'payload'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { freshEnvironment, type TestEnv } from '../helpers/boot'
import { spawnServer } from '../helpers/spawn'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('graceful shutdown', () => {
  let env: TestEnv
  afterAll(async () => env?.cleanup())

  it('finishes an in-flight upload on SIGTERM, refuses new connections, closes the database and exits 0', async () => {
    env = await freshEnvironment()
    const { server, base } = await spawnServer(env.databaseUri)

    const reg = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.test', password: 'pw-123456789' }),
    })
    expect(reg.status).toBe(200)
    const { token } = (await reg.json()) as { token: string }

    // A multipart upload whose body arrives in two halves, with SIGTERM in between.
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3366cc' } }).png().toBuffer()
    const boundary = 'flywheel-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"in flight"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="in-flight.png"\r\nContent-Type: image/png\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const body = Buffer.concat([head, png, tail])
    const half = Math.floor(body.length / 2)

    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: new URL(base).port,
          path: '/api/media',
          method: 'POST',
          headers: { authorization: `JWT ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length },
        },
        (res) => {
          let text = ''
          res.on('data', (d) => (text += d))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      req.write(body.subarray(0, half))
      void (async () => {
        await sleep(500)
        server.child.kill('SIGTERM')
        await sleep(700)
        // New connections are refused while the upload is still in flight.
        await expect(fetch(`${base}/healthz`)).rejects.toThrow()
        req.end(body.subarray(half))
      })().catch(reject)
    })

    const { status, text } = await Promise.race([
      response,
      sleep(40_000).then(() => {
        throw new Error(`upload did not finish:\n${server.output()}`)
      }),
    ])
    expect(status, text).toBe(201)
    const { code } = await server.exited
    expect(code, server.output()).toBe(0)
    expect(server.output()).toMatch(/received SIGTERM: draining in-flight requests/)
    expect(server.output()).toMatch(/\[flywheel\] stopped/)

    // The acknowledged upload is in the database once the server is gone.
    const config = (await import('../../src/payload.config')).default
    const payload = await getPayload({ config })
    const { docs } = await payload.find({ collection: 'media', where: { alt: { equals: 'in flight' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0].width).toBe(640)
    await closePayload(payload)
  })
})
