// The process as operators run it: starts on a fresh file (migrate + seed), reuses it on restart, exits cleanly on SIGTERM, and refuses bad config or a foreign file with one clear line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import t from 'tap'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { refuse, start } from './fixtures/server-process.js'


t.test('first start seeds, a restart reuses the file with the same ids, SIGTERM exits 0', async (t) => {
  const databasePath = join(t.testdir({}), 'data', 'kb.db')
  const first = await start(t, { DATABASE_PATH: databasePath })
  t.equal((await fetch(`${first.url}/healthz`)).status, 200)
  const ids = ((await (await fetch(`${first.url}/v1/statements?limit=100`)).json()) as any).data.map((s: { id: string }) => s.id)
  t.equal(ids.length, 31)
  t.ok(first.logs.some((l) => l.includes('"msg":"database seeded"')))
  for (const line of first.logs) t.match(JSON.parse(line).time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'log lines are JSON with ISO 8601 times')
  first.kill('SIGTERM')
  t.equal((await first.exited).code, 0)

  const second = await start(t, { DATABASE_PATH: databasePath })
  t.ok(second.logs.some((l) => l.includes('"msg":"database reused"')))
  const again = ((await (await fetch(`${second.url}/v1/statements?limit=100`)).json()) as any).data.map((s: { id: string }) => s.id)
  t.same(again, ids, 'no duplicates, same ids')
  second.kill('SIGINT')
  t.equal((await second.exited).code, 0)
})

t.test('a bad setting stops the start with a clear message', async (t) => {
  const { code, stderr } = await refuse(t, { PORT: 'abc', DATABASE_PATH: join(t.testdir({}), 'kb.db') })
  t.equal(code, 1)
  t.equal(stderr, 'invalid configuration:\n  PORT: must be a whole number (got "abc")\n')
})

t.test('DATABASE_URL selects PostgreSQL: a server it cannot reach stops the start with one line, and no SQLite file is created', async (t) => {
  const path = join(t.testdir({}), 'kb.db')
  const { code, stderr } = await refuse(t, { DATABASE_PATH: path, DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/kb' })
  t.equal(code, 1)
  t.match(stderr, /^cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/kb: .+\n$/)
  t.notMatch(stderr, /secret/)
  t.notOk(existsSync(path))
})

t.test('a database folder that cannot be created stops the start with one line', async (t) => {
  const path = join(t.testdir({ 'a-file': 'x' }), 'a-file', 'data', 'kb.db')
  const { code, stderr } = await refuse(t, { DATABASE_PATH: path })
  t.equal(code, 1)
  t.equal(stderr, `cannot create the folder of database ${path}: ENOTDIR\n`)
})

t.test('a file that is not SQLite stops the start with one line and is not overwritten', async (t) => {
  const dir = t.testdir({ 'kb.db': 'not a database\n'.repeat(100) })
  const path = join(dir, 'kb.db')
  const { code, stderr } = await refuse(t, { DATABASE_PATH: path })
  t.equal(code, 1)
  t.equal(stderr, `cannot use database at ${path}: file is not a database\n`)
  t.equal(readFileSync(path, 'utf8'), 'not a database\n'.repeat(100))
})

t.test('a corrupt SQLite file stops the start with one line and is not overwritten', async (t) => {
  const path = join(t.testdir({}), 'kb.db')
  const db = openDb(path)
  seedAll(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  const bytes = readFileSync(path)
  bytes.fill(0x5a, 8192, 16384) // scribble over pages 3 and 4
  writeFileSync(path, bytes)
  const { code, stderr } = await refuse(t, { DATABASE_PATH: path })
  t.equal(code, 1)
  t.equal(stderr.trim().split('\n').length, 1, 'one line')
  t.match(stderr, new RegExp(`^cannot use database at ${path}: `))
  t.same(readFileSync(path), bytes, 'the file is left as it was')
})

t.test('logs redact credentials and never show an API key, even at trace level', async (t) => {
  const key = 'TOPSECRET-KEY-0123456789'
  const running = await start(t, { DATABASE_PATH: join(t.testdir({}), 'kb.db'), LOG_LEVEL: 'trace', API_KEYS: `editor:${key}` })
  await fetch(`${running.url}/v1/entities/openai`, { headers: { authorization: 'Bearer TOPSECRET-1', cookie: 'session=TOPSECRET-2' } })
  const write = await fetch(`${running.url}/v1/statements/st_204553402dda`, { method: 'PATCH', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{"stance":"positive"}' })
  t.equal(write.status, 200)
  const refused = await fetch(`${running.url}/v1/articles/deepseek-reactions`, { method: 'DELETE', headers: { authorization: `Bearer ${key}-wrong` } })
  t.equal(refused.status, 401)
  running.kill('SIGTERM')
  await running.exited
  const logs = running.logs.join('\n')
  t.match(logs, /"url":"\/v1\/entities\/openai"/, 'the requests were logged')
  t.match(logs, /"url":"\/v1\/statements\/st_204553402dda"/)
  t.notMatch(logs, /TOPSECRET/)
})

/** GETs `url` without fetch's connection pooling, resolving with the status, the body, and when the headers came. */
function get (url: string, onHeaders: () => void = () => {}) {
  return new Promise<{ status: number, body: string }>((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/csv', connection: 'close' } }, (res) => {
      onHeaders()
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => { body += chunk })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

t.test('SIGTERM lets requests in flight finish, refuses new ones, and exits 0', async (t) => {
  const path = join(t.testdir({}), 'kb.db')
  const db = openDb(path)
  seedAll(db)
  // Enough statements that a CSV export streams for a while.
  const insert = db.$client.prepare("INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES (?, 'deepseek-reactions', '2025', ?, 'nvidia', 'il', 'paraphrase', ?, 0, 10)")
  db.$client.transaction(() => {
    for (let i = 0; i < 40_000; i++) insert.run(`st_bulk_${i}`, 1000 + i, `Déclaration numéro ${i}, avec une virgule et des « guillemets »`)
  })()
  db.$client.close()

  const running = await start(t, { DATABASE_PATH: path })
  const started = Date.now()
  // SIGTERM once all four exports are under way.
  let streaming = 0
  const inFlight = Array.from({ length: 4 }, () => get(`${running.url}/v1/statements`, () => {
    if (++streaming === 4) running.kill('SIGTERM')
  }))
  const results = await Promise.all(inFlight)
  for (const r of results) {
    t.equal(r.status, 200)
    t.equal(r.body.trimEnd().split('\r\n').length, 40_000 + 31 + 1, 'the whole export arrived')
  }
  t.equal((await running.exited).code, 0)
  t.ok(Date.now() - started < 10_000, 'within the grace period')
  await t.rejects(get(`${running.url}/healthz`), 'no new connections after shutdown')
})
