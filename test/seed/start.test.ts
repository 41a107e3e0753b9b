// What a server start asks of the seed: seed an empty database once, leave a used one alone, and raise the one SeedError the seed compiler throws.
import t from 'tap'
import { openDb } from '../../src/db/index.js'
import { SeedError as CompilerSeedError } from '../../src/seed/index.js'
import { SeedError, seedIfEmpty } from '../../src/seed/start.js'

t.test('an empty database is seeded once; one that holds an article is left alone', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  t.equal(await seedIfEmpty(db), true)
  const articles = () => db.$client.prepare('SELECT id FROM articles').pluck().all()
  t.same(articles(), ['deepseek-reactions'])
  db.$client.prepare("UPDATE articles SET title = 'Edited' WHERE id = 'deepseek-reactions'").run()
  t.equal(await seedIfEmpty(db), false)
  t.equal(db.$client.prepare('SELECT title FROM articles').pluck().get(), 'Edited', 'an edit survives a restart')
})

t.test('the server catches the same SeedError the compiler throws', async (t) => {
  t.equal(CompilerSeedError, SeedError, 'one class, so instanceof holds for what the compiler throws')
})
