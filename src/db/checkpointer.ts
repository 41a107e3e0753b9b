// WAL checkpoints off the request path: a worker thread with its own connection copies the WAL into the database file, so no write pays for it while readers wait.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Db } from './index.js'

/** SQLite's own default, which the server's connection goes back to if the worker ends. */
const AUTOCHECKPOINT_PAGES = 1000

// CommonJS run as the worker's script: better-sqlite3 is passed by path, since an evaluated
// script resolves modules from the working directory, not from this package.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let db
try {
  db = new Database(workerData.path, { fileMustExist: true })
  db.pragma('busy_timeout = 1000')
} catch (err) {
  // Said here: a driver's error class does not survive the trip to the parent's 'error' event.
  parentPort.postMessage({ error: 'cannot open ' + workerData.path + ': ' + err.message })
  process.exit(1)
}
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (err) {
    parentPort.postMessage({ error: err.message })
  }
}, workerData.intervalMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export interface Checkpointer {
  /** Stops the worker after its checkpoint in progress; the server's connection checkpoints again itself. */
  stop: () => Promise<void>
}

/**
 * Moves the WAL checkpoints of `db` (the file at `path`) into a worker thread, every `intervalMs`.
 * A checkpoint copies each page written since the last one into the database file: about 1.5 ms
 * of every ingested article, paid inside the write. PASSIVE never waits for readers or the writer.
 * Should the worker fail, `db` takes its checkpoints back (`onError` hears why), so the WAL never
 * grows without bound.
 */
export function startCheckpointer (db: Db, path: string, { intervalMs = 1000, onError = (_message: string) => {} } = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, path, intervalMs } })
  db.$client.pragma('wal_autocheckpoint = 0')
  let stopping = false
  const exited = new Promise<void>((resolve) => worker.once('exit', () => {
    if (!stopping) onError('the checkpoint worker stopped; the server checkpoints itself again')
    if (db.$client.open) db.$client.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`)
    resolve()
  }))
  worker.on('message', (message: { error?: string }) => { if (message.error) onError(message.error) })
  worker.on('error', (err) => onError(`the checkpoint worker failed: ${err.message || String(err)}`))
  // The worker never keeps the process alive: a server that is done exits.
  worker.unref()
  return {
    async stop () {
      if (!stopping) {
        stopping = true
        // Held while it finishes, or a process with nothing else to do would exit before it has.
        worker.ref()
        worker.postMessage('stop')
      }
      await exited
    }
  }
}
