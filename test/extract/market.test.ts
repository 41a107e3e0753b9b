// The market-figures stage: recall and precision on hand-written fixtures in both languages, then each number format, sign, kind, currency grouping, span and distractor on its own.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { market as en } from '../../src/extract/lexicon/en.js'
import { market as fr } from '../../src/extract/lexicon/fr.js'
import { marketEvents } from '../../src/extract/market.js'
import { allSentences, paragraphs } from '../../src/extract/segment.js'
import type { ExtractedMarketEvent, Language } from '../../src/extract/types.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/market/', import.meta.url))

// The organizations a knowledge base would know in the fixtures and the cases below, each with the names the text may use.
const ORGANIZATIONS: { id: string, names: string[] }[] = [
  { id: 'halvorsen-motors', names: ['Halvorsen Motors'] },
  { id: 'brightline-foods', names: ['Brightline Foods'] },
  { id: 'corvane', names: ['Corvane Systems', 'Corvane'] },
  { id: 'lumet', names: ['Lumet Semiconductor', 'Lumet'] },
  { id: 'riverside-credit-union', names: ['Riverside Credit Union'] },
  { id: 'ashcombe-bank', names: ['Ashcombe Bank'] },
  { id: 'delphi-exchange', names: ['Delphi Exchange'] },
  { id: 'associated-press', names: ['Associated Press'] },
  { id: 'greenway-research', names: ['Greenway Research'] },
  { id: 'northwind-airlines', names: ['Northwind Airlines'] },
  { id: 'maison-verlaine', names: ['Maison Verlaine'] },
  { id: 'brunel-energie', names: ['Brunel Énergie'] },
  { id: 'orvalis', names: ['Orvalis'] },
  { id: 'keystone-bio', names: ['Keystone Bio'] },
  { id: 'banque-lemaire', names: ['Banque Lemaire'] },
  { id: 'credit-sorel', names: ['Crédit Sorel'] },
  { id: 'autorite-des-marches', names: ['Autorité des marchés'] },
  { id: 'bancaris', names: ['Bancaris'] },
  { id: 'ifop', names: ['Ifop'] },
  { id: 'insee', names: ['Insee'] },
  { id: 'vallorie', names: ['Vallorie'] },
  { id: 'nvidia', names: ['Nvidia'] },
  { id: 'meta', names: ['Meta'] },
  { id: 'febelfin', names: ['Febelfin'] },
  { id: 'reuters', names: ['Reuters'] }
]
const slug = (name: string) => name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9&]+/g, '-').replace(/^-|-$/g, '')
const idOf = (name: string) => ORGANIZATIONS.find((o) => o.names.includes(name))?.id ?? slug(name)

