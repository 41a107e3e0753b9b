// Starts the peers on CPU 0 as a user would run them: Platformatic DB from a config file on the SQLite copy, json-server's CLI on the JSON export.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startPinned, type Pinned } from '../drive.js'
import { freePort } from '../server.js'
import type { Peers } from './install.js'

/**
 * Platformatic DB with its generated REST and GraphQL APIs over three tables (statement_subjects
 * has a composite text key, which it refuses), no migrations, no events, logging at warn. GraphQL
 * stays on: it is the only way its generated API joins a statement's speaker, and a route it adds
 * costs the REST routes nothing per request.
 */
export async function startPlatformatic (peers: Peers, databasePath: string, dir: string): Promise<Pinned> {
  const port = await freePort()
  const config = join(dir, 'platformatic.json')
  writeFileSync(config, JSON.stringify({
    server: { hostname: '127.0.0.1', port, logger: { level: 'warn' } },
    db: {
      connectionString: `sqlite://${databasePath}`,
      graphql: { graphiql: false },
      openapi: true,
      events: false,
      include: { statements: true, entities: true, articles: true }
    }
  }, null, 2))
  return startPinned('Platformatic DB', port, [peers.platformatic, 'start', '-c', config], { cwd: dir, pollPath: '/statements/?limit=1' })
}

/** json-server reads the whole file into memory before it listens, so its first answer is awaited, however long the export takes to parse. */
export async function startJsonServer (peers: Peers, jsonPath: string): Promise<Pinned> {
  const port = await freePort()
  return startPinned('json-server', port, [peers.jsonServer, '--quiet', '--read-only', '--host', '127.0.0.1', '--port', String(port), jsonPath], { pollPath: '/speakers?_limit=1' })
}
