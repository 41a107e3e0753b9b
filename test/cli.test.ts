// The maintenance commands run as npm runs them: ingest (a text file through the same validation, extractor and transaction as POST /v1/articles), db:migrate and db:copy, with usage errors that say what to fix.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { MIGRATIONS_DIR, openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { build, node, runTethered } from './helper.js'

const CLI = new URL('../src/cli.ts', import.meta.url).pathname
const FIXTURE = new URL('./fixtures/chip-stocks.en.txt', import.meta.url).pathname

const journalEntries = (dir: string) => (JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length

const cli = (t: Test, databasePath: string, ...args: string[]) =>
  runTethered(t, node(CLI, ...args), { PATH: process.env.PATH, DATABASE_PATH: databasePath })

t.test('ingest writes what the route writes, once', async (t) => {
  const databasePath = join(t.testdir({}), 'kb.db')
  const db = openDb(databasePath)
  seedAll(db)
  db.$client.close()

  const first = await cli(t, databasePath, 'ingest', FIXTURE, '--lang', 'en', '--publisher', 'Example Wire', '--published-at', '2025-01-30')
  t.equal(first.code, 0, first.stderr)
  const [, id] = /^created \/v1\/articles\/(\S+) \(8 statements, 2 market events\) in /.exec(first.stdout) ?? []
  t.ok(id, first.stdout)
  const again = await cli(t, databasePath, 'ingest', FIXTURE, '--lang', 'en')
  t.equal(again.stdout, `already there, unchanged: /v1/articles/${id} (8 statements, 2 market events)\n`)

  // The same text posted to the API on a fresh copy of the seed: the same article and statement ids.
  const { app } = await build(t, { env: { API_KEYS: 'test:test-key-0123456789abcdef' } })
  const [title, ...body] = readFileSync(FIXTURE, 'utf8').trim().split('\n')
  const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: 'Bearer test-key-0123456789abcdef' }, payload: { title, body: body.join('\n').trim(), language: 'en' } })
  t.equal(posted.json().data.id, id)
  const viaApi = (await app.inject({ url: `/v1/statements?article=${id}&limit=100` })).json().data.map((s: { id: string }) => s.id)
  const file = openDb(databasePath)
  try {
    const viaCli = file.$client.prepare('SELECT id FROM statements WHERE article_id = ? ORDER BY position').pluck().all(id)
    t.same(viaCli, viaApi)
    t.same(file.$client.prepare("SELECT key_id, operation FROM audit").all(), [{ key_id: 'cli', operation: 'article.create' }], 'audited as the cli')
  } finally {
    file.$client.close()
  }
})

t.test('db:migrate without DATABASE_URL migrates the SQLite file, creating it, and again applies nothing', async (t) => {
  const databasePath = join(t.testdir({}), 'data', 'kb.db')
  const first = await cli(t, databasePath, 'migrate')
  t.same([first.code, first.stdout, first.stderr], [0, `migrated ${databasePath}\n`, ''])
  const again = await cli(t, databasePath, 'migrate')
  t.equal(again.code, 0)
  const db = openDb(databasePath)
  t.teardown(() => db.$client.close())
  t.equal(db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get(), journalEntries(MIGRATIONS_DIR), 'each migration once')
})

t.test('db:migrate with an unreachable DATABASE_URL fails with one line that hides the password', async (t) => {
  const databasePath = join(t.testdir({}), 'kb.db')
  const { code, stdout, stderr } = await runTethered(t, node(CLI, 'migrate'), { PATH: process.env.PATH, DATABASE_PATH: databasePath, DATABASE_URL: 'postgres://wsw:hunter2@127.0.0.1:1/kb' })
  t.same([code, stdout], [1, ''])
  t.match(stderr, /^cannot connect to PostgreSQL at postgres:\/\/wsw:\*\*\*@127\.0\.0\.1:1\/kb: .+\n$/)
  t.notMatch(stderr, /hunter2/)
  t.notOk(existsSync(databasePath), 'the SQLite file is left alone')
})

