// Seeding as a contract: the annotation matches its source, spans are exact, re-seeding is idempotent, and a bad annotation fails naming its item.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { parse as parseYaml } from 'yaml'
import { openDb } from '../../src/db/index.js'
import { SEEDS_DIR, annotationSchema, compileSeed, loadSeed, quotations, seedAll, type Annotation } from '../../src/seed/index.js'
import { seedIfEmpty } from '../../src/seed/start.js'

const SOURCE = readFileSync(join(SEEDS_DIR, 'deepseek-reactions.fr.txt'), 'utf8')
const annotation = (): Annotation => annotationSchema.parse(parseYaml(readFileSync(join(SEEDS_DIR, 'deepseek-reactions.yaml'), 'utf8')))

t.test('the seeds hold the source text byte for byte', async (t) => {
  // The SHA-256 of shared/source/deepseek-reactions.fr.txt as received.
  t.equal(createHash('sha256').update(readFileSync(join(SEEDS_DIR, 'deepseek-reactions.fr.txt'))).digest('hex'), '45ab2b2d4b4b3f47ac28b846c47437f7f4957998b7ed39e6e11acf71224cb0a8')
})

t.test('every span is exact and inside the body', async (t) => {
  const data = loadSeed('deepseek-reactions.yaml')
  const body = data.article.body
  for (const s of data.statements) t.equal(body.slice(s.spanStart, s.spanEnd), s.text, `statement ${s.id}`)
  for (const m of data.marketEvents) t.equal(body.slice(m.spanStart, m.spanEnd), m.text, `market event ${m.id}`)
  for (const m of data.mentions) t.equal(body.slice(m.spanStart, m.spanEnd), m.text, `mention of ${m.entityId}`)
  for (const a of data.affiliations) t.equal(body.slice(a.spanStart, a.spanEnd), a.evidence)
  for (const x of data.terms) t.equal(body.slice(x.spanStart, x.spanEnd), x.text)
  t.same(data.statements.map((s) => s.position), data.statements.map((_, i) => i + 1), 'positions follow reading order')
})

t.test('every quotation in the body is a quote, a partial quote or a term', async (t) => {
  const data = loadSeed('deepseek-reactions.yaml')
  const quoted = quotations(data.article.body)
  t.equal(quoted.length, 19, 'the body has 19 « » quotations (the 20th is in the title)')
  const covered = new Set([
    ...data.statements.filter((s) => s.kind === 'quote' || s.kind === 'partial_quote').map((s) => `${s.spanStart}:${s.spanEnd}`),
    ...data.terms.map((x) => `${x.spanStart}:${x.spanEnd}`)
  ])
  for (const q of quoted) t.ok(covered.has(`${q.start}:${q.end}`), data.article.body.slice(q.start, q.end))
})

t.test('the body is the article alone', async (t) => {
  const { article } = loadSeed('deepseek-reactions.yaml')
  t.equal(article.body.length, 5836)
  t.ok(SOURCE.includes(article.body))
  t.notOk(article.body.includes('Laisser un commentaire'))
  t.notOk(article.body.includes(article.title))
  t.notOk(article.body.includes(article.standfirst!))
  t.same([article.publishedDate, article.publishedDatePrecision], ['2025', 'year'])
})

