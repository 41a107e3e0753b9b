// The extraction pool: extract() in worker threads (piscina) with a time budget per article and a bounded queue, so no write can stall the readers.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Piscina } from 'piscina'
import type { Extraction, Knowledge, Language } from './types.js'
import type { ExtractionTask, WorkerSettings } from './worker.js'

export interface PoolOptions {
  /** Worker threads at most; they start on the first article and stop when idle. */
  threads: number
  /** An article still being extracted after this long is abandoned and its worker restarted. */
  timeoutMs: number
  /** Articles that may wait for a free worker; one more is refused at once. */
  maxQueue: number
  /**
   * The workers' nice value (0 to 19, Linux's per thread; 0 by default): how far extraction
   * yields the CPU to the event loop when they share a core.
   */
  nice?: number
}

/** The article took longer than the budget: nothing was written, and the same text would fail again. */
export class ExtractionTimeout extends Error {
  override name = 'ExtractionTimeout'
  constructor (readonly timeoutMs: number) { super(`extraction took longer than ${timeoutMs} ms`) }
}

/** Every worker is busy and the queue is full: the same text may succeed later. */
export class ExtractionBusy extends Error {
  override name = 'ExtractionBusy'
}

export interface ExtractionPool {
  extract: (body: string, language: Language, knowledge: Knowledge) => Promise<Extraction>
  close: () => Promise<void>
}

// Built code (dist/) runs worker.js; the TypeScript sources run worker.ts under the loader the parent was started with (tsx, tap), which worker threads inherit.
function workerFile (): string {
  const built = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(built) ? built : fileURLToPath(new URL('./worker.ts', import.meta.url))
}

export function extractionPool ({ threads, timeoutMs, maxQueue, nice = 0 }: PoolOptions): ExtractionPool {
  let pool: Promise<Piscina<ExtractionTask, Extraction>> | undefined
  // Started, and piscina loaded, on first use: an instance that never ingests (most test files, a read replica) starts no thread.
  // The queue's bound is checked below, where it becomes ExtractionBusy, rather than by piscina as an untyped error.
  const started = () => (pool ??= import('piscina').then(({ Piscina }) =>
    new Piscina<ExtractionTask, Extraction>({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 30_000, workerData: { nice } satisfies WorkerSettings })))
  return {
    async extract (body, language, knowledge) {
      const p = await started()
      if (p.queueSize >= maxQueue) throw new ExtractionBusy(`all ${threads} extraction workers are busy and ${maxQueue} articles wait`)
      const signal = AbortSignal.timeout(timeoutMs)
      try {
        return await p.run({ body, language, knowledge }, { signal })
      } catch (err) {
        if (signal.aborted) throw new ExtractionTimeout(timeoutMs)
        throw err
      }
    },
    async close () {
      await (await pool)?.destroy()
    }
  }
}
