// The editors' statement writes: adding a missed statement and moving a span, the text always read from the article body, reading order kept, audited and atomic.
import t from 'tap'
import { CHIP_STOCKS, KEYS, build, getJson, send } from '../helper.js'

const ARTICLE = 'deepseek-reactions'
const KINDS = ['quote', 'partial_quote', 'paraphrase', 'no_comment']
const MISSED = 'La start-up a lancé ses modèles AI et un chatbot appelé R1 la semaine dernière.'

type App = Awaited<ReturnType<typeof build>>['app']

const bodyOf = async (app: App) => (await getJson(app, `/v1/articles/${ARTICLE}`)).body.data.body as string
const readingOrder = async (app: App) => (await getJson(app, `/v1/statements?article=${ARTICLE}&sort=position&limit=100`)).body.data as any[]

/** Reading order is span order: by start, the longer span first where two start together. */
const inSpanOrder = (statements: any[]) => statements.every((s, i) => i === 0 || statements[i - 1].span.start < s.span.start ||
  (statements[i - 1].span.start === s.span.start && statements[i - 1].span.end >= s.span.end))

t.test('POST /v1/statements adds a missed statement, its words read from the body at its span', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const body = await bodyOf(app)
  const start = body.indexOf(MISSED)
  const before = await readingOrder(app)
  const altman = (await getJson(app, '/v1/entities/sam-altman')).body.data.statementCount

  // The selection takes the blank line before and the space after along; the words are trimmed out of it.
  const res = await send(app, 'POST', '/v1/statements', { article: ARTICLE, span: { start: start - 2, end: start + MISSED.length + 1 }, speaker: 'sam-altman', kind: 'paraphrase', subjects: ['deepseek', 'deepseek'], stance: 'neutral' })
  t.equal(res.statusCode, 201)
  const added = res.json().data
  t.equal(res.headers.location, `/v1/statements/${added.id}`)
  t.match(added, {
    text: MISSED, span: { start, end: start + MISSED.length }, kind: 'paraphrase', stance: 'neutral', medium: null, origin: 'curated', confidence: 1,
    speaker: { id: 'sam-altman', name: 'Sam Altman' }, speakerLabel: 'Sam Altman', article: { id: ARTICLE }
  })
  t.same(added.subjects.map((s: any) => s.id), ['deepseek'])
  t.equal(body.slice(added.span.start, added.span.end), added.text)
  t.same((await getJson(app, `/v1/statements/${added.id}`)).body.data, added, 'served as stored')

  const after = await readingOrder(app)
  t.equal(after.length, before.length + 1)
  t.ok(inSpanOrder(after), 'it takes its place in reading order')
  t.equal(after.findIndex((s) => s.id === added.id), before.filter((s) => s.span.start < start).length)
  t.equal((await getJson(app, '/v1/entities/sam-altman')).body.data.statementCount, altman + 1, 'counted for its speaker')
  t.ok((await getJson(app, '/v1/entities/deepseek/statements?role=subject&limit=100')).body.data.some((s: any) => s.id === added.id), 'listed about its subject')
  t.ok((await getJson(app, '/v1/statements?q=chatbot%20semaine')).body.data.some((s: any) => s.id === added.id), 'searchable at once')

  const again = await send(app, 'POST', '/v1/statements', { article: ARTICLE, span: { start, end: start + MISSED.length }, speaker: 'sam-altman', kind: 'paraphrase' })
  t.equal(again.statusCode, 409)
  t.match(again.json(), { code: 'conflict', detail: `The article already has this statement by this speaker: /v1/statements/${added.id}.` })

  const audit = (await send(app, 'GET', '/v1/audit')).json().data
  t.same(audit.map((e: any) => [e.operation, e.target]), [['statement.create', `/v1/statements/${added.id}`]])
  t.same(JSON.parse(audit[0].detail).span, added.span, 'the audit keeps the span written')
})

t.test('POST /v1/statements refuses what it cannot read or attribute, and writes nothing', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const body = await bodyOf(app)
  const ok = { article: ARTICLE, span: { start: 300, end: 350 }, speaker: 'sam-altman', kind: 'quote' }
  for (const [change, field, message] of [
    [{ span: { start: 10, end: body.length + 1 } }, 'span', `The span ends at ${body.length + 1}, past the article's body (${body.length} characters).`],
    [{ span: { start: 20, end: 20 } }, 'span', 'The span must end after it starts.'],
    [{ span: { start: body.indexOf('\n\n'), end: body.indexOf('\n\n') + 2 } }, 'span', 'The span holds only whitespace.'],
    [{ article: 'no-such-article' }, 'article', 'No article has the id "no-such-article".'],
    [{ speaker: 'nobody' }, 'speaker', 'No entity has the id "nobody".'],
    [{ subjects: ['openai', 'nobody'] }, 'subjects', 'No entity has the id "nobody".']
  ] as const) {
    const res = await send(app, 'POST', '/v1/statements', { ...ok, ...change })
    t.equal(res.statusCode, 400, JSON.stringify(change))
    t.same(res.json().errors, [{ location: 'body', name: field, message }])
  }
  for (const bad of [{ ...ok, text: 'the client never sends the words' }, { ...ok, kind: 'rumour' }, { ...ok, span: { start: -1, end: 4 } }, { article: ARTICLE, speaker: 'sam-altman', kind: 'quote' }]) {
    t.equal((await send(app, 'POST', '/v1/statements', bad)).statusCode, 400, JSON.stringify(bad))
  }
  t.equal((await send(app, 'POST', '/v1/statements', ok, null)).statusCode, 401)
  t.same((await send(app, 'GET', '/v1/audit')).json().data, [], 'nothing was written')
})

