// Search route (HTTP only): one relevance-ranked list of typed hits across statements, entities and articles.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { problemResponses } from '../../errors.js'
import { highlight } from '../../search/snippets.js'
import { respondList, type CsvColumn } from '../listing.js'
import { okList } from '../responses.js'
import { HIT_TYPES, type HitRow, type SearchStore } from './store.js'
import { SEARCH_SORT, SearchList, searchCursorKey, searchQuery, type SearchHit } from './schemas.js'

type Hit = z.infer<typeof SearchHit>

const PATHS = { statement: 'statements', entity: 'entities', article: 'articles' } as const

// The snippet is most of a hit's cost: an empty one stands in when the client left it out.
const toHit = (row: HitRow, q: string, snippet: boolean): Hit => ({
  type: row.type,
  id: row.id,
  label: row.label,
  snippet: snippet ? highlight(row.text, q, 24) : '',
  score: -row.rank,
  href: `/v1/${PATHS[row.type]}/${row.id}`
})

const HIT_CSV: CsvColumn<Hit>[] = (['type', 'id', 'label', 'snippet', 'score', 'href'] as const).map((field) => ({ header: field, value: (h: Hit) => h[field] }))

export const searchRoutes: FastifyPluginAsyncZod<{ store: SearchStore }> = async (app, { store }) => {
  app.get('/search', {
    schema: {
      operationId: 'search',
      tags: ['search'],
      summary: 'Search everything',
      description: 'Full-text search across statements (their text), entities (names and aliases) and articles (headline, standfirst, body), as one relevance-ranked list of typed hits, each with a highlighted snippet and the path of the resource.',
      querystring: searchQuery,
      response: { 200: okList(SearchList, 'A page of hits (or every hit, as CSV or NDJSON).', 'type,id,label,snippet,score,href\r\n'), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { q, type, limit, cursor, count, fields } = request.query
    const types = type === undefined ? HIT_TYPES : [type]
    return respondList(request, reply, {
      sort: SEARCH_SORT,
      key: searchCursorKey,
      fetch: (after, n) => store.hits(q, types, after, n),
      keyOf: (row) => [row.rank, HIT_TYPES.indexOf(row.type), row.seq] as [number, number, number],
      shape: (rows, wants) => rows.map((row) => toHit(row, q, wants('snippet'))),
      count: () => store.count(q, types),
      csv: HIT_CSV,
      // Each hit carries up to an article's headline and its body's first 20,000 characters: small batches start the stream sooner.
      exportBatch: 50
    }, { limit, cursor, count, fields })
  })
}