t.test('bad arguments exit 2 with what to fix, and write nothing', async (t) => {
  const databasePath = join(t.testdir({}), 'kb.db')
  const cases: [string[], RegExp][] = [
    [['ingest', FIXTURE, '--lang', 'de'], /chip-stocks\.en\.txt cannot be ingested:\n {2}--lang: Invalid option: expected one of "fr"\|"en"/],
    [['ingest', FIXTURE], /--lang: Invalid option/],
    [['ingest', FIXTURE, '--lang', 'en', '--published-at', 'yesterday'], /publishedAt: Must be an ISO 8601 date/],
    [['ingest', 'no-such-file.txt', '--lang', 'fr'], /^cannot read no-such-file\.txt: ENOENT\n$/],
    [['ingest', '--lang', 'fr'], /^usage: npm run ingest -- <file\.txt> --lang fr\|en/],
    [['ingest', FIXTURE, '--lang', 'en', '--colour', 'red'], /Unknown option '--colour'[\s\S]*usage: npm run ingest/]
  ]
  for (const [args, message] of cases) {
    const res = await cli(t, databasePath, ...args)
    t.equal(res.code, 2, args.join(' '))
    t.match(res.stderr, message)
    t.equal(res.stdout, '')
  }
  t.notOk(existsSync(databasePath), 'the database was not even created')
})

t.test('db:copy prints every table it checked, refuses a destination with data, and hides a URL\'s password', async (t) => {
  const dir = t.testdir({})
  const [from, to] = [join(dir, 'from.db'), join(dir, 'to.db')]
  const db = openDb(from)
  seedAll(db)
  db.$client.close()

  const copied = await cli(t, from, 'db:copy', '--from', from, '--to', to)
  t.equal(copied.code, 0, copied.stderr)
  t.match(copied.stdout, /^articles +1 +[0-9a-f]{12} +ok\n/)
  t.match(copied.stdout, /\nrow_counts +1 +[0-9a-f]{12} +ok\ncopied \d+ rows in 13 tables from \S+from\.db to \S+to\.db in \d+ ms; every count and checksum agrees\n$/)

  const again = await cli(t, from, 'db:copy', '--from', from, '--to', to)
  t.same([again.code, again.stdout, again.stderr], [1, '', `${to} already holds articles: copy into an empty database\n`])

  const unreachable = await cli(t, from, 'db:copy', '--from', from, '--to', 'postgres://wsw:hunter2@127.0.0.1:1/kb')
  t.equal(unreachable.code, 1)
  t.match(unreachable.stderr, /^cannot connect to PostgreSQL at postgres:\/\/wsw:\*\*\*@127\.0\.0\.1:1\/kb: .+\n$/)
  t.notMatch(unreachable.stderr, /hunter2/)

  for (const args of [['--from', from], ['--from', from, '--to', to, '--force']]) {
    const res = await cli(t, from, 'db:copy', ...args)
    t.equal(res.code, 2, args.join(' '))
    t.match(res.stderr, /usage: npm run db:copy -- --from <sqlite path\|postgres url> --to/)
  }
})

t.test('db:copy of a source that does not check out prints where it differs and commits nothing', async (t) => {
  const dir = t.testdir({})
  const [from, to] = [join(dir, 'from.db'), join(dir, 'to.db')]
  const db = openDb(from)
  seedAll(db)
  db.$client.prepare("UPDATE row_counts SET n = n + 1 WHERE table_name = 'statements'").run()
  db.$client.close()
  const res = await cli(t, from, 'db:copy', '--from', from, '--to', to)
  t.equal(res.code, 1)
  t.match(res.stdout, /\nrow_counts +1 +[0-9a-f]{12} +DIFFERS \(source: 1 rows, [0-9a-f]{12}\)\n$/)
  t.equal(res.stderr, `the copy differs from ${from}: rolled back, ${to} is as it was\n`)
  const copy = openDb(to)
  t.teardown(() => copy.$client.close())
  t.equal(copy.$client.prepare('SELECT count(*) FROM articles').pluck().get(), 0)
})
