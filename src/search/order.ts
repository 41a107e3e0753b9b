// The search rule of every searchable list: which sort it runs when a search is or is not given.
import { invalidField } from '../errors.js'

/**
 * The sort a searchable list runs: the one asked for, else relevance when searching and the
 * list's default otherwise. Relevance without a search has nothing to rank by: a 400.
 */
export function searchOrder<S extends string> (q: string | undefined, requested: S | undefined, fallback: S): S {
  const sort = requested ?? (q === undefined ? fallback : 'relevance' as S)
  if (sort === 'relevance' && q === undefined) throw invalidField('query', 'sort', 'Sorting by relevance needs a search: add q.')
  return sort
}
