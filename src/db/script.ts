// Writes written once for both engines: a script is a generator that yields SQL and gets each answer back; SQLite's driver (here) runs it synchronously in its transaction, PostgreSQL's (pg.ts) awaits each step.
import type { SQL } from 'drizzle-orm'
import type { Db, Tx } from './index.js'

/**
 * One step: the rows a query returns, how many rows a write changed, or a lock on the rows a query
 * selects. A lock matters only on PostgreSQL, where transactions run side by side; SQLite runs one
 * write transaction at a time, so its driver skips them.
 */
export type Step = { rows: SQL } | { changes: SQL } | { lock: SQL }

export type Script<R> = Generator<Step, R, unknown>

// The SQL a script yields must read the same on both engines: double-quoted identifiers, values as
// parameters, ON CONFLICT, no engine's own functions. Counts come back as numbers on SQLite and as
// text on PostgreSQL (int8), so scripts read them through Number().

export function * rowsOf<T> (query: SQL): Generator<Step, T[], unknown> {
  return (yield { rows: query }) as T[]
}

export function * changed (query: SQL): Generator<Step, number, unknown> {
  return (yield { changes: query }) as number
}

/** Locks the rows `query` (a `SELECT … FOR UPDATE`) reads until the transaction ends, on PostgreSQL. */
export function * locked (query: SQL): Generator<Step, void, unknown> {
  yield { lock: query }
}

/** Runs `script` in one SQLite transaction: every step lands, or none does. */
export function runScript<R> (db: Db, script: () => Script<R>): R {
  return db.transaction((tx) => runIn(tx, script()))
}

function runIn<R> (tx: Tx, script: Script<R>): R {
  let step = script.next()
  while (step.done !== true) {
    const at: Step = step.value
    step = 'rows' in at ? script.next(tx.all(at.rows)) : 'changes' in at ? script.next(tx.run(at.changes).changes) : script.next(undefined)
  }
  return step.value
}
