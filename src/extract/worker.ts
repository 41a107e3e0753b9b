// The extraction worker: runs extract() on one article inside a worker thread of the pool (pool.ts), so the event loop stays free.
import { extract } from './index.js'
import type { Extraction, Knowledge, Language } from './types.js'

export interface ExtractionTask {
  body: string
  language: Language
  knowledge: Knowledge
}

export default function run ({ body, language, knowledge }: ExtractionTask): Extraction {
  return extract(body, language, knowledge)
}
