// The extractor as a contract: the accuracy targets on every annotated article, the cues and figures it promises in both languages, and hostile text.
import t from 'tap'
import { extract, type Extraction, type Language } from '../../src/extract/index.js'
import { PATHOLOGICAL } from '../../bench/extract-shapes.js'
import { evaluateAll, seedKnowledge, TARGETS } from '../fixtures/evaluate.js'

const knowledge = seedKnowledge()
const run = (body: string, language: Language) => extract(body, language, knowledge)
const said = (x: Extraction) => x.statements.map((s) => [s.speaker, s.kind, s.text])

t.test('meets the targets on the seed and every annotated fixture', async (t) => {
  const results = evaluateAll(extract)
  t.ok(results.length >= 3, 'the seed and at least two fixtures')
  for (const { name, report } of results) {
    t.ok(report.quotes.precision >= TARGETS.quotes, `${name}: quotes precision ${report.quotes.precision}`)
    t.ok(report.quotes.recall >= TARGETS.quotes, `${name}: quotes recall ${report.quotes.recall}`)
    t.ok(report.quotesWithSpeaker >= TARGETS.quotes, `${name}: quotes with the right speaker ${report.quotesWithSpeaker}`)
    t.equal(report.marketFigures.precision, 1, `${name}: market figures, precision`)
    t.equal(report.marketFigures.recall, 1, `${name}: market figures, recall`)
  }
  const seed = results.find((r) => r.name === 'deepseek-reactions')!.report
  t.equal(seed.quotesWithSpeaker, 1, 'the seed: every curated quote, with its speaker')
})

t.test('every item carries its exact span and a confidence in [0, 1]', async (t) => {
  const body = '« Nous allons investir massivement », a déclaré Mark Zuckerberg.\n\nLes actions de Nvidia ont chuté de 17 % lundi.'
  const x = run(body, 'fr')
  t.ok(x.statements.length > 0 && x.marketEvents.length > 0)
  for (const item of [...x.statements, ...x.marketEvents]) {
    t.equal(body.slice(item.start, item.end), item.text, `span of ${item.text}`)
    t.ok(item.confidence >= 0 && item.confidence <= 1, `confidence ${item.confidence}`)
  }
  for (const m of x.mentions) t.equal(body.slice(m.start, m.end), m.text)
})

t.test('French cues after and before the quote, pronouns and spokespeople', async (t) => {
  const x = run([
    '« Nous allons investir massivement », a déclaré Mark Zuckerberg.',
    '« Ce n’est que le début », a-t-il ajouté.',
    'Selon un porte-parole de Nvidia, « la demande reste forte ».',
    'Sam Altman a déclaré : « Nous livrerons de meilleurs modèles. »'
  ].join('\n\n'), 'fr')
  t.same(said(x), [
    ['mark-zuckerberg', 'quote', 'Nous allons investir massivement'],
    ['mark-zuckerberg', 'quote', 'Ce n’est que le début'],
    ['nvidia', 'quote', 'la demande reste forte'],
    ['sam-altman', 'quote', 'Nous livrerons de meilleurs modèles.']
  ])
  t.equal(x.statements[2]!.label.toLowerCase().includes('porte-parole'), true, 'the label keeps how the text names the speaker')
})

t.test('English cues, reported speech with a partial quote, and new people', async (t) => {
  const x = run([
    '“We are cautious,” said Jane Roe, an analyst at Acme Capital.',
    'Roe added that investors were “pricing in a slower build-out” this year.',
    'Microsoft chief executive Satya Nadella said: “Efficiency will widen adoption.”'
  ].join('\n\n'), 'en')
  const quotes = said(x)
  t.match(quotes, [['jane-roe', 'quote', 'We are cautious,']])
  t.ok(quotes.some(([speaker, kind, text]) => speaker === 'jane-roe' && kind === 'partial_quote' && text === 'investors were “pricing in a slower build-out” this year'),
    'a reported clause that quotes words is one partial quote, its span the clause')
  t.ok(quotes.some(([speaker, kind, text]) => speaker === 'satya-nadella' && kind === 'quote' && text === 'Efficiency will widen adoption.'))
  t.match(x.newEntities.find((e) => e.id === 'jane-roe'), { name: 'Jane Roe', type: 'person' }, 'a new speaker is a person')
  t.match(x.newEntities.find((e) => e.id === 'acme-capital'), undefined, 'an employer no statement uses is not created')
  t.notOk(x.newEntities.some((e) => e.id === 'microsoft' || e.id === 'satya-nadella'), 'known entities are linked, not created')
})

t.test('a reported clause that quotes several passages: one partial quote in English, one per passage in French', async (t) => {
  const en = said(run('Dr. Lena Park said the patient was in “remarkably good” health and would be “fit for the role.”', 'en'))
  t.same(en.map(([, kind, text]) => [kind, text]), [['partial_quote', 'the patient was in “remarkably good” health and would be “fit for the role.”']])
  const fr = said(run('Le ministre Paul Durand a affirmé que la réforme était « indispensable » et qu’elle serait « votée en juin ».', 'fr'))
  t.same(fr.map(([, kind]) => kind), ['partial_quote', 'partial_quote'])
})

t.test('market figures: percent moves, multipliers, and one event for an amount in two currencies', async (t) => {
  const fr = run('La séance a effacé 45 milliards de dollars (41 milliards d’euros) de la capitalisation boursière de Meta.', 'fr').marketEvents
  t.same(fr.map((m) => [m.entity, m.kind, m.direction, m.figures.map((f) => [f.value, f.unit, f.currency])]), [
    ['meta', 'market_value_change', 'down', [[-45e9, 'currency', 'USD'], [-41e9, 'currency', 'EUR']]]
  ])
  const en = run('Shares of Nvidia fell 4.2% on Thursday, and the sell-off wiped $210bn off Nvidia’s market value.', 'en').marketEvents
  t.same(en.map((m) => [m.entity, m.kind, m.figures.map((f) => [f.value, f.unit, f.currency])]), [
    ['nvidia', 'share_price_change', [[-4.2, 'percent', null]]],
    ['nvidia', 'market_value_change', [[-210e9, 'currency', 'USD']]]
  ])
})

t.test('hostile or empty text: no crash, nothing invented', async (t) => {
  for (const body of ['', ' ', '«', '»', '« »', '“', '"""', 'said said said', 'a déclaré', '%%%', '\u0000', '12 %', '$', 'milliards']) {
    t.same(said(run(body, 'fr')), [], JSON.stringify(body))
  }
})

// Pathological shapes that once took quadratic time (minutes at the 200,000-character limit):
// each must now finish well inside the test's timeout. Speed itself is measured by npm run bench:extract.
t.test('pathological text stays linear', { timeout: 60_000 }, async (t) => {
  for (const [name, body] of Object.entries(PATHOLOGICAL)) {
    const text = body(50_000)
    const x = run(text, 'fr')
    t.ok(x.statements.length >= 0, `${name}: ${text.length} characters, ${x.statements.length} statements`)
  }
})
