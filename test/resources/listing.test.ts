// Exports and content negotiation: every list streams CSV (RFC 4180, French text quoted right) or NDJSON with the same filters; cursors are tamper-proof.
import t from 'tap'
import { csvField, decodeCursor, encodeCursor, negotiate } from '../../src/resources/listing.js'
import { z } from 'zod'
import { build, exec, getJson } from '../helper.js'

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv (text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++ } else field += c
  }
  return rows
}

t.test('CSV export: header row, one row per item, fields quoted as RFC 4180 asks', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/v1/statements?speaker=elon-musk', headers: { accept: 'text/csv' } })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/csv; charset=utf-8; header=present')
  t.ok(res.body.endsWith('\r\n'))
  const rows = parseCsv(res.body)
  t.same(rows[0], ['id', 'articleId', 'articleDate', 'position', 'speakerId', 'speakerName', 'speakerLabel', 'kind', 'medium', 'subjects', 'text', 'spanStart', 'spanEnd'])
  t.equal(rows.length, 5)
  const json = (await getJson(app, '/v1/statements?speaker=elon-musk')).body.data
  t.same(rows.slice(1).map((r) => r[10]), json.map((s: any) => s.text), 'text survives the round trip, accents and commas included')
  t.match(res.body, /,"Lmao, non",/)
  t.same(rows[3]!.slice(8, 10), ['x_post', 'deepseek; marc-benioff'])
})

t.test('NDJSON export: one JSON item per line, as in the JSON data array', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/v1/statements?about=deepseek', headers: { accept: 'application/x-ndjson' } })
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.same(lines, (await getJson(app, '/v1/statements?about=deepseek&limit=100')).body.data)
})

t.test('exports stream every match, past one page and from the cursor on, on every list', async (t) => {
  const { app } = await build(t)
  const all = await app.inject({ url: '/v1/statements?limit=1', headers: { accept: 'application/x-ndjson' } })
  t.equal(all.body.trimEnd().split('\n').length, 31, 'limit does not cut an export')
  const cursor = (await getJson(app, '/v1/statements?limit=30')).body.page.nextCursor
  const rest = await app.inject({ url: `/v1/statements?cursor=${cursor}`, headers: { accept: 'application/x-ndjson' } })
  t.equal(rest.body.trimEnd().split('\n').length, 1)
  const counted = await app.inject({ url: '/v1/statements?count=true&kind=quote', headers: { accept: 'text/csv' } })
  t.equal(counted.headers['x-total-count'], '8')
  t.equal(parseCsv(counted.body).length, 9)
  for (const url of ['/v1/entities', '/v1/articles', '/v1/market-events', '/v1/entities/nvidia/market-events', '/v1/entities/openai/statements', '/v1/search?q=deepseek']) {
    const csv = await app.inject({ url, headers: { accept: 'text/csv' } })
    const items = (await getJson(app, `${url}${url.includes('?') ? '&' : '?'}limit=100`)).body.data
    t.equal(parseCsv(csv.body).length, items.length + 1, `${url} as CSV`)
    const ndjson = await app.inject({ url, headers: { accept: 'application/x-ndjson' } })
    t.same(ndjson.body.trimEnd().split('\n').map((l) => JSON.parse(l)), items, `${url} as NDJSON`)
  }
  const empty = await app.inject({ url: '/v1/statements?speaker=nobody', headers: { accept: 'text/csv' } })
  t.equal(parseCsv(empty.body).length, 1, 'an empty export still has its header row')
})

t.test('negotiation picks the preferred supported type, JSON otherwise', async (t) => {
  t.equal(negotiate(undefined), 'application/json')
  t.equal(negotiate('*/*'), 'application/json')
  t.equal(negotiate('text/html,application/xhtml+xml,*/*;q=0.8'), 'application/json')
  t.equal(negotiate('text/csv'), 'text/csv')
  t.equal(negotiate('application/json;q=0.5, text/csv'), 'text/csv')
  t.equal(negotiate('text/csv;q=0.2, application/x-ndjson;q=0.9'), 'application/x-ndjson')
  t.equal(negotiate('TEXT/CSV; charset=utf-8'), 'text/csv')
})

t.test('CSV fields', async (t) => {
  t.equal(csvField(null), '')
  t.equal(csvField(42), '42')
  t.equal(csvField('évidemment'), 'évidemment')
  t.equal(csvField('Lmao, non'), '"Lmao, non"')
  t.equal(csvField('il a dit "oui"'), '"il a dit ""oui"""')
  t.equal(csvField('deux\nlignes'), '"deux\nlignes"')
  t.equal(csvField(' espace'), '" espace"')
})

t.test('CSV cells a spreadsheet would run as formulas are neutralized, numbers kept', async (t) => {
  t.equal(csvField('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"')
  for (const lead of ['=', '+', '-', '@', '\t', '\r']) t.equal(csvField(`${lead}1`), `"'${lead}1"`, JSON.stringify(lead))
  t.equal(csvField(-3e8), '-300000000', 'a negative number is a number, not a formula')
  t.equal(csvField('a=b'), 'a=b', 'only the first character matters')
})

t.test('every CSV export neutralizes formula text in every text column', async (t) => {
  const built = await build(t, { env: { API_KEYS: 'editor:editor-key-0123456789abcdef' } })
  const { app } = built
  const formula = '=HYPERLINK("http://evil.example","x")'
  // Stored as an editor or a hostile article could have written them.
  await exec(built, "UPDATE articles SET title = ?, author = '+33 1 23', publisher = '@attacker' WHERE id = 'deepseek-reactions'", formula)
  await exec(built, "UPDATE entities SET name = ?, description = '-2+3' WHERE id = 'elon-musk'", formula)
  await exec(built, "UPDATE statements SET speaker_label = ? WHERE speaker_id = 'elon-musk'", formula)
  await exec(built, 'UPDATE market_events SET text = ?', `${formula} marché`)
  await exec(built, "INSERT INTO audit (at, key_id, operation, target, detail) VALUES ('2026-12-03T00:00:00.000Z', 'editor', 'statement.update', '/v1/statements/x', ?)", formula)
  const exports = ['/v1/articles', '/v1/articles?q=deepseek', '/v1/entities', '/v1/statements?speaker=elon-musk', '/v1/entities/elon-musk/statements',
    '/v1/market-events', '/v1/entities/nvidia/market-events', '/v1/search?q=elon', '/v1/audit']
  for (const url of exports) {
    const res = await app.inject({ url, headers: { accept: 'text/csv', authorization: 'Bearer editor-key-0123456789abcdef' } })
    t.equal(res.statusCode, 200, url)
    const cells = parseCsv(res.body).slice(1).flat()
    const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(c))
    t.same(risky, [], `${url}: no cell opens a formula`)
    t.ok(cells.some((c) => c.startsWith("'=HYPERLINK") || c.startsWith("'+") || c.startsWith("'@") || c.startsWith("'-")), `${url}: the planted text is there, neutralized`)
  }
})

t.test('cursors round-trip and reject anything else', async (t) => {
  const key = z.tuple([z.string(), z.number()])
  t.same(decodeCursor(encodeCursor('-date', ['2025', 3]), '-date', key), ['2025', 3])
  for (const bad of [encodeCursor('date', ['2025', 3]), encodeCursor('-date', ['2025', '3']), 'bm90IGpzb24', '', '!!!']) {
    t.throws(() => decodeCursor(bad, '-date', key), { status: 400, errors: [{ location: 'query', name: 'cursor' }] }, bad)
  }
})
