// Atomicity, proven: SIGKILL a process in the middle of ingesting, again and again; the file stays sound and every article is whole or absent.
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { node, spawnTethered } from './helper.js'

const CHILD = new URL('./fixtures/ingest-until-killed.ts', import.meta.url).pathname
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10)

interface Outcome { done: string[], inFlight: boolean }

/** Starts the child, waits until it has begun an article, lets it run a random while, and kills it. */
function killMidway (t: Test, databasePath: string, round: number): Promise<Outcome> {
  const child = spawnTethered(t, node(CHILD, String(round)), { env: { PATH: process.env.PATH, DATABASE_PATH: databasePath }, stderr: 'inherit' })
  const done: string[] = []
  let started = 0
  let buffered = ''
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('done ')) done.push(line.slice(5))
        if (line.startsWith('start ') && ++started === 1) {
          // Spread the kills over extraction, the inserts and the commit of the first or second article.
          setTimeout(() => {
            child.kill('SIGKILL')
            child.once('exit', () => resolve({ done, inFlight: started > done.length }))
          }, Math.floor(Math.random() * 1500))
        }
      }
    })
    child.once('exit', (code, signal) => { if (signal !== 'SIGKILL') reject(new Error(`the child exited on its own (${code})`)) })
  })
}

t.test(`${ROUNDS} kills in the middle of ingestion leave every article whole or absent`, async (t) => {
  const databasePath = join(t.testdir({}), 'kb.db')
  const seeded = openDb(databasePath)
  seedAll(seeded)
  seeded.$client.close()

  const landed = new Set<string>()
  let inFlight = 0
  for (let round = 0; round < ROUNDS; round++) {
    const outcome = await killMidway(t, databasePath, round)
    if (outcome.inFlight) inFlight++
    const db = openDb(databasePath)
    const client = db.$client
    try {
      t.equal(client.pragma('integrity_check', { simple: true }), 'ok', `round ${round}: integrity_check`)
      t.same(client.pragma('foreign_key_check'), [], `round ${round}: no dangling references`)
      const articles = client.prepare("SELECT id FROM articles WHERE id <> 'deepseek-reactions'").pluck().all() as string[]
      for (const id of outcome.done) t.ok(articles.includes(id), `round ${round}: committed ${id} survived`)
      // The audit row is written in the article's transaction and counts what it wrote.
      const audited = new Map((client.prepare("SELECT target, detail FROM audit WHERE operation = 'article.create'").all() as { target: string, detail: string }[])
        .map((r) => [r.target.replace('/v1/articles/', ''), r.detail]))
      t.same([...audited.keys()].sort(), [...articles].sort(), `round ${round}: every article has its audit row, and only they do`)
      const count = (table: string, id: string) => client.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(id) as number
      for (const id of articles) {
        const [, statements, events] = /^(\d+) statements, \d+ new entities, (\d+) market events$/.exec(audited.get(id) ?? '') ?? []
        if (!landed.has(id)) {
          t.equal(count('statements', id), Number(statements), `${id}: all ${statements} statements`)
          t.equal(count('market_events', id), Number(events), `${id}: all ${events} market events`)
          t.equal(count('statements', id), 1200, `${id}: as many statements as it quotes`)
        }
        landed.add(id)
      }
    } finally {
      client.close()
    }
  }
  t.ok(inFlight > 0, `${inFlight} of ${ROUNDS} kills landed with an article in flight`)
  t.comment(`${landed.size} articles landed whole; ${inFlight} of ${ROUNDS} kills interrupted one`)
})