/** Every occurrence of a known name, the longest first, never two on the same characters: what the entities stage would hand over. */
function organizationsIn (body: string) {
  const found: { entityId: string, start: number, end: number, text: string }[] = []
  const named = ORGANIZATIONS.flatMap((o) => o.names.map((name) => ({ id: o.id, name }))).sort((a, b) => b.name.length - a.name.length)
  for (const { id, name } of named) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      const end = at + name.length
      if (/[\p{L}\p{N}]/u.test(body[end] ?? ' ') || /[\p{L}\p{N}]/u.test(body[at - 1] ?? ' ')) continue
      if (found.some((f) => f.start < end && f.end > at)) continue
      found.push({ entityId: id, start: at, end, text: name })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The stage as the extractor runs it, with indexes named by the stage linked by the words the text uses. */
function run (body: string, language: Language): ExtractedMarketEvent[] {
  return marketEvents({
    body,
    language,
    lexicon: language === 'en' ? en : fr,
    sentences: allSentences(body, paragraphs(body), []),
    organizations: organizationsIn(body),
    entityFor: (_name, at) => slug(body.slice(at.start, at.end))
  })
}
const values = (events: ExtractedMarketEvent[]) => events.flatMap((e) => e.figures.map((f) => f.value))
const summary = (events: ExtractedMarketEvent[]) => events.map((e) => [e.entity, e.kind, e.direction, e.figures.map((f) => [f.value, f.currency, f.text])])

interface Gold { entity: string, kind: string, values: number[], currencies: (string | null)[] }
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

t.test('recall and precision over every figure of the fixtures', async (t) => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(en|fr)\.txt$/.test(f)).sort()
  const counts = { en: 0, fr: 0 }
  let gold = 0
  let found = 0
  let matched = 0
  let right = 0
  for (const file of files) {
    const [name, language] = file.split('.') as [string, Language]
    const body = readFileSync(join(FIXTURES, file), 'utf8')
    const expected = (JSON.parse(readFileSync(join(FIXTURES, `${name}.gold.json`), 'utf8')) as Gold[])
      .flatMap((g) => g.values.map((value, i) => ({ value, currency: g.currencies[i] ?? null, entity: idOf(g.entity), kind: g.kind })))
    const events = run(body, language)
    const figures = events.flatMap((e) => e.figures.map((f) => ({ ...f, entity: e.entity, kind: e.kind })))
    counts[language] += expected.length
    gold += expected.length
    found += figures.length
    const open = [...figures]
    for (const g of expected) {
      const at = open.findIndex((f) => same(f.value, g.value))
      if (at < 0) { t.comment(`${name}: missed ${g.value} (${g.entity})`); continue }
      const [f] = open.splice(at, 1)
      matched++
      if (f!.entity === g.entity && f!.kind === g.kind && f!.currency === g.currency) right++
      else t.comment(`${name}: ${g.value} as ${f!.entity} ${f!.kind} ${f!.currency}, expected ${g.entity} ${g.kind} ${g.currency}`)
    }
    for (const f of open) t.comment(`${name}: spurious ${f.value} (${f.entity}, ${f.kind}) "${f.text}"`)
    for (const e of events) t.equal(body.slice(e.start, e.end), e.text, `${name}: span of ${e.text}`)
  }
  t.ok(counts.en >= 12 && counts.fr >= 12, `at least 12 figures per language (${counts.en} English, ${counts.fr} French)`)
  const recall = matched / gold
  const precision = matched / found
  t.comment(`figures: ${gold} gold, ${found} found, ${matched} matched; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, entity, kind and currency right on ${(right / matched).toFixed(3)}`)
  t.ok(recall >= 0.9, `recall ${recall}`)
  t.ok(precision >= 0.9, `precision ${precision}`)
  t.ok(right / matched >= 0.9, `entity, kind and currency of matched figures ${right / matched}`)
})

/** Each case is one sentence holding one figure: its signed value, currency and exact words. */
function formats (t: Test, language: Language, cases: [string, number, string | null, string][]) {
  for (const [body, value, currency, text] of cases) t.match(run(body, language).map((e) => e.figures), [[{ value, currency, text }]], body)
}

t.test('English number formats', async (t) => {
  const cases: [string, number, string | null, string][] = [
    ['Nvidia agreed a $1.2 billion deal.', 1.2e9, 'USD', '$1.2 billion'],
    ['Nvidia agreed a 1.2bn deal.', 1.2e9, null, '1.2bn'],
    ['Nvidia agreed a $700,000 deal.', 700000, 'USD', '$700,000'],
    ['Nvidia was fined £3m.', -3e6, 'GBP', '£3m'],
    ['Nvidia agreed a €194 billion deal.', 194e9, 'EUR', '€194 billion'],
    ['Nvidia agreed a US$2.5bn deal.', 2.5e9, 'USD', 'US$2.5bn'],
    ['Nvidia agreed a ¥1.5 trillion deal.', 1.5e12, 'JPY', '¥1.5 trillion'],
    ['Nvidia agreed a CHF 400 million deal.', 400e6, 'CHF', 'CHF 400 million'],
    ['Nvidia agreed a deal worth 2 billion euros.', 2e9, 'EUR', '2 billion euros'],
    ['Nvidia rose 5 percent.', 5, null, '5 percent'],
    ['Nvidia rose 5 per cent.', 5, null, '5 per cent'],
    ['Nvidia rose 5%.', 5, null, '5%']
  ]
  formats(t, 'en', cases)
})