t.test('PATCH span moves a statement: its text is read again and its place in reading order follows', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const body = await bodyOf(app)
  const [first, second] = await readingOrder(app)
  const { etag } = (await getJson(app, `/v1/statements/${first.id}`)).headers

  // The first statement moves past the second: shorter, and later in the text.
  const start = second.span.end + 1
  const res = await send(app, 'PATCH', `/v1/statements/${first.id}`, { span: { start, end: start + 40 } })
  t.equal(res.statusCode, 200)
  const moved = res.json().data
  const words = body.slice(start, start + 40).trim()
  t.match(moved, { id: first.id, text: words, origin: 'curated', confidence: 1, speaker: first.speaker })
  t.equal(body.slice(moved.span.start, moved.span.end), moved.text)
  t.same(moved.subjects, first.subjects, 'its subjects stay')
  const order = await readingOrder(app)
  t.ok(inSpanOrder(order), 'reading order is span order again')
  t.same(order.slice(0, 2).map((s) => s.id), [second.id, first.id])
  t.not((await getJson(app, `/v1/statements/${first.id}`)).headers.etag, etag)
  t.ok((await getJson(app, `/v1/statements?q=${encodeURIComponent(words.split(/\s+/).filter((w) => w.length > 4)[0]!)}&limit=100`)).body.data.some((s: any) => s.id === first.id), 'searched by its new words')
  for (const subject of first.subjects) {
    t.ok((await getJson(app, `/v1/entities/${subject.id}/statements?role=subject&sort=position&limit=100`)).body.data.some((s: any) => s.id === first.id), `still about ${subject.id}`)
  }

  const bad = await send(app, 'PATCH', `/v1/statements/${first.id}`, { span: { start: 5, end: body.length + 5 }, kind: 'quote' })
  t.equal(bad.statusCode, 400)
  t.same(bad.json().errors.map((e: any) => e.name), ['span'])
  t.same((await getJson(app, `/v1/statements/${first.id}`)).body.data, moved, 'a refused span changes nothing else either')
  t.equal((await send(app, 'PATCH', '/v1/statements/st_000000000000', { span: { start: 1, end: 5 } })).statusCode, 404)
  const audit = (await send(app, 'GET', '/v1/audit')).json().data
  t.same(audit.map((e: any) => JSON.parse(e.detail)), [{ span: moved.span }])
})

t.test('the words a statement is are one statement however it was re-attributed, and a span never cuts a character in two', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const [said] = (await getJson(app, '/v1/entities/sam-altman/statements?role=speaker&limit=1')).body.data
  t.equal((await send(app, 'PATCH', `/v1/statements/${said.id}`, { speaker: 'elon-musk' })).statusCode, 200)
  const again = await send(app, 'POST', '/v1/statements', { article: ARTICLE, span: said.span, speaker: 'elon-musk', kind: said.kind })
  t.equal(again.statusCode, 409, 'the same words by the same speaker, now that the speaker changed')
  t.match(again.json().detail, said.id)
  const back = await send(app, 'POST', '/v1/statements', { article: ARTICLE, span: said.span, speaker: 'sam-altman', kind: said.kind })
  t.equal(back.statusCode, 201, 'the speaker it had is free to say them again')
  t.not(back.json().data.id, said.id, 'with an id of its own, although the content gave it the old one')

  const { id } = (await send(app, 'POST', '/v1/articles', { ...CHIP_STOCKS, body: `${CHIP_STOCKS.body}\n\nThe chips 😀 sold out.` })).json().data
  const body = (await getJson(app, `/v1/articles/${id}`)).body.data.body as string
  const at = body.indexOf('😀')
  const cut = await send(app, 'POST', '/v1/statements', { article: id, span: { start: at - 10, end: at + 1 }, speaker: 'nvidia', kind: 'quote' })
  t.equal(cut.statusCode, 400)
  t.same(cut.json().errors.map((e: any) => e.name), ['span'])
  const whole = await send(app, 'POST', '/v1/statements', { article: id, span: { start: at - 10, end: at + 2 }, speaker: 'nvidia', kind: 'quote' })
  t.equal(whole.json().data.text, body.slice(at - 10, at + 2), 'whole characters are kept as they are')
})

t.test('edits to one article at once all land: a moved span and an added statement take their locks in one order', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const order = await readingOrder(app)
  const body = await bodyOf(app)
  const start = body.indexOf(MISSED)
  for (let round = 0; round < 4; round++) {
    const [a, b] = [order[round * 2]!, order[round * 2 + 1]!]
    const answers = await Promise.all([
      send(app, 'PATCH', `/v1/statements/${a.id}`, { span: { start: a.span.start, end: a.span.end - 1 } }),
      send(app, 'PATCH', `/v1/statements/${b.id}`, { span: { start: b.span.start + 1, end: b.span.end } }),
      send(app, 'POST', '/v1/statements', { article: ARTICLE, span: { start, end: start + MISSED.length }, speaker: 'sam-altman', kind: KINDS[round]! })
    ])
    t.same(answers.map((r) => r.statusCode), [200, 200, 201], `round ${round}`)
  }
  t.ok(inSpanOrder(await readingOrder(app)), 'and reading order holds')
})
