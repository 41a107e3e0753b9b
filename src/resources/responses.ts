// OpenAPI response helpers: how a route documents a JSON answer, or a list that also exports as CSV or NDJSON.
import { z } from 'zod'

/** A documented 200 response: the description Swagger UI shows and the JSON body's schema. */
export const ok = <T extends z.ZodType>(schema: T, description: string) =>
  ({ description, content: { 'application/json': { schema } } })

/**
 * A documented 200 list response: JSON pages, or every item as CSV or NDJSON when the
 * `Accept` header asks for one.
 */
export const okList = <T extends z.ZodType>(schema: T, description: string, csvExample: string) => ({
  description,
  content: {
    'application/json': { schema },
    'text/csv': {
      // A stream of any length: described, not typed as a bounded string.
      schema: z.unknown().meta({ description: 'Every matching item from `cursor` on, one RFC 4180 row each after a header row; lists inside a cell are joined with "; ".', examples: [csvExample] })
    },
    'application/x-ndjson': {
      schema: z.unknown().meta({ description: 'Every matching item from `cursor` on, one JSON object per line, shaped as in the JSON `data` array.' })
    }
  }
})

/** A documented 201: the new resource (its URL in `Location`, which the document adds to every 201). */
export const created = <T extends z.ZodType>(schema: T, description: string) => ok(schema, `${description} \`Location\` gives its URL.`)

/** A documented 301, with no body (its `Location` header is added to every 301 by the document). */
export const movedPermanently = (description: string) => z.undefined().describe(description)
