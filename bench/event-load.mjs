/**
 * Load generator for POST /v1/events (run as its own process, like autocannon for the other benches):
 * `node bench/event-load.mjs <url> <writeKey> <seconds> <connections> <batchSize>`. Every request
 * carries a batch of fresh messageIds, so nothing is a duplicate. Prints one JSON line of results.
 */
import http from 'node:http'

const [url, writeKey, seconds = '5', connections = '16', batchSize = '100'] = process.argv.slice(2)
const target = new URL(url)
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) })
const run = `r${process.pid}`
let counter = 0

const batch = () => {
  const events = []
  for (let i = 0; i < Number(batchSize); i++) {
    const n = counter++
    events.push(
      `{"type":"track","event":"product_page_viewed","messageId":"${run}-${n}","anonymousId":"anon-${n % 5000}","properties":{"path":"/products/insight","plan":"pro"},"context":{"page":{"url":"https://example.com/products/insight?utm_source=newsletter&utm_campaign=finance-q4"}}}`,
    )
  }
  return `{"batch":[${events.join(',')}]}`
}

const post = (body) =>
  new Promise((resolve) => {
    const started = performance.now()
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${writeKey}`, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode, text, ms: performance.now() - started }))
      },
    )
    req.on('error', () => resolve({ status: 0, text: '', ms: performance.now() - started }))
    req.end(body)
  })

const deadline = Date.now() + Number(seconds) * 1000
const latencies = []
let requests = 0
let accepted = 0
let errors = 0
let retries = 0
const worker = async () => {
  let body = batch()
  while (Date.now() < deadline) {
    const res = await post(body)
    latencies.push(res.ms)
    requests++
    if (res.status === 202) {
      accepted += JSON.parse(res.text).accepted ?? 0
      body = batch()
    } else if (res.status === 503) {
      // Back-pressure (the buffer is full): like an SDK, wait and send the same batch again.
      retries++
      await new Promise((r) => setTimeout(r, 100))
    } else errors++
  }
}
const started = Date.now()
await Promise.all(Array.from({ length: Number(connections) }, worker))
const elapsed = (Date.now() - started) / 1000
latencies.sort((a, b) => a - b)
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0
console.log(JSON.stringify({ requests, accepted, errors, retries, rps: requests / elapsed, eventsPerSecond: accepted / elapsed, p50: pct(50), p99: pct(99) }))
agent.destroy()
