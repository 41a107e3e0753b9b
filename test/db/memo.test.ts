// Prepared-query helpers: one statement per shape, and mapped rows equal to what drizzle itself returns.
import { eq, sql } from 'drizzle-orm'
import t from 'tap'
import { openDb } from '../../src/db/index.js'
import { mappedRows, perShape } from '../../src/db/memo.js'
import { articles, entities, statements } from '../../src/db/schema.js'
import { seedAll } from '../../src/seed/index.js'

t.test('mappedRows returns the rows drizzle maps, nested objects, nulls and decoders included', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  seedAll(db)
  const fields = {
    id: statements.id,
    medium: statements.medium,
    confidence: statements.confidence,
    twice: sql<number>`${statements.position} * 2`.mapWith((value: unknown) => `#${String(value)}`),
    label: sql<string>`upper(${statements.speakerLabel})`.as('label'),
    speaker: { id: entities.id, type: entities.type },
    article: { title: articles.title, date: articles.publishedDate }
  }
  const query = db.select(fields).from(statements)
    .innerJoin(entities, eq(entities.id, statements.speakerId))
    .innerJoin(articles, eq(articles.id, statements.articleId))
    .where(sql`${statements.articleId} = ${sql.placeholder('article')}`)
    .orderBy(statements.position)
    .prepare()
  const params = { article: 'deepseek-reactions' }
  const expected = query.all(params)
  t.equal(expected.length, 31)
  t.ok(expected.some((row) => row.medium === null), 'the seed has statements without a medium')
  const mapped = mappedRows<typeof expected[number]>(fields, query)
  t.same(mapped.all(params), expected)
  t.strictSame(mapped.all(params)[0], expected[0], 'same values and same types')
  t.match(expected[0], { twice: '#2' }, 'a mapWith decoder runs')
  t.same(mapped.get(params), expected[0])
  t.equal(mapped.get({ article: 'nothing' }), undefined)
})

t.test('an object read from a LEFT JOIN that joined nothing is null, as drizzle maps it', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  seedAll(db)
  db.$client.prepare("UPDATE statements SET speaker_id = NULL WHERE id = 'st_593468df5bcd'").run()
  const fields = { id: statements.id, speaker: { id: entities.id, name: entities.name } }
  const query = db.select(fields).from(statements).leftJoin(entities, eq(entities.id, statements.speakerId)).orderBy(statements.position).prepare()
  const expected = query.all()
  t.equal(expected[1]!.speaker, null)
  t.same(mappedRows<typeof expected[number]>(fields, query, ['speaker']).all(), expected)
})

t.test('perShape builds once per distinct shape', async (t) => {
  let built = 0
  const of = perShape((shape: { a: boolean }) => ({ n: ++built, shape }))
  t.equal(of({ a: true }), of({ a: true }))
  t.not(of({ a: true }), of({ a: false }))
  t.equal(built, 2)
})
