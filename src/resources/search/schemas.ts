// Search contract: the typed hit, the query parameters and the envelope, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MAX, str } from '../../limits.js'
import { listFields } from '../fields.js'
import { pageOf, pageQuery, searchText } from '../contract.js'
import { HIT_TYPES } from './store.js'

export const SearchHit = z.object({
  type: z.enum(HIT_TYPES).describe('What the hit is: fetch it at `href`.'),
  id: str(MAX.id).describe('The id of the statement, entity or article.'),
  label: str(MAX.text).describe('A short title: the speaker for a statement (as the text names them when unresolved), the name for an entity, the headline for an article.'),
  snippet: str(MAX.text).describe('The best-matching passage, HTML-escaped, with matched words in <mark>…</mark>.'),
  score: z.number().describe('Relevance (negated BM25): higher is better. Scores rank hits within one query.'),
  href: str(MAX.url).describe('The API path of the resource.')
}).meta({
  id: 'SearchHit',
  description: 'One full-text hit, of any type.',
  examples: [{
    type: 'statement',
    id: 'st_5b90a0107ff0',
    label: 'Sam Altman',
    snippet: 'Openai continuera de livrer de meilleurs <mark>modèles</mark>',
    score: 1.7617738882918408,
    href: '/v1/statements/st_5b90a0107ff0'
  }]
})

export const SearchList = pageOf(SearchHit, 'SearchList')
export const searchFields = listFields(SearchHit, SearchList, 'type,id,label,href')

export const searchQuery = z.strictObject({
  q: searchText.meta({ description: 'Words to find in statements, entity names and aliases, and articles: accent- and case-blind, each word matching as a prefix and in singular or plural; all words must match. The first 16 words are searched, one-letter words aside.', examples: ['modele'] }),
  type: z.enum(HIT_TYPES).optional().meta({ description: 'Only hits of this type.', examples: ['statement'] }),
  ...pageQuery,
  fields: searchFields.query
})

export const searchCursorKey = z.tuple([z.number(), z.number().int().min(0).max(2), z.number().int()])
export const SEARCH_SORT = 'relevance'
