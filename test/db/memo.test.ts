// Prepared-query helpers: one statement per shape, selects prepared on the driver, and mapped rows equal to what drizzle itself returns.
import { eq, sql } from 'drizzle-orm'
import t from 'tap'
import { openDb } from '../../src/db/index.js'
import { limited } from '../../src/db/keyset.js'
import { mappedRows, perShape, prepared, rowInserter } from '../../src/db/memo.js'
import { articles, entities, marketEvents, statements } from '../../src/db/schema.js'
import { seedAll } from '../../src/seed/index.js'

t.test('mappedRows returns the rows drizzle maps, nested objects, nulls and column decoders included', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  seedAll(db)
  const fields = {
    id: statements.id,
    medium: statements.medium,
    confidence: statements.confidence,
    twice: sql<number>`${statements.position} * 2`,
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
  t.match(expected[0], { twice: 2 }, 'an SQL field as SQLite returns it')
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

t.test('a select prepared on the driver, limited, reads what drizzle reads; a JSON column is decoded', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  seedAll(db)
  const fields = { id: marketEvents.id, figures: marketEvents.figures, entity: { id: entities.id } }
  const query = db.select(fields).from(marketEvents).innerJoin(entities, eq(entities.id, marketEvents.entityId)).orderBy(marketEvents.id)
  const expected = query.all()
  t.ok(expected.length >= 2)
  t.ok(Array.isArray(expected[0]!.figures), 'figures are parsed')
  const rows = mappedRows<typeof expected[number]>(fields, prepared(db, limited(query, 'limit')))
  t.strictSame(rows.all({ limit: 1 }), expected.slice(0, 1))
  t.strictSame(rows.all({ limit: 100 }), expected)
  t.strictSame(mappedRows<typeof expected[number]>(fields, prepared(db, limited(query, 1, 1))).all(), expected.slice(1, 2), 'a literal limit and offset')
})

t.test('perShape builds once per distinct shape', async (t) => {
  let built = 0
  const of = perShape((shape: { a: boolean }) => ({ n: ++built, shape }))
  t.equal(of({ a: true }), of({ a: true }))
  t.not(of({ a: true }), of({ a: false }))
  t.equal(built, 2)
})

t.test('rowInserter writes what drizzle values() writes: defaults, JSON columns, nulls, and conflicts ignored when asked', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  seedAll(db)
  const insertRows = rowInserter(db)
  // Through drizzle into one table, through rowInserter into the same rows with other ids: the rows read back must match.
  const entity = (id: string, origin?: 'extracted') => ({ id, name: `Name ${id}`, type: 'person' as const, description: 'd', origin })
  db.insert(entities).values([entity('by-drizzle'), entity('by-drizzle-2', 'extracted')]).run()
  insertRows(entities, [entity('by-inserter'), entity('by-inserter-2', 'extracted')])
  const read = (id: string) => {
    const { seq: _seq, id: _id, name: _name, ...rest } = db.select().from(entities).where(eq(entities.id, id)).get()!
    return rest
  }
  t.same(read('by-inserter'), read('by-drizzle'), 'a key left undefined takes the default')
  t.same(read('by-inserter-2'), read('by-drizzle-2'))
  t.match(read('by-inserter'), { origin: 'curated', statementCount: 0 })
  t.match(read('by-inserter-2'), { origin: 'extracted' })
  t.throws(() => insertRows(entities, [entity('by-inserter')]), /UNIQUE constraint failed/, 'a conflict fails unless asked otherwise')
  insertRows(entities, [entity('by-inserter'), entity('by-inserter-3')], { ignoreConflicts: true })
  t.ok(db.select().from(entities).where(eq(entities.id, 'by-inserter-3')).get(), 'the rest of the rows still go in')

  const event = db.select().from(marketEvents).limit(1).get()!
  insertRows(marketEvents, [{ ...event, id: 'me_copy', direction: null }])
  const copy = db.select().from(marketEvents).where(eq(marketEvents.id, 'me_copy')).get()!
  t.same(copy.figures, event.figures, 'a JSON column is encoded and decoded as drizzle does')
  t.equal(copy.direction, null, 'a null is written as null')
})
