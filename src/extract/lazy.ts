// extract() loaded on first use: the server runs extraction in its worker pool, so its own thread need not load the extractor and its lexicons (about 40 ms of a cold start).
import type { Extraction, Knowledge, Language } from './types.js'

export async function extractLazily (body: string, language: Language, knowledge: Knowledge): Promise<Extraction> {
  return (await import('./index.js')).extract(body, language, knowledge)
}
