import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPdf } from '../../src/seed/steps/media'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader } from '../helpers/users'

type Server = Awaited<ReturnType<typeof bootServer>>
type Size = { url?: string | null; width?: number | null; height?: number | null; filename?: string | null; mimeType?: string | null }

/** Left 20% red, right 80% blue, so the og crop shows which side it kept. */
const twoColourImage = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: Math.round(width * 0.2), height, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .png()
    .toBuffer()

describe('media uploads', () => {
  let server: Server
  let auth: string

  beforeAll(async () => {
    server = await bootServer({ UPLOAD_MAX_MB: '1' })
    auth = await loginHeader(server.url, await createUser(server.payload, ['editor']))
  })
  afterAll(async () => server?.close())

  const upload = (data: Buffer, name: string, type: string, fields: Record<string, unknown> = {}) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: name, ...fields }))
    return fetch(`${server.url}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
  }
  const onDisk = (filename: string) => path.join(process.env.MEDIA_DIR as string, filename)

  it('produces every size with the right dimensions, each also as real WebP', async () => {
    const res = await upload(await twoColourImage(2400, 1600), 'big.png', 'image/png')
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    const sizes = doc.sizes as Record<string, Size>
    const expected: Record<string, [number, number]> = { thumbnail: [400, 267], card: [800, 533], hero: [1600, 1067], og: [1200, 630] }
    for (const [name, [width, height]] of Object.entries(expected)) {
      for (const variant of [name, `${name}Webp`]) {
        const size = sizes[variant]
        expect(size.width, variant).toBe(width)
        expect(size.height, variant).toBe(height)
        const meta = await sharp(onDisk(size.filename as string)).metadata()
        expect([meta.width, meta.height], variant).toEqual([width, height])
        expect(meta.format, variant).toBe(variant.endsWith('Webp') ? 'webp' : 'png')
      }
    }
    // Served by the API too.
    const served = await fetch(`${server.url}${sizes.cardWebp.url}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
  })

  it('crops og around the focal point', async () => {
    const image = await twoColourImage(4000, 1000)
    const colourAt = async (focalX: number) => {
      const { doc } = await (await upload(image, `focal-${focalX}.png`, 'image/png', { focalX, focalY: 50 })).json()
      const og = onDisk(doc.sizes.og.filename)
      const { data } = await sharp(og).extract({ left: 100, top: 315, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
      return [...data.subarray(0, 3)]
    }
    // 4000×1000 scales to 2520×630 (red strip = first 504 px). A centred 1200 px window starts at
    // 660 (all blue); focused at 8% it starts at 0, so x=100 is red; focused at 90% it is blue.
    expect(await colourAt(8)).toEqual([255, 0, 0])
    expect(await colourAt(90)).toEqual([0, 0, 255])
  })

  it('does not enlarge a small image for the width sizes', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } }).jpeg().toBuffer()
    const { doc } = await (await upload(small, 'small.jpg', 'image/jpeg')).json()
    expect(doc.width).toBe(300)
    for (const name of ['thumbnail', 'card', 'hero']) expect(doc.sizes[name].width ?? null, name).toBeNull()
  })

  it('accepts a PDF white paper', async () => {
    const res = await upload(demoPdf('Flywheel test'), 'paper.pdf', 'application/pdf')
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.mimeType).toBe('application/pdf')
    expect(fs.readFileSync(onDisk(doc.filename)).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('refuses SVG and text files with a clear message', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    for (const [data, name, type] of [
      [svg, 'evil.svg', 'image/svg+xml'],
      [Buffer.from('hello'), 'notes.txt', 'text/plain'],
    ] as const) {
      const res = await upload(data, name, type)
      expect(res.status, name).toBe(400)
      expect(JSON.stringify(await res.json()), name).toMatch(/file type|mime/i)
    }
  })

  it('refuses an upload over the limit with 413 and stores nothing', async () => {
    const before = (await server.payload.count({ collection: 'media' })).totalDocs
    const files = fs.readdirSync(process.env.MEDIA_DIR as string).length
    const res = await upload(Buffer.alloc(2 * 1024 * 1024, 1), 'huge.pdf', 'application/pdf')
    expect(res.status).toBe(413)
    expect(JSON.stringify(await res.json())).toMatch(/limit/i)
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    expect(fs.readdirSync(process.env.MEDIA_DIR as string).length).toBe(files)
  })
})
