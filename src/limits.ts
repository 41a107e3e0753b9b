// Size limits of the API contract: every string, integer and array the document shows is bounded here, and the schemas enforce it.
import { z } from 'zod'

export const MAX = {
  /** Slugs and content-derived ids. */
  id: 100,
  /** Names, titles, codes, short labels. */
  name: 300,
  /** Descriptions, speaker labels, problem details, snippets. */
  label: 2_000,
  /** A statement, passage or standfirst. */
  text: 20_000,
  /** An article body. */
  body: 1_000_000,
  /** Paths and links. */
  url: 4_096,
  /** Items in an embedded list (aliases, subjects, figures, field errors). */
  items: 1_000,
  /** Places an article names entities, or quotes terms. */
  spans: 100_000
} as const

export const INT32_MAX = 2_147_483_647

export const str = (max: number) => z.string().max(max)

/** A 32-bit integer, with the format and bounds OpenAPI linters ask for. */
export const int32 = (min = 0, max = INT32_MAX) => z.int().min(min).max(max).meta({ format: 'int32' })
