// Every query a route runs is served by an index: no full-table scan, no sort of more rows than a page, and one plan per statement.
import t from 'tap'
import { build } from '../helper.js'

// Sorting these is bounded by a page, one entity's or one article's rows, never by the corpus.
// Full-text results are sorted by relevance among the matches (their cost is measured by npm run bench:scale).
const BOUNDED_SORTS = [
  /from "statement_subjects" inner join "entities"/i, // subjects of one page of statements
  /from "affiliations"/i, // one entity's affiliations
  /from "mentions" inner join "entities"/i, // one article's mentions, ordered by span
  /GROUP BY seq ORDER BY k0/, // the merge of two pages for role=any
  /_fts MATCH/ // relevance among full-text matches
]
const BOUNDED_PLANS = [/USING INDEX statements_reading_order \(article_id=\?\)/] // one article's statements

t.test('route queries use indexes', async (t) => {
  const { app, db } = await build(t)
  const prepare = db.$client.prepare.bind(db.$client)
  const seen = new Set<string>()
  db.$client.prepare = ((source: string) => {
    seen.add(source)
    return prepare(source)
  }) as typeof db.$client.prepare
  const cursor = (await app.inject({ url: '/v1/statements?limit=1' })).json().page.nextCursor
  for (const url of [
    '/v1/statements', `/v1/statements?cursor=${cursor}`, '/v1/statements?speaker=nvidia', '/v1/statements?about=deepseek',
    '/v1/statements?about=deepseek&speaker=nvidia&kind=quote', '/v1/statements?kind=quote', '/v1/statements?article=deepseek-reactions',
    `/v1/statements?about=deepseek&cursor=${cursor}`, '/v1/statements/st_593468df5bcd',
    '/v1/entities', '/v1/entities?type=person', '/v1/entities?q=open', '/v1/entities/openai',
    '/v1/entities/openai/statements', `/v1/entities/openai/statements?cursor=${cursor}`,
    '/v1/entities/openai/statements?role=speaker', '/v1/entities/openai/statements?role=subject', '/v1/entities/nvidia/market-events',
    '/v1/market-events', '/v1/market-events?kind=share_price_change', '/v1/market-events?entity=nvidia', '/v1/market-events?article=deepseek-reactions',
    '/v1/articles', '/v1/articles/deepseek-reactions', '/readyz',
    '/v1/statements?q=deepseek', '/v1/statements?q=deepseek&sort=-date', '/v1/statements?medium=x_post', '/v1/statements?from=2025&to=2025',
    '/v1/statements?entity=openai&kind=quote', '/v1/statements?article=deepseek-reactions&kind=quote',
    '/v1/statements?entity=openai&article=deepseek-reactions', '/v1/statements?about=deepseek&article=deepseek-reactions&speaker=nvidia',
    '/v1/entities/openai/statements?article=deepseek-reactions', '/v1/statements?about=deepseek&from=2025-01&to=2025-02', '/v1/statements?entity=openai&from=2025',
    '/v1/entities/openai/statements?sort=position', '/v1/entities/openai/statements?sort=-position&role=subject', '/v1/statements?speaker=nvidia&sort=position',
    '/v1/statements?about=deepseek&sort=-position', '/v1/entities/openai/statements?sort=date', '/v1/statements?about=deepseek&from=2025&count=true', '/v1/statements?speaker=elon-musk&medium=x_post', '/v1/statements?sort=position', '/v1/statements?count=true', '/v1/statements?sort=date', '/v1/statements?about=deepseek&count=true',
    '/v1/entities?sort=-statementCount', '/v1/entities?sort=mentionCount', '/v1/entities?q=mus', '/v1/entities?count=true',
    '/v1/articles?q=nvidia', '/v1/articles?sort=date', '/v1/search?q=deepseek', '/v1/search?q=deepseek&count=true',
    '/v1/statements?hasSpeaker=false', '/v1/statements?hasSpeaker=false&kind=quote', '/v1/statements?hasSpeaker=false&sort=position', '/v1/statements?hasSpeaker=false&from=2025',
    '/v1/statements?hasSpeaker=true', '/v1/statements?origin=extracted&maxConfidence=0.5', '/v1/statements?minConfidence=0.5&sort=date', '/v1/statements?hasSpeaker=false&count=true',
    '/v1/statements?article=deepseek-reactions&hasSpeaker=false', '/v1/statements?about=deepseek&origin=extracted', '/v1/entities/openai/statements?hasSpeaker=false&maxConfidence=0.5',
    '/v1/statements?q=deepseek&hasSpeaker=false', '/v1/market-events?kind=deal_value'
  ]) {
    t.equal((await app.inject({ url })).statusCode, 200, url)
  }
  t.ok(seen.size > 15, `captured ${seen.size} statements`)
  let defaultPlans = 0
  for (const source of seen) {
    const params = Array.from({ length: (source.match(/\?/g) ?? []).length }, () => null)
    const plan = prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params).map((row) => (row as { detail: string }).detail)
    const label = source.replace(/\s+/g, ' ').slice(0, 120)
    // An entity or an article narrows a list far more than a kind or a medium: its index drives,
    // and an article's (a handful of rows) drives over an entity's.
    if (/"statements"\."(speaker_id|article_id)" = \?/.test(source)) {
      t.notOk(plan.some((step) => /INDEX statements_(kind|medium) /.test(step)), `${label}: walks the entity's or article's index, not a kind's`)
    }
    // A date range bounds the walk of whichever index holds the dates, rather than filtering every row of it.
    if (source.includes("|| '~' >= ?")) t.ok(plan.some((step) => /article_date>\?/.test(step)), `${label}: seeks to the date range (${plan.join('; ')})`)
    if (/"statements"\."article_id" = \?/.test(source) && /^select "statements"\."seq"/.test(source)) {
      t.ok(plan.some((step) => /statements_reading_order \(article_id=\?\)/.test(step)), `${label}: reads the article's rows (${plan.join('; ')})`)
    }
    // The default list keeps its plan: the newest-first index, each row's article by key (speakers come from the store's map of entities).
    if (/^select "statements"\."seq".* from "statements" inner join "articles" .* order by "statements"\."article_date" desc, "statements"\."article_id" asc, "statements"\."position" asc limit/i.test(source) && !/ where /.test(source)) {
      defaultPlans++
      t.same(plan, ['SCAN statements USING INDEX statements_newest', 'SEARCH articles USING INDEX articles_id_unique (id=?)'], `${label}: the default list's plan`)
    }
    // Unresolved speakers, with no entity or article to anchor on, are walked off the speaker index, not a kind's or the whole date index.
    if (/(?<!\+)"statements"\."speaker_id" IS NULL/.test(source)) t.ok(plan.some((step) => /INDEX statements_speaker(_reading)? \(speaker_id=\?/.test(step)), `${label}: walks the unresolved speakers (${plan.join('; ')})`)
    // SQLite plans with a bare bound LIMIT's value, so every run would prepare the statement again (see bound()).
    t.notMatch(source, /\b(limit|offset)\s+\?/i, `${label}: no bare bound LIMIT or OFFSET`)
    for (const step of plan) {
      if (/^SCAN /.test(step) && !/USING (COVERING )?INDEX|json_each|CONSTANT ROW|^SCAN \(subquery-\d+\)|^SCAN (hits|best|candidates)$|VIRTUAL TABLE INDEX \d+:M/.test(step)) t.fail(`${label}: ${step}`)
    }
    // The merge of two pages sorts its candidates and its page; any other sort is a walk its index does not order.
    if (/GROUP BY seq ORDER BY k0/.test(source)) {
      t.ok(plan.filter((step) => step === 'USE TEMP B-TREE FOR ORDER BY').length <= 2, `${label}: each walk is ordered by its index (${plan.join('; ')})`)
    }
    const bounded = BOUNDED_SORTS.some((re) => re.test(source)) || plan.some((step) => BOUNDED_PLANS.some((re) => re.test(step)))
    if (plan.some((step) => /TEMP B-TREE/.test(step)) && !bounded) {
      t.fail(`${label}: sorts rows (${plan.join('; ')})`)
    }
  }
  t.equal(defaultPlans, 1, 'the default list was seen and pinned')
})
