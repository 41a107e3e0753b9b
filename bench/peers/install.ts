// The peers bench:peers measures, installed on first use into bench/.peers (git-ignored), a project of their own: nothing of theirs enters the product's dependencies or lockfile.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PEERS_DIR = fileURLToPath(new URL('../.peers', import.meta.url))

// Exact versions, so two runs months apart measure the same peers: the newest Platformatic DB that
// runs on Node 20 (3.x needs Node ≥ 22.19) and json-server's latest release.
const VERSIONS = { '@platformatic/db': '2.61.0', 'json-server': '0.17.4' } as const

export interface Peers {
  /** Platformatic DB's CLI (plt-db). */
  platformatic: string
  /** json-server's CLI. */
  jsonServer: string
  versions: typeof VERSIONS
}

const installed = (name: string) => {
  const manifest = join(PEERS_DIR, 'node_modules', name, 'package.json')
  return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === VERSIONS[name as keyof typeof VERSIONS]
}

export function ensurePeers (log: (line: string) => void): Peers {
  if (!Object.keys(VERSIONS).every(installed)) {
    mkdirSync(PEERS_DIR, { recursive: true })
    // better-sqlite3 must build (Platformatic reads SQLite through it); the other install scripts
    // (a metrics probe, protobufjs's notice) are not needed to serve REST and GraphQL.
    writeFileSync(join(PEERS_DIR, 'package.json'), `${JSON.stringify({
      name: 'bench-peers',
      private: true,
      description: 'The servers npm run bench:peers measures beside this API; installed by bench/peers/install.ts.',
      dependencies: VERSIONS,
      allowScripts: { 'better-sqlite3': true, 'thread-cpu-usage': false, protobufjs: false }
    }, null, 2)}\n`)
    log(`bench:peers: installing ${Object.entries(VERSIONS).map(([n, v]) => `${n}@${v}`).join(', ')} into ${PEERS_DIR} (first use, a minute or two)`)
    // npm's own output goes to stderr: stdout is for the tables.
    const npm = spawnSync('npm', ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 2, 2] })
    if (npm.status !== 0 || !Object.keys(VERSIONS).every(installed)) throw new Error(`npm install of the peers failed (exit ${npm.status}); see the output above`)
  }
  return {
    platformatic: join(PEERS_DIR, 'node_modules', '@platformatic', 'db', 'db.mjs'),
    jsonServer: join(PEERS_DIR, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js'),
    versions: VERSIONS
  }
}
