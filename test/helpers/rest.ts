/** A tiny REST client for a running server: JSON in, `{ status, json }` out, with an optional Authorization header. */
export const restClient = (base: string) => {
  const call = async (method: string, path: string, auth?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let json: any // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = { text }
    }
    return { status: res.status, json }
  }
  /** The call's JSON when its status is `expected` (else an error naming the call and the answer). */
  const must = async (expected: number, method: string, path: string, auth?: string, body?: unknown) => {
    const res = await call(method, path, auth, body)
    if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status} ${JSON.stringify(res.json).slice(0, 600)}`)
    return res.json
  }
  return { call, must }
}

/** A `where` query string for Payload's REST API: `where[a][equals]=b&…`. */
export const whereQuery = (where: Record<string, Record<string, string | number>>): string =>
  Object.entries(where)
    .flatMap(([field, ops]) => Object.entries(ops).map(([op, value]) => `where[${field}][${op}]=${encodeURIComponent(String(value))}`))
    .join('&')

/** Polls until `check` returns a truthy value (every `everyMs`), or fails after `timeoutMs` naming what it waited for. */
export const pollFor = async <T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, everyMs = 250): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
