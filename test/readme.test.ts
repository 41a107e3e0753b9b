// The README's recipes as a contract: every fetch block runs against a live server and prints what the API holds, and every curl line answers 2xx.
import { readFileSync } from 'node:fs'
import t, { type Test } from 'tap'
import { bareNode, build, getJson, runTethered, walkPages } from './helper.js'

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const RECIPES = README.slice(README.indexOf('## Recipes'), README.indexOf('\n## ', README.indexOf('## Recipes') + 1))
const DOCUMENTED_BASE = 'http://127.0.0.1:3000'

/** Each ```js block of the recipes, under the ### heading it belongs to. */
function fetchBlocks (): { heading: string, code: string }[] {
  const blocks: { heading: string, code: string }[] = []
  let heading = ''
  for (const part of RECIPES.split(/^```/m).map((p, i) => ({ p, inCode: i % 2 === 1 }))) {
    if (!part.inCode) heading = [...part.p.matchAll(/^### (.+)$/gm)].pop()?.[1] ?? heading
    else if (part.p.startsWith('js\n')) blocks.push({ heading, code: part.p.slice(3) })
  }
  return blocks
}

/** Runs an ES module in a fresh Node process (no tsx, no coverage hooks) and returns its stdout lines. */
async function run (t: Test, code: string): Promise<string[]> {
  const { code: exit, stdout, stderr } = await runTethered(t, bareNode('--input-type=module', '--eval', code), process.env)
  if (exit !== 0) throw new Error(`the recipe exited ${exit}: ${stderr}`)
  return stdout.trimEnd().split('\n')
}

t.test('every fetch recipe runs and prints what the API holds', async (t) => {
  const { app } = await build(t)
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const about = (await getJson(app, '/v1/statements?about=deepseek&count=true&limit=100')).body
  const search = (await getJson(app, '/v1/search?q=modele&limit=5')).body.data as { type: string, label: string, snippet: string, href: string }[]
  const expected: Record<string, string[]> = {
    'Everything an entity said, page by page': (await walkPages(app, '/v1/entities/sam-altman/statements?role=speaker&sort=date&limit=100',
      (s: { kind: string, text: string }) => `[${s.kind}] ${s.text}`)).items,
    'Everything said about DeepSeek': [`${about.page.total} statements about DeepSeek`,
      ...about.data.map((s: { speaker: { name: string }, kind: string, text: string }) => `${s.speaker.name} (${s.kind}): ${s.text}`)],
    Search: search.map((hit) => `${hit.type} ${hit.label}: ${hit.snippet}  → ${hit.href}`),
    'CSV export': ['text/csv; charset=utf-8; header=present',
      'id,articleId,articleDate,position,speakerId,speakerName,speakerLabel,kind,medium,subjects,text,spanStart,spanEnd'],
    'Review what the extractor was unsure of': ['0 extracted statements at confidence 0.5 or less', '0 with no resolved speaker'],
    'Conditional requests with ETag': ['DeepSeek: unchanged (304), reuse the copy']
  }
  const blocks = fetchBlocks()
  t.same(blocks.map((b) => b.heading), Object.keys(expected), 'one fetch block per recipe')
  t.equal(expected['Everything an entity said, page by page']!.length, 6)
  t.equal(about.page.total, 21)
  for (const { heading, code } of blocks) {
    t.ok(code.includes(`const BASE = '${DOCUMENTED_BASE}'`), `${heading}: names the documented base URL`)
    t.same(await run(t, code.replace(DOCUMENTED_BASE, base)), expected[heading], heading)
  }
})

t.test('every curl line of the recipes answers 2xx, or 304 when it says so', async (t) => {
  const { app } = await build(t)
  const lines = RECIPES.split('\n').filter((line) => line.startsWith('curl '))
  t.ok(lines.length >= 10, `${lines.length} curl lines`)
  const etag = (await app.inject({ url: '/v1/entities/deepseek' })).headers.etag as string
  for (const line of lines) {
    const url = line.match(/'http:\/\/127\.0\.0\.1:3000([^']+)'/)![1]!
    const headers = Object.fromEntries([...line.matchAll(/-H '([^:]+): ([^']*)'/g)].map(([, name, value]) => [name!, value!.replace('W/"9n-…"', etag)]))
    // A placeholder cursor is the first page's real one.
    const cursor = url.includes('<page.nextCursor>')
      ? (await getJson(app, url.replace(/&cursor=<page\.nextCursor>/, ''))).body.page.nextCursor as string
      : ''
    const res = await app.inject({ url: url.replace('<page.nextCursor>', encodeURIComponent(cursor)), headers })
    const wanted = line.includes('304') ? 304 : 200
    t.equal(res.statusCode, wanted, `${line.slice(0, 110)} → ${res.statusCode}`)
  }
})
