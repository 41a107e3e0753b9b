// The seeded knowledge base as a contract, read through the API: every statement by speaker and kind, every entity, affiliation and market figure of the source article.
import t from 'tap'
import { build, getJson } from './helper.js'

t.test('every statement, in reading order, with its speaker and kind', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/statements?limit=100')).body
  t.same(data.map((s: any) => `${s.speaker.id} ${s.kind}${s.medium ? ` ${s.medium}` : ''}`), [
    'deepseek paraphrase',
    'nvidia quote press_statement',
    'nvidia quote press_statement',
    'jensen-huang no_comment',
    'the-information paraphrase news_report',
    'the-information paraphrase news_report',
    'mark-zuckerberg paraphrase earnings_call',
    'mark-zuckerberg partial_quote earnings_call',
    'mark-zuckerberg partial_quote earnings_call',
    'mark-zuckerberg quote',
    'yann-lecun paraphrase linkedin_post',
    'yann-lecun partial_quote linkedin_post',
    'yann-lecun partial_quote',
    'openai paraphrase',
    'openai paraphrase',
    'openai quote press_statement',
    'openai partial_quote press_statement',
    'sam-altman paraphrase x_post',
    'sam-altman partial_quote x_post',
    'sam-altman paraphrase',
    'sam-altman quote',
    'sam-altman paraphrase',
    'sam-altman partial_quote',
    'elon-musk paraphrase x_post',
    'elon-musk no_comment x_post',
    'marc-benioff paraphrase',
    'elon-musk quote x_post',
    'alexandr-wang paraphrase x_post',
    'elon-musk quote x_post',
    'satya-nadella quote linkedin_post',
    'satya-nadella partial_quote'
  ])
})

t.test('statement counts by speaker and kind', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/statements?limit=100')).body
  const counts: Record<string, Record<string, number>> = {}
  for (const s of data) {
    counts[s.speaker.id] ??= {}
    counts[s.speaker.id]![s.kind] = (counts[s.speaker.id]![s.kind] ?? 0) + 1
  }
  t.same(counts, {
    deepseek: { paraphrase: 1 },
    nvidia: { quote: 2 },
    'jensen-huang': { no_comment: 1 },
    'the-information': { paraphrase: 2 },
    'mark-zuckerberg': { paraphrase: 1, partial_quote: 2, quote: 1 },
    'yann-lecun': { paraphrase: 1, partial_quote: 2 },
    openai: { paraphrase: 2, quote: 1, partial_quote: 1 },
    'sam-altman': { paraphrase: 3, partial_quote: 2, quote: 1 },
    'elon-musk': { paraphrase: 1, no_comment: 1, quote: 2 },
    'marc-benioff': { paraphrase: 1 },
    'alexandr-wang': { paraphrase: 1 },
    'satya-nadella': { quote: 1, partial_quote: 1 }
  })
})

t.test('speaker labels keep the text’s words, including garbled roles and pronouns', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/statements?limit=100')).body
  const labels = new Set(data.map((s: any) => `${s.speaker.id}: ${s.speakerLabel}`))
  for (const label of [
    'nvidia: un porte-parole de NVIDIA',
    'nvidia: il',
    'openai: Le fabricant de Chatgpt',
    'openai: un porte-parole d’Openai',
    'openai: Le porte-parole',
    'the-information: les informations',
    'the-information: La publication',
    'yann-lecun: Le principal scientifique de l’IA pour la recherche fondamentale de l’IA de Meta',
    'satya-nadella: Le PDG de Microsoft',
    'alexandr-wang: PDG de l’échelle de l’IA, Alexandr Wang'
  ]) t.ok(labels.has(label), label)
})

t.test('quoted terms nobody utters are terms, not statements', async (t) => {
  const { app } = await build(t)
  const texts = (await getJson(app, '/v1/statements?limit=100')).body.data.map((s: any) => s.text)
  for (const term of ['salles de guerre', 'parrains de l’IA', 'distillation']) t.notOk(texts.includes(term), term)
  const article = (await getJson(app, '/v1/articles/deepseek-reactions')).body.data
  t.same(article.terms.map((x: any) => x.text), ['salles de guerre', 'parrains de l’IA', 'distillation'])
})

t.test('every entity with its type and every spelling the text uses', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/entities?limit=100')).body
  t.same(Object.fromEntries(data.map((e: any) => [e.id, `${e.type}: ${e.aliases.join(' | ')}`])), {
    'alexandr-wang': 'person: Alexandr Wang',
    agi: 'concept: Agi | Artificial general intelligence | intelligence générale artificielle',
    chatgpt: 'product: ChatGPT | Chatgpt',
    deepseek: 'organization: DeepSeek | Deepseek',
    'deepseek-r1': 'product: DeepSeek R1 | R1',
    'elon-musk': 'person: Elon Musk | Musk',
    'jensen-huang': 'person: Jensen Huang',
    'jevons-paradox': 'concept: Jevons Paradox | Jevons paradox',
    linkedin: 'platform: LinkedIn',
    llama: 'product: Llama | Meta Model Llama',
    'lobservatoire-de-leurope': 'organization: L’Observatoire de l’Europe | L’Observatoire de l’Europe Next',
    'marc-benioff': 'person: Marc Benioff',
    'mark-zuckerberg': 'person: Mark Zuckerberg | Zuckerberg',
    meta: 'organization: Meta | Méta',
    microsoft: 'organization: Microsoft',
    'milos-schmidt': 'person: Milos Schmidt',
    nvidia: 'organization: NVIDIA | Nvidia',
    openai: 'organization: OpenAI | Openai',
    salesforce: 'organization: Salesforce',
    'sam-altman': 'person: Sam Altman',
    'satya-nadella': 'person: Satya Nadella',
    'scale-ai': 'organization: Scale AI | l’échelle de l’IA',
    'the-information': 'organization: The Information | les informations',
    'us-government': 'organization: US government | gouvernement américain',
    x: 'platform: X',
    xai: 'organization: XAI | xAI',
    'yann-lecun': 'person: Yann LeCun'
  })
  for (const e of data) t.ok(e.description.length > 10, `${e.id} has a description`)
})

t.test('every affiliation the text supports', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/entities?limit=100')).body
  const affiliations = new Set<string>()
  for (const e of data) {
    for (const a of (await getJson(app, `/v1/entities/${e.id}`)).body.data.affiliations) {
      affiliations.add(`${a.from.id} ${a.kind}${a.role ? ` (${a.role})` : ''} ${a.to.id}`)
    }
  }
  t.same([...affiliations].sort(), [
    'alexandr-wang works_for (PDG) scale-ai',
    'chatgpt made_by openai',
    'deepseek-r1 made_by deepseek',
    'elon-musk founded xai',
    'elon-musk owns x',
    'jensen-huang works_for (PDG) nvidia',
    'llama made_by meta',
    'marc-benioff works_for (PDG) salesforce',
    'mark-zuckerberg works_for (PDG) meta',
    'sam-altman works_for (PDG) openai',
    'satya-nadella works_for (PDG) microsoft',
    'yann-lecun works_for (principal scientifique de l’IA pour la recherche fondamentale de l’IA) meta'
  ])
})

t.test('every market figure, both currencies in one event', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/market-events?limit=100')).body
  t.same(data.map((m: any) => [m.entity.id, m.kind, m.direction, m.figures.map((f: any) => `${f.value} ${f.currency ?? '%'}`)]), [
    ['nvidia', 'share_price_change', 'down', ['-17 %']],
    ['nvidia', 'market_value_change', 'down', ['-593000000000 USD', '-570000000000 EUR']]
  ])
})