t.test('French number formats: decimal comma, digit groups, € before or after', async (t) => {
  const cases: [string, number, string | null, string][] = [
    ['Meta a signé un contrat de 2,5 milliards de dollars.', 2.5e9, 'USD', '2,5 milliards de dollars'],
    ['Meta a signé un contrat de 700 000 euros.', 700000, 'EUR', '700 000 euros'],
    ['Meta a signé un contrat de 700\u00a0000 euros.', 700000, 'EUR', '700\u00a0000 euros'],
    ['Meta a signé un contrat de 700\u202f000 €.', 700000, 'EUR', '700\u202f000 €'],
    ['Meta a signé un contrat de 1 234,5 millions d’euros.', 1234.5e6, 'EUR', '1 234,5 millions d’euros'],
    ['Meta a signé un contrat de 3 M€.', 3e6, 'EUR', '3 M€'],
    ['Meta a signé un contrat de 1,2 Md€.', 1.2e9, 'EUR', '1,2 Md€'],
    ['Meta a signé un contrat de 40 M$.', 40e6, 'USD', '40 M$'],
    ['Meta a signé un contrat de €3 millions.', 3e6, 'EUR', '€3 millions'],
    ['Meta a signé un contrat de 2 mds.', 2e9, null, '2 mds'],
    ['Le titre de Meta a chuté de 17 %.', -17, null, '17 %'],
    ['Le titre de Meta est en baisse de 3,5 pour cent.', -3.5, null, '3,5 pour cent'],
    ['Le titre de Meta gagne 2 %.', 2, null, '2 %'],
    ['Meta : -0,5 %.', -0.5, null, '-0,5 %']
  ]
  formats(t, 'fr', cases)
})

t.test('percent moves and index moves, in both languages', async (t) => {
  t.same(summary(run('Shares of Nvidia fell 4.2% on Thursday.', 'en')), [['nvidia', 'share_price_change', 'down', [[-4.2, null, '4.2%']]]])
  t.same(summary(run('The Dow was down 0.4 percent, while the S&P 500 gained 0.2%.', 'en')), [
    ['dow', 'index_change', 'down', [[-0.4, null, '0.4 percent']]],
    ['s&p-500', 'index_change', 'up', [[0.2, null, '0.2%']]]
  ])
  t.same(summary(run('The FTSE 100 rose 0.3%, the DAX 0.5% and the Nikkei 225 1.2%.', 'en')).map(([entity, , direction]) => [entity, direction]),
    [['ftse-100', 'up'], ['dax', 'up'], ['nikkei-225', 'up']], 'one verb moves the indexes listed after it')
  t.same(summary(run('Le CAC 40 a perdu 1,1 % et la Bourse de Paris reste en baisse de 3,5 pour cent.', 'fr')), [
    ['cac-40', 'index_change', 'down', [[-1.1, null, '1,1 %']]],
    ['bourse-de-paris', 'index_change', 'down', [[-3.5, null, '3,5 pour cent']]]
  ])
  t.same(summary(run('Le CAC 40 a ouvert à 7 500 points, en baisse de 0,5 %.', 'fr')), [['cac-40', 'index_change', 'down', [[-0.5, null, '0,5 %']]]], 'an index level in points is not a count')
  t.same(summary(run('The Dow closed at 38,500 points, down 0.3%.', 'en')).map(([entity, , direction]) => [entity, direction]), [['dow', 'down']])
  t.same(summary(run('Wall Street a fini en hausse de 0,8 %.', 'fr')), [['wall-street', 'index_change', 'up', [[0.8, null, '0,8 %']]]])
  t.same(summary(run('Le titre de Meta a reculé de 3,5 % à Wall Street.', 'fr')).map(([entity]) => entity), ['meta'], 'a market named as the place shares trade is not their subject')
  t.same(summary(run('Nvidia stock was 3% lower, and Meta shares were 2% higher.', 'en')).map(([entity, , direction]) => [entity, direction]), [['nvidia', 'down'], ['meta', 'up']])
  t.same(summary(run('Nvidia a enregistré une baisse de 5 % de son titre.', 'fr')).map(([, kind, direction]) => [kind, direction]), [['share_price_change', 'down']], 'a direction noun before')
  t.same(summary(run('Nvidia suffered a 4% drop.', 'en')).map(([, , direction]) => direction), ['down'], 'a direction noun after')
})

