// /v1/articles: the list, one article with its body, mentions and terms, and their 400s and 404s.
import t from 'tap'
import { build, getJson, walkPages } from '../helper.js'

t.test('lists articles without bodies', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/articles')
  t.equal(res.status, 200)
  t.same(res.body, {
    data: [{
      id: 'deepseek-reactions',
      title: '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek',
      standfirst: 'La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.',
      author: 'Milos Schmidt',
      language: 'fr',
      publisher: 'L’Observatoire de l’Europe',
      publishedDate: '2025',
      publishedDatePrecision: 'year',
      statementCount: 31,
      marketEventCount: 2
    }],
    page: { limit: 20, nextCursor: null }
  })
})

t.test('gets an article: body alone, mentions and terms with spans', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/articles/deepseek-reactions')).body
  t.ok(data.body.startsWith('La bulle de l’intelligence artificielle (IA)'), 'body starts after the standfirst')
  t.ok(data.body.endsWith('ce qui n’était pas l’intention d’origine.'), 'body ends before the page debris')
  for (const debris of ['Laisser un commentaire', 'cinq =', 'Milos Schmidt', 'The Icons', 'Big Tech League']) {
    t.notOk(data.body.includes(debris), `body leaves out "${debris}"`)
  }
  t.equal(data.photoCaption, 'The Icons for the smartphone apps DeepSeek and ChatGPT are seen on a smartphone screen in Beijing, Tuesday, Jan. 28, 2025.')
  t.same(data.terms.map((x: any) => x.text), ['salles de guerre', 'parrains de l’IA', 'distillation'])
  for (const m of [...data.mentions, ...data.terms]) t.equal(data.body.slice(m.span.start, m.span.end), m.text)
  const starts = data.mentions.map((m: any) => m.span.start)
  t.same(starts, [...starts].sort((a: number, b: number) => a - b), 'mentions in reading order')
  t.equal(data.mentions.filter((m: any) => m.entity.id === 'elon-musk').length, 5)
})

t.test('404 for an unknown article, 400 for a malformed id or cursor', async (t) => {
  const { app } = await build(t)
  t.equal((await getJson(app, '/v1/articles/nothing-here')).status, 404)
  t.equal((await getJson(app, '/v1/articles/NOT%20valid')).status, 400)
  t.equal((await getJson(app, '/v1/articles?cursor=eyJ9')).status, 400)
})

t.test('pages articles newest first, undated last', async (t) => {
  const { app, db } = await build(t)
  const insert = db.$client.prepare('INSERT INTO articles (id, title, language, body, published_date, published_date_precision) VALUES (?, ?, ?, ?, ?, ?)')
  insert.run('older', 'Older', 'en', 'text', '2024-05-01', 'day')
  insert.run('newer', 'Newer', 'en', 'text', '2026-01', 'month')
  insert.run('undated-b', 'Undated B', 'en', 'text', null, null)
  insert.run('undated-a', 'Undated A', 'en', 'text', null, null)
  t.same((await walkPages(app, '/v1/articles?limit=1')).items, ['newer', 'deepseek-reactions', 'older', 'undated-b', 'undated-a'], 'newest first; ties (the undated) by id, in the same direction')
  t.same((await walkPages(app, '/v1/articles?limit=2&sort=date')).items, ['undated-a', 'undated-b', 'older', 'deepseek-reactions', 'newer'])
})
