// npm run load: drives the main read routes of the built server with autocannon (100 connections, 30 s) and fails on any error or non-2xx.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { serve } from './server.js'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100)
const DURATION = Number(process.env.LOAD_DURATION ?? 30)

const ROUTES = [
  '/v1/statements?limit=20',
  '/v1/statements/st_593468df5bcd',
  '/v1/statements?about=deepseek&limit=20',
  '/v1/entities?limit=20',
  '/v1/entities/sam-altman',
  '/v1/entities/deepseek/statements?limit=20',
  '/v1/entities?q=mus',
  '/v1/search?q=modele',
  '/v1/articles/deepseek-reactions',
  '/v1/market-events'
]

const dir = mkdtempSync(join(tmpdir(), 'wsw-load-'))
const server = await serve({ DATABASE_PATH: join(dir, 'kb.db') }, { cpu: 0 })
try {
  console.log(`load: ${CONNECTIONS} connections for ${DURATION} s over ${ROUTES.length} routes against ${server.url}`)
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: ROUTES.map((path) => ({ method: 'GET', path }))
  })
  const l = result.latency
  console.log([
    `requests      ${result.requests.total} (${result.requests.average.toFixed(0)} req/s on average)`,
    `2xx           ${result['2xx']}`,
    `non-2xx       ${result.non2xx}`,
    `errors        ${result.errors} (timeouts ${result.timeouts})`,
    `latency (ms)  p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}`
  ].join('\n'))
  if (result.errors > 0 || result.non2xx > 0) {
    console.error('load: FAILED: every request must answer 2xx')
    process.exitCode = 1
  }
} finally {
  const code = await server.stop()
  rmSync(dir, { recursive: true, force: true })
  if (code !== 0) {
    console.error(`load: the server exited with ${code} after SIGTERM`)
    process.exitCode = 1
  }
}
