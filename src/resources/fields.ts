// Sparse fieldsets on lists (`fields=id,text,speaker`): the query parameter that names a list's fields, and per field set a serializer compiled once and kept in a bounded cache.
import fastJson from 'fast-json-stringify'
import { z } from 'zod'
import { responseJsonSchema } from '../serializer.js'

/** Field sets kept compiled per list: a client asks for a handful; an enumeration of every subset only evicts. */
export const PROJECTION_CACHE = 64

type Json = Record<string, unknown>

/** What a list answers for one field set: the fields, and the page and item serialized with only them. */
export interface Projection {
  /** The requested fields, in the item schema's order. */
  readonly names: readonly string[]
  has: (field: string) => boolean
  /** The whole `{ data, page }` answer, as the route's own serializer would write it with only these fields in each item. */
  stringify: (page: unknown) => string
  /** One item as an NDJSON line carries it. */
  pick: <T extends object>(item: T) => Partial<T>
}

/**
 * A list's `fields` parameter, for items of `item` in the page envelope `list`. The parameter
 * parses to a Projection, so the handler gets a compiled serializer, not a string to split; an
 * unknown field is a 400 naming it. The document lists the allowed names (and a pattern
 * clients can check against); `example` is a field set worth showing in it.
 */
export function listFields (item: z.ZodObject, list: z.ZodType, example?: string) {
  const names = Object.keys(item.shape)
  const known = new Set(names)
  const compiled = new Map<string, Projection>()
  let listSchema: Json | undefined

  const compile = (wanted: readonly string[]): Projection => {
    listSchema ??= responseJsonSchema(list) as Json
    const data = (listSchema.properties as Json).data as Json
    const items = data.items as Json
    const kept = new Set(wanted)
    const itemSchema = {
      ...items,
      properties: Object.fromEntries(Object.entries(items.properties as Json).filter(([field]) => kept.has(field))),
      required: ((items.required ?? []) as string[]).filter((field) => kept.has(field))
    }
    const stringify = fastJson({ ...listSchema, properties: { ...(listSchema.properties as Json), data: { ...data, items: itemSchema } } } as unknown as Parameters<typeof fastJson>[0]) as (page: unknown) => string
    return {
      names: wanted,
      has: (field) => kept.has(field),
      stringify,
      pick: (value) => Object.fromEntries(wanted.filter((field) => field in value).map((field) => [field, (value as Json)[field]])) as Partial<typeof value>
    }
  }

  /** The projection for `requested` (any order, repeats allowed), compiled on first use; the least recently used is dropped past PROJECTION_CACHE. */
  const project = (requested: readonly string[]): Projection => {
    const wanted = names.filter((field) => requested.includes(field))
    const key = wanted.join(',')
    let projection = compiled.get(key)
    if (projection) {
      compiled.delete(key)
    } else {
      projection = compile(wanted)
      if (compiled.size >= PROJECTION_CACHE) compiled.delete(compiled.keys().next().value!)
    }
    compiled.set(key, projection)
    return projection
  }

  const alternatives = names.join('|')
  const query = z.string().max(names.join(',').length + 100)
    .superRefine((value, ctx) => {
      for (const field of value.split(',')) {
        if (!known.has(field)) ctx.addIssue({ code: 'custom', message: `${field === '' ? 'An empty field name' : `No field ${JSON.stringify(field)}`}: this list's items have ${names.join(', ')} (comma-separated, no spaces).` })
      }
    })
    .meta({ pattern: `^(${alternatives})(,(${alternatives}))*$`, examples: [example ?? names.slice(0, 3).join(',')] })
    .transform((value) => project(value.split(',')))
    .optional()
    .meta({ description: `Only these fields in each item, comma-separated: ${names.map((n) => `\`${n}\``).join(', ')}. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns.` })

  return { names, query, project }
}

export type ListFields = ReturnType<typeof listFields>