t.test('a bad annotation fails loudly, naming the item', async (t) => {
  const cases: [string, (a: Annotation) => void, RegExp][] = [
    ['text not in the body', (a) => { a.statements[1]!.text = 'Deepseek est une progression' }, /statement #2 \(nvidia, quote\): "Deepseek est une progression" occurs 0 times in the article body/],
    ['text twice in the body', (a) => { a.statements[0]!.text = 'Deepseek'; a.statements[0]!.kind = 'paraphrase' }, /statement #1 \(deepseek, paraphrase\): "Deepseek" occurs 11 times/],
    ['unknown speaker', (a) => { a.statements[3]!.speaker = 'jensen' }, /statement #4 \(jensen, no_comment\): unknown entity "jensen"/],
    ['label from elsewhere', (a) => { a.statements[1]!.label = 'Sam Altman' }, /statement #2 \(nvidia, quote\): speaker label "Sam Altman" is not in the statement's paragraph/],
    ['a quotation left out', (a) => { a.statements.splice(a.statements.findIndex((s) => s.text === 'évidemment'), 1) }, /quotation «évidemment» at offset \d+ is neither a quote, a partial quote nor a term/],
    ['a quote that is not a quotation', (a) => { a.statements[0]!.kind = 'quote' }, /statement #1 \(deepseek, quote\): a quote must span exactly the words inside « »/],
    ['a quotation as paraphrase', (a) => { a.statements[1]!.kind = 'paraphrase' }, /statement #2 \(nvidia, paraphrase\): a quotation must be a quote or partial quote/],
    ['an alias the text never spells', (a) => { a.entities[0]!.aliases.push('Deep Seek') }, /entity deepseek: alias "Deep Seek" does not occur in the source text/],
    ['a figure outside its event', (a) => { a.marketEvents[0]!.figures[0]!.text = '18%' }, /market event #1 \(nvidia, share_price_change\) figure: "18%" occurs 0 times in the event text/],
    ['figures that disagree', (a) => { a.marketEvents[1]!.figures[0]!.value = 593 }, /market event #2 \(nvidia, market_value_change\): figures must all rise or all fall/],
    ['a body that does not close', (a) => { a.article.body.through = 'jamais écrit' }, /article.body.through: "jamais écrit" occurs 0 times in the source text/],
    ['a duplicate entity', (a) => { a.entities.push({ ...a.entities[0]! }) }, /entity deepseek: declared twice/],
    ['an evidence passage not in the body', (a) => { a.affiliations[0]!.evidence = 'Jensen Huang, PDG' }, /affiliation #1 \(jensen-huang works_for nvidia\): "Jensen Huang, PDG" occurs 0 times/],
    ['a term not in quotation marks', (a) => { a.terms[0]!.text = 'Big Tech League' }, /term #1: «Big Tech League» occurs 0 times in quotation marks/]
  ]
  for (const [name, mutate, message] of cases) {
    const a = annotation()
    mutate(a)
    t.throws(() => compileSeed(a, SOURCE), { name: 'SeedError', message }, name)
  }
})

t.test('a malformed annotation file names the field', async (t) => {
  const dir = t.testdir({
    'bad.yaml': 'article:\n  id: Not A Slug\n',
    'source.txt': SOURCE
  })
  t.throws(() => loadSeed('bad.yaml', dir), { message: /^bad\.yaml: article\.id: must be a lower-case slug/ })
})

t.test('seeding is idempotent: same rows, same ids', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  t.equal(await seedIfEmpty(db), true)
  const snapshot = () => ({
    statements: db.$client.prepare('SELECT id, position, span_start, span_end FROM statements ORDER BY id').all(),
    counts: db.$client.prepare(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
      (SELECT count(*) FROM entity_aliases) AS aliases, (SELECT count(*) FROM affiliations) AS affiliations,
      (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM statement_subjects) AS subjects,
      (SELECT count(*) FROM market_events) AS marketEvents, (SELECT count(*) FROM terms) AS terms`).get()
  })
  const first = snapshot()
  t.same(first.counts, { articles: 1, entities: 27, aliases: 44, affiliations: 12, mentions: 60, subjects: 38, marketEvents: 2, terms: 3 })
  t.equal(await seedIfEmpty(db), false, 'a seeded database is left alone')
  seedAll(db)
  t.same(snapshot(), first, 'an explicit re-seed replaces rows in place')
})

t.test('a market figure that is not a move has no direction, whatever its sign', async (t) => {
  const a = annotation()
  a.marketEvents[1]!.kind = 'deal_value'
  a.marketEvents[1]!.figures[0]!.value = 593e9
  const [move, sum] = compileSeed(a, SOURCE).marketEvents
  t.equal(move!.direction, 'down')
  t.equal(sum!.kind, 'deal_value')
  t.equal(sum!.direction, null)
})
