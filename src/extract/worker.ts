// The extraction worker: runs extract() on one article inside a worker thread of the pool (pool.ts), so the event loop stays free.
import { setPriority } from 'node:os'
import { workerData } from 'node:worker_threads'
import { extract } from './index.js'
import type { Extraction, Knowledge, Language } from './types.js'

/** What the pool tells each worker when it starts it. */
export interface WorkerSettings {
  nice: number
}

// Linux keeps a nice value per thread, so this lowers this worker alone, never the event loop.
const { nice } = (workerData ?? { nice: 0 }) as WorkerSettings
if (nice > 0) {
  try {
    setPriority(nice)
  } catch {
    // Refused (a process already niced further, a platform without it): the worker runs at the
    // process's priority, which costs the readers latency under ingestion and nothing else.
  }
}

export interface ExtractionTask {
  body: string
  language: Language
  knowledge: Knowledge
}

export default function run ({ body, language, knowledge }: ExtractionTask): Extraction {
  return extract(body, language, knowledge)
}
