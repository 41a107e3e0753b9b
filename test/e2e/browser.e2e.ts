// In a real browser (Debian's Chromium through playwright-core): Swagger UI's "Try it out" answers with real data, and the reader's site and the editor's desk work without a console error or a failed request.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import t from 'tap'
import { CHIP_STOCKS, EDITOR, KEYS, build, getJson, send } from '../helper.js'

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname
mkdirSync(ARTIFACTS, { recursive: true })

const { app } = await build(t, { env: KEYS })
const base = await app.listen({ port: 0, host: '127.0.0.1' })
let browser: Browser
try {
  browser = await chromium.launch({ executablePath: EXECUTABLE, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
} catch (err) {
  throw new Error(`cannot start Chromium at ${EXECUTABLE} (apt-get install chromium, or set CHROMIUM_PATH): ${(err as Error).message.split('\n')[0]}`, { cause: err })
}
t.teardown(() => browser.close())

/** A page that records console errors, uncaught exceptions and failed requests. */
async function open (path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page, problems: string[] }> {
  const page = await browser.newPage({ viewport })
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

/** Waits until the site's script has rendered the page it routed to (or failed to). */
const rendered = (page: Page) => page.waitForSelector('body[data-state="ready"], body[data-state="failed"]').then(async () =>
  (await page.getAttribute('body', 'data-state')) === 'ready' ? undefined : Promise.reject(new Error(await page.locator('#app').innerText())))

/** Types an entity's id into a picker and waits for the API's suggestion, as an editor would before choosing it. */
async function pick (page: Page, label: string, id: string, within = page.locator('body')) {
  const input = within.getByLabel(label)
  await input.fill(id)
  const list = await input.getAttribute('list')
  await page.waitForSelector(`datalist[id="${list}"] option[value="${id}"]`, { state: 'attached' })
}

t.test('the home page searches without accents and opens the entity; its page switches to what was said about it', async (t) => {
  const { page, problems } = await open('/')
  await rendered(page)
  const people = await page.locator('#people li a').allInnerTexts()
  const quoted = (await getJson(app, '/v1/entities?type=person&sort=-statementCount&limit=8')).body.data.filter((e: any) => e.statementCount > 0).map((e: any) => e.name)
  t.same(people, quoted, 'the most quoted people, as the API ranks them')
  t.ok(await page.locator('#articles a[href="/articles/deepseek-reactions"]').count(), 'the latest articles')

  // «l’échelle de l’IA» is an alias of Scale AI: typed without its accents.
  await page.getByRole('searchbox').fill('echelle')
  await page.getByRole('searchbox').press('Enter')
  await page.waitForURL('**/?q=echelle')
  await rendered(page)
  const hit = page.locator('.hit[data-type="entity"] a', { hasText: 'Scale AI' })
  t.equal(await hit.count(), 1, 'the entity is found')
  t.match(await page.locator('.hit[data-type="entity"] .snippet mark').first().innerText(), /échelle/i, 'the match is highlighted where the accents are')
  await page.screenshot({ path: `${ARTIFACTS}site-search.png`, fullPage: true })
  await hit.click()
  await page.waitForURL('**/entities/scale-ai')
  await rendered(page)
  t.match(await page.locator('h1').innerText(), /^Scale AI\s+organization$/i)

  await page.goto(`${base}/entities/meta`)
  await rendered(page)
  const about = (await getJson(app, '/v1/entities/meta/statements?role=subject&limit=20')).body.data.map((s: any) => s.id)
  t.ok(about.length > 0)
  await page.getByRole('tab', { name: /said about Meta/ }).click()
  await page.waitForFunction((n) => document.querySelectorAll('#tab-panel li.statement').length === n, about.length)
  t.same(await page.locator('#tab-panel li.statement').evaluateAll((items) => items.map((li) => li.getAttribute('data-statement'))), about, 'what was said about Meta, in the API\'s order')
  t.equal(await page.getByRole('tab', { name: /said about Meta/ }).getAttribute('aria-selected'), 'true')
  t.match(await page.locator('.aliases').innerText(), 'Méta', 'aliases, the name aside')
  t.equal(await page.locator('.timeline').innerText(), 'No statements yet.', 'Meta itself says nothing: its timeline is empty')
  await page.screenshot({ path: `${ARTIFACTS}site-entity.png`, fullPage: true })
  t.same(problems, [], 'no console errors (a CSP violation would be one), exceptions or failed requests')
})

t.test('the reading view highlights every statement exactly at its span, on a wide screen and on a phone', async (t) => {
  const statements = (await getJson(app, '/v1/statements?article=deepseek-reactions&limit=100')).body.data as { id: string, text: string, speaker: { name: string } | null }[]
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, problems } = await open('/articles/deepseek-reactions', viewport)
    await rendered(page)
    t.equal(await page.getAttribute('article.reading', 'lang'), 'fr', 'the article\'s language')
    t.equal(await page.locator('aside h2').innerText(), 'Déclarations', 'labels follow it')
    const shown = await page.evaluate(() => {
      const texts: Record<string, string> = {}
      for (const mark of document.querySelectorAll<HTMLElement>('#body mark[data-statement]')) {
        const id = mark.dataset.statement!
        // A statement nested in another is split only where two spans cross: its pieces, in order, are its words.
        if (mark.parentElement?.closest(`mark[data-statement="${id}"]`)) continue
        texts[id] = (texts[id] ?? '') + mark.textContent
      }
      return texts
    })
    t.equal(Object.keys(shown).length, statements.length, 'every statement is highlighted')
    for (const s of statements) t.equal(shown[s.id], s.text, `${s.id}: the highlight is the API's text`)
    t.equal(await page.locator('#body').innerText(), (await getJson(app, '/v1/articles/deepseek-reactions')).body.data.body, 'the body is shown whole')
    t.ok(await page.locator('#body .figure').count() >= 1, 'market figures are marked')
    const first = statements[0]!
    t.match(await page.locator(`#st-${first.id}`).getAttribute('title'), first.speaker!.name, 'the speaker on hover')
    await page.evaluate(() => { document.getElementById('body')!.dataset.kept = 'yes' })
    await page.locator(`aside a[href="#st-${first.id}"]`).click()
    await page.waitForURL(`**#st-${first.id}`)
    await page.goBack()
    await page.waitForURL((url) => url.hash === '')
    t.equal(await page.getAttribute('#body', 'data-kept'), 'yes', 'jumping within the page and back only scrolls: nothing is reloaded')
    await page.screenshot({ path: `${ARTIFACTS}site-article-${viewport.width}.png`, fullPage: viewport.width > 1000 })
    t.same(problems, [], `${viewport.width}px: no console errors, exceptions or failed requests`)
  }
})

t.test('a statement page shows it in its paragraph with its speaker, subjects, kind and permalink', async (t) => {
  const s = (await getJson(app, '/v1/statements/st_593468df5bcd')).body.data
  const { page, problems } = await open('/statements/st_593468df5bcd')
  await rendered(page)
  t.equal(await page.locator('.paragraph mark').innerText(), s.text)
  t.match(await page.locator('.paragraph').innerText(), /^\S+\s*Deepseek est une excellente progression[^\n]*a déclaré un porte-parole de NVIDIA/, 'in its paragraph, and no further')
  t.match(await page.locator('dl').innerText(), new RegExp(`${s.speaker.name}[\\s\\S]*citation[\\s\\S]*${Math.round(s.confidence * 100)} %`))
  t.equal(await page.locator(`dd a[href="${base}/statements/st_593468df5bcd"]`).count(), 1, 'a permalink')
  await page.screenshot({ path: `${ARTIFACTS}site-statement.png`, fullPage: true })
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('the review queue says so when nothing is left to review', async (t) => {
  const { page, problems } = await open('/desk')
  await rendered(page)
  await page.getByLabel('API key').fill(EDITOR)
  await page.getByRole('button', { name: 'Use key' }).click()
  await page.waitForSelector('ol.queue li')
  t.same(await page.locator('ol.queue li').allInnerTexts(), ['Nothing left to review below this confidence.'], 'the seed is all curated')
  await page.close()
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('with a key, an editor adds a statement by selecting its words, re-attributes it, and merges two entities', async (t) => {
  // An ingested article gives the review queue its extracted statements.
  const ingested = (await send(app, 'POST', '/v1/articles', CHIP_STOCKS)).json().data.id
  const queued = (await getJson(app, `/v1/statements?article=${ingested}&origin=extracted&maxConfidence=0.7&limit=100`)).body.data
  t.ok(queued.length > 0, 'statements to review')
  const { page, problems } = await open('/desk')
  await rendered(page)
  await page.getByLabel('API key').fill(EDITOR)
  await page.getByRole('button', { name: 'Use key' }).click()
  await page.waitForSelector('li.review')
  t.notMatch(page.url(), new RegExp(EDITOR), 'the key is never in the URL')
  const order = await page.locator('li.review').evaluateAll((items) => items.map((li) => li.getAttribute('data-statement')))
  t.same(order, [...queued].sort((a: any, b: any) => a.confidence - b.confidence).map((s: any) => s.id), 'least certain first')
  await page.screenshot({ path: `${ARTIFACTS}site-desk.png`, fullPage: true })
  const accepted = page.locator('li.review').filter({ has: page.locator('button.accept:enabled') }).first()
  const acceptedId = await accepted.getAttribute('data-statement')
  await accepted.getByRole('button', { name: 'Accept' }).click()
  await page.waitForSelector(`li.review[data-statement="${acceptedId}"]`, { state: 'detached' })
  t.match((await getJson(app, `/v1/statements/${acceptedId}`)).body.data, { origin: 'curated', confidence: 1 }, 'accepted in one click')

  await page.goto(`${base}/articles/deepseek-reactions`)
  await rendered(page)
  const words = 'La start-up a lancé ses modèles AI et un chatbot appelé R1 la semaine dernière.'
  // Selects the words as a reader's drag would, from the text node that holds them.
  await page.evaluate((words) => {
    const body = document.getElementById('body')!
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const at = walker.currentNode.textContent!.indexOf(words)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(walker.currentNode, at)
      range.setEnd(walker.currentNode, at + words.length)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
      return
    }
    throw new Error('words not found')
  }, words)
  await page.waitForFunction(() => document.querySelector('.selection')!.textContent!.startsWith('Selected'))
  const add = page.locator('form.add')
  await pick(page, 'Speaker', 'yann-lecun', add)
  await add.getByLabel('Kind').selectOption('paraphrase')
  await add.getByRole('button', { name: 'Add statement' }).click()
  await page.waitForSelector('#status[data-kind="ok"]')
  const added = (await getJson(app, '/v1/statements?article=deepseek-reactions&speaker=yann-lecun&limit=100')).body.data.find((s: any) => s.text === words)
  t.match(added, { kind: 'paraphrase', origin: 'curated', speaker: { id: 'yann-lecun' } }, 'the API has the statement, its words read at the span')
  await page.waitForSelector(`#st-${added.id}`)
  t.equal(await page.locator(`#st-${added.id}`).innerText(), words, 'and the reading view highlights it')

  await page.goto(`${base}/statements/${added.id}`)
  await rendered(page)
  await pick(page, 'Re-attribute to', 'mark-zuckerberg')
  await page.getByRole('button', { name: 'Re-attribute' }).click()
  await page.waitForSelector('#status[data-kind="ok"]')
  await page.waitForFunction(() => document.querySelector('h1')!.textContent!.startsWith('Mark Zuckerberg'))
  t.match((await getJson(app, `/v1/statements/${added.id}`)).body.data.speaker, { id: 'mark-zuckerberg' }, 're-attributed in the API')

  await page.goto(`${base}/entities/llama`)
  await rendered(page)
  await pick(page, 'Merge into', 'meta')
  await page.getByRole('button', { name: 'Merge into it' }).click()
  await page.waitForURL('**/entities/meta')
  await page.waitForSelector('#status[data-kind="ok"]')
  await rendered(page)
  const moved = await app.inject({ url: '/v1/entities/llama' })
  t.equal(moved.statusCode, 301, 'the merged id redirects')
  t.equal(moved.headers.location, '/v1/entities/meta')
  t.ok((await getJson(app, '/v1/entities/meta')).body.data.aliases.includes('Llama'), 'its names moved over')
  const audit = (await getJson(app, '/v1/audit?limit=3', { authorization: `Bearer ${EDITOR}` })).body.data.map((e: any) => e.operation)
  t.same(audit, ['entity.merge', 'statement.update', 'statement.create'], 'every action went through the audited API')
  t.equal((await getJson(app, '/v1/audit?limit=10', { authorization: `Bearer ${EDITOR}` })).body.data[3].operation, 'statement.update', 'the acceptance too')
  await page.goto(`${base}/entities/llama`)
  await rendered(page)
  t.equal(await page.locator('h1').innerText().then((h) => h.startsWith('Meta')), true, 'the old page leads to the entity it was merged into')
  t.same(problems, [], 'no console errors, exceptions or failed requests')
})

t.test('the site says so when what a page names does not exist', async (t) => {
  const page = await browser.newPage()
  await page.goto(`${base}/articles/no-such-article`)
  await page.waitForSelector('body[data-state="failed"]')
  t.match(await page.locator('#app').innerText(), /^Could not load the data: No article has the id/)
  await page.close()
})