t.test('signs and kinds of sums', async (t) => {
  const kindAndValue = (body: string, language: Language) => run(body, language).map((e) => [e.kind, e.direction, ...e.figures.map((f) => f.value)])
  t.same(kindAndValue('Meta agreed to buy the startup in a $2bn deal.', 'en'), [['deal_value', null, 2e9]])
  t.same(kindAndValue('Meta reported revenue of $40 billion.', 'en'), [['financial_result', null, 40e9]])
  t.same(kindAndValue('Meta posted a net loss of $1.5 billion.', 'en'), [['financial_result', null, -1.5e9]])
  t.same(kindAndValue('Hackers stole $5 million from Nvidia.', 'en'), [['amount', null, -5e6]])
  t.same(kindAndValue('The recall will cost Nvidia $300 million.', 'en'), [['amount', null, -3e8]])
  t.same(kindAndValue('Nvidia lost $210bn in market value.', 'en'), [['market_value_change', 'down', -210e9]])
  t.same(kindAndValue('Meta a dégagé un bénéfice de 3 milliards d’euros.', 'fr'), [['financial_result', null, 3e9]])
  t.same(kindAndValue('Meta a essuyé une perte de 3 milliards d’euros.', 'fr'), [['financial_result', null, -3e9]])
  t.same(kindAndValue('Meta a écopé d’une amende de 1,2 milliard d’euros.', 'fr'), [['amount', null, -1.2e9]])
  t.same(kindAndValue('Un employé aurait détourné 250 000 euros de Febelfin.', 'fr'), [['amount', null, -250000]])
  // An investment is money going out, a cost, as the Wikinews annotation counts it.
  t.same(kindAndValue('Meta va investir 10 milliards d’euros en France.', 'fr'), [['amount', null, -10e9]])
  t.same(kindAndValue('Meta expects capital expenditures between 60 and 65 billion dollars.', 'en'), [['amount', null, -60e9, -65e9]], 'a range keeps both bounds')
  t.same(kindAndValue('Meta a gagné 20 milliards de dollars de capitalisation.', 'fr'), [['market_value_change', 'up', 20e9]])
  t.same(kindAndValue('Meta shares fell 3% to $120.', 'en'), [['share_price_change', 'down', -3], ['amount', null, 120]], 'a price reached is a level, not a move')
  t.same(kindAndValue('Meta revenue rose 12% to $30bn.', 'en'), [['financial_result', null, 12], ['financial_result', null, 30e9]])
})

t.test('the same sum in several currencies is one event', async (t) => {
  const body = 'La séance a effacé 45 milliards de dollars (41 milliards d’euros) de la capitalisation de Meta.'
  const [event, ...rest] = run(body, 'fr')
  t.equal(rest.length, 0)
  t.same(event!.figures.map((f) => [f.value, f.currency, f.text]), [[-45e9, 'USD', '45 milliards de dollars'], [-41e9, 'EUR', '41 milliards d’euros']])
  t.match(event, { entity: 'meta', kind: 'market_value_change', direction: 'down', text: '45 milliards de dollars (41 milliards d’euros)' })
  const english = run('The sell-off wiped $210 billion (€194 billion) off Nvidia\'s market value.', 'en')
  t.same(summary(english), [['nvidia', 'market_value_change', 'down', [[-210e9, 'USD', '$210 billion'], [-194e9, 'EUR', '€194 billion']]]], 'the owner named after the sum')
  t.equal(english[0]!.text, '$210 billion (€194 billion)')
  t.same(values(run('Meta agreed a £3m deal, or about $3.8m.', 'en')), [3e6, 3.8e6], 'a restatement after "or about"')
  t.equal(run('Meta agreed a $3m deal and a $4m deal.', 'en').length, 2, 'two sums in one currency are two events')
})

