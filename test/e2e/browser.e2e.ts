// In a real browser (Debian's Chromium through playwright-core): Swagger UI's "Try it out" answers with real data, and the home page renders every speaker without a console error.
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import t from 'tap'
import { build, getJson } from '../helper.js'

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname
mkdirSync(ARTIFACTS, { recursive: true })

const { app, db } = await build(t)
const base = await app.listen({ port: 0, host: '127.0.0.1' })
let browser: Browser
try {
  browser = await chromium.launch({ executablePath: EXECUTABLE, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
} catch (err) {
  throw new Error(`cannot start Chromium at ${EXECUTABLE} (apt-get install chromium, or set CHROMIUM_PATH): ${(err as Error).message.split('\n')[0]}`, { cause: err })
}
t.teardown(() => browser.close())

/** A page that records console errors, uncaught exceptions and failed requests. */
async function open (path: string): Promise<{ page: Page, problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  // Sized for a loaded 2-core machine, where Swagger UI alone can take many seconds to render: every wait still polls its condition.
  page.setDefaultTimeout(60_000)
  page.setDefaultNavigationTimeout(60_000)
  const problems: string[] = []
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`) })
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`))
  await page.goto(`${base}${path}`)
  return { page, problems }
}

/** Expands an operation in Swagger UI, clicks "Try it out", fills the given parameters, executes, and reads the live answer. */
async function tryItOut (page: Page, operationId: string, tag: string, fills: Record<string, string> = {}) {
  const operation = page.locator(`#operations-${tag}-${operationId}`)
  await operation.locator('.opblock-summary').click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  for (const [name, value] of Object.entries(fills)) await operation.locator(`tr[data-param-name="${name}"] input`).fill(value)
  await operation.getByRole('button', { name: 'Execute' }).click()
  const live = operation.locator('.live-responses-table .response')
  await live.first().waitFor()
  return {
    live,
    status: (await live.locator('.response-col_status').first().innerText()).trim(),
    body: await operation.locator('.live-responses-table .response-col_description .microlight').first().innerText()
  }
}

t.test('Swagger UI: try an entity\'s statements with nvidia and get a Nvidia quote', async (t) => {
  const { page, problems } = await open('/docs')
  const { live, status, body } = await tryItOut(page, 'listEntityStatements', 'entities', { id: 'nvidia' })
  t.equal(status, '200')
  // Equal to the default answer: "Try it out" sends only what the person typed (and the default limit).
  const served = (await getJson(app, '/v1/entities/nvidia/statements')).body
  t.same(JSON.parse(body), served, 'the response panel shows what the API serves')
  t.ok(served.data.some((s: { speaker: { id: string }, kind: string }) => s.speaker.id === 'nvidia' && s.kind === 'quote'), 'a quote by Nvidia')
  t.match(body, 'Deepseek est une excellente progression')
  await live.first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${ARTIFACTS}swagger-try-it-out.png`, fullPage: false })
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('Swagger UI: every list answers its first page when tried with nothing filled in', async (t) => {
  const { page, problems } = await open('/docs')
  for (const [operationId, tag, path] of [
    ['listStatements', 'statements', '/v1/statements'],
    ['listEntities', 'entities', '/v1/entities'],
    ['listArticles', 'articles', '/v1/articles'],
    ['listMarketEvents', 'market-events', '/v1/market-events']
  ] as const) {
    const { status, body } = await tryItOut(page, operationId, tag)
    t.equal(status, '200', operationId)
    const served = (await getJson(app, path)).body
    t.ok(served.data.length > 0, `${path} has data`)
    t.same(JSON.parse(body), served, `${operationId}: no example sent as a filter`)
  }
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('the home page shows every speaker with their statements, and Nvidia\'s figures', async (t) => {
  const { page, problems } = await open('/')
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 })
  const statements = (await getJson(app, '/v1/statements?article=deepseek-reactions&limit=100')).body.data as { speaker: { id: string, name: string } }[]
  const speakers = [...new Map(statements.map((s) => [s.speaker.id, s.speaker.name])).entries()]
  t.equal(speakers.length, 12)
  for (const [id, name] of speakers) {
    const section = page.locator(`section[data-speaker="${id}"]`)
    t.equal((await section.locator('h3 a').innerText()).trim(), name, `${name} has a section`)
    t.equal(await section.locator('li.statement').count(), statements.filter((s) => s.speaker.id === id).length, `${name}: every statement`)
  }
  t.equal(await page.locator('#summary').innerText(), `${statements.length} statements by ${speakers.length} speakers.`)
  const market = await page.locator('#market').innerText()
  t.match(market, /Nvidia\s+share price change\s+-17 %/)
  t.match(market, /-\$593B \/ -€570B/)
  t.ok(await page.locator('a[href="/docs"]').count(), 'links to the docs')
  t.ok(await page.locator('a[href="/openapi.json"]').count(), 'and to the OpenAPI document')
  await page.screenshot({ path: `${ARTIFACTS}home.png`, fullPage: true })
  t.same(problems, [], 'no console errors (a CSP violation would be one), exceptions or failed requests')
})

t.test('the home page groups statements with no resolved speaker apart, and shows a sum without a sign', async (t) => {
  const body = 'Nvidia buys Acme. “No comment,” a source said. “Good deal,” said Nvidia. The deal is worth $2 billion.'
  const at = (text: string) => [body.indexOf(text), body.indexOf(text) + text.length]
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params)
  run("INSERT INTO articles (id, title, language, body) VALUES ('acme-deal', 'Nvidia buys Acme', 'en', ?)", body)
  const statement = "INSERT INTO statements (id, article_id, position, speaker_id, speaker_label, kind, text, span_start, span_end, origin, confidence) VALUES (?, 'acme-deal', ?, ?, ?, 'quote', ?, ?, ?, 'extracted', ?)"
  run(statement, 'st_e2e_unresolved', 1, null, 'a source', 'No comment,', ...at('No comment,'), 0.2)
  run(statement, 'st_e2e_nvidia', 2, 'nvidia', 'Nvidia', 'Good deal,', ...at('Good deal,'), 0.9)
  run("INSERT INTO market_events (id, entity_id, article_id, kind, direction, figures, text, span_start, span_end) VALUES ('me_e2e', 'nvidia', 'acme-deal', 'deal_value', NULL, ?, 'The deal is worth $2 billion', ?, ?)",
    JSON.stringify([{ value: 2e9, unit: 'currency', currency: 'USD', text: '$2 billion' }]), ...at('The deal is worth $2 billion'))
  const { page, problems } = await open('/?article=acme-deal')
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 })
  t.equal(await page.locator('#summary').innerText(), '2 statements by 1 speakers, 1 with no resolved speaker.')
  const unresolved = page.locator('section[data-speaker=""]')
  t.match(await unresolved.locator('h3').innerText(), /^Speaker not resolved/)
  t.match(await unresolved.locator('.labels').innerText(), '“a source”')
  t.equal(await unresolved.locator('li.statement').count(), 1)
  t.equal(await page.locator('section[data-speaker="nvidia"] li.statement').count(), 1)
  t.match(await page.locator('#market').innerText(), /Nvidia\s+deal value\s+\$2B\s/)
  await page.screenshot({ path: `${ARTIFACTS}home-unresolved.png`, fullPage: true })
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('the home page says so when the article does not exist', async (t) => {
  const { page } = await open('/?article=no-such-article')
  await page.waitForSelector('body[data-state="failed"]')
  t.match(await page.locator('#summary').innerText(), /^Could not load the data: No article has the id/)
})