t.test('exact spans: from the entity named before, or from the figure', async (t) => {
  const body = 'Le titre de Meta a reculé de 3,5% mardi.\n\nLa directrice financière de Meta a parlé. La séance a effacé 45 milliards de dollars de la capitalisation boursière du groupe.'
  const events = run(body, 'fr')
  t.same(events.map((e) => e.text), ['Meta a reculé de 3,5%', '45 milliards de dollars'])
  for (const e of events) {
    t.equal(body.slice(e.start, e.end), e.text)
    t.ok(e.confidence >= 0 && e.confidence <= 1)
    for (const f of e.figures) t.ok(e.text.includes(f.text), `figure words ${f.text} within the event`)
  }
  t.ok(events[1]!.confidence < events[0]!.confidence, 'an entity carried from an earlier sentence is less sure')
})

t.test('the entity: nearest before, else after, else carried; sources only when nothing else is named', async (t) => {
  t.same(run('After a rally, Meta rose 2% while Nvidia fell 1%.', 'en').map((e) => e.entity), ['meta', 'nvidia'])
  t.same(run('Investors sold, and 3% was wiped off Nvidia shares.', 'en').map((e) => e.entity), ['nvidia'])
  t.same(run('According to Reuters, Nvidia shares fell 2%.', 'en').map((e) => e.entity), ['nvidia'])
  t.same(run('Selon Febelfin, le préjudice est de 700 000 euros.', 'fr').map((e) => e.entity), ['febelfin'])
  t.same(run('Nvidia had a quiet week. Its shares fell 2% on Friday.', 'en').map((e) => e.entity), ['nvidia'])
  t.same(run('Nvidia had a quiet week. Traffic rose 2% on Friday.', 'en'), [], 'a move with nothing to tie it to a company stays out')
})

t.test('distractors give no event', async (t) => {
  const en_ = [
    'In 2023, Nvidia hired staff.',
    'Meta won 52 percent of the vote.',
    'A Reuters poll found 52 percent of voters back the plan.',
    'Nvidia will cut 10% of its workforce.',
    'Nvidia, founded in 1993, employs 30,000 people.',
    'Inflation rose 3.1% in May.',
    'Unemployment fell to 4.1 percent, Nvidia said.',
    'Households face a 45% tax rate.',
    'The 52-year-old Nvidia founder was re-elected by 61 votes to 38.',
    'Nvidia holds 80% of the market.',
    'Nvidia\'s workforce grew 5% last year.',
    'The lower 95 percent of earners would pay an average tax increase of 2%.',
    'Nvidia shipped 528,000 chips last year, up 10%.',
    'Senator Quinlan leads on Long Island -- 44 percent to 34 percent.'
  ]
  for (const body of en_) t.same(run(body, 'en'), [], body)
  const fr_ = [
    'En 2024, Meta a recruté.',
    'Selon un sondage Ifop, 54 % des Français approuvent.',
    'La candidate a obtenu 38,5 % des voix.',
    'Meta va supprimer 3 000 emplois, soit 5 % de ses effectifs.',
    'Le chômage a augmenté de 2 % selon l’Insee.',
    'L’inflation a reculé à 2,1 % en mai.',
    'Le patron de Meta, âgé de 61 ans, a été réélu avec 412 voix.',
    'Le taux d’imposition des ménages passera à 45 %.',
    'Meta a vendu 735 000 casques en 2023, en hausse de 11 %.'
  ]
  for (const body of fr_) t.same(run(body, 'fr'), [], body)
})

t.test('linear: a long body of figures takes well under 5 ms per 1,000 characters', async (t) => {
  // Not a timing assertion (machines vary): the work must not grow with the number of figures before.
  const unit = 'Les actions de Meta ont chuté de 3 %, soit 4 milliards de dollars (3 milliards d’euros) de capitalisation. '
  const body = unit.repeat(Math.floor(20000 / unit.length))
  t.equal(run(body, 'fr').length, Math.floor(20000 / unit.length) * 2)
})
