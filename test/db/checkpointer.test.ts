// The checkpoint worker: it copies the WAL into the database file while the server's own connection takes none, and hands checkpoints back if it ends.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t, { type Test } from 'tap'
import { startCheckpointer } from '../../src/db/checkpointer.js'
import { openDb } from '../../src/db/index.js'

/** Polls `condition` every 20 ms until it holds, for at most `ms`. */
async function until (condition: () => boolean, ms = 20_000): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) return false
    await sleep(20)
  }
  return true
}

function withFile (t: Test) {
  const path = join(t.testdir(), 'kb.db')
  const db = openDb(path)
  t.teardown(() => { if (db.$client.open) db.$client.close() })
  db.$client.exec('CREATE TABLE filler (body TEXT)')
  const write = () => {
    const insert = db.$client.prepare('INSERT INTO filler VALUES (?)')
    db.$client.transaction(() => { for (let i = 0; i < 500; i++) insert.run('x'.repeat(1000)) })()
  }
  return { db, path, write }
}

t.test('the worker checkpoints the WAL; the server\'s connection no longer does', async (t) => {
  const { db, path, write } = withFile(t)
  const checkpointer = startCheckpointer(db, path, { intervalMs: 25 })
  t.teardown(checkpointer.stop)
  t.equal(db.$client.pragma('wal_autocheckpoint', { simple: true }), 0)
  const before = statSync(path).size
  write()
  t.ok(await until(() => statSync(path).size > before + 400_000), 'the half megabyte written reaches the database file')
  await checkpointer.stop()
  t.equal(db.$client.pragma('wal_autocheckpoint', { simple: true }), 1000, 'stopped, it hands checkpoints back')
  await checkpointer.stop()
})

t.test('a worker that ends hands checkpoints back to the server\'s connection and says so', async (t) => {
  const { db, path } = withFile(t)
  const heard: string[] = []
  const checkpointer = startCheckpointer(db, `${path}.missing`, { intervalMs: 25, onError: (message) => heard.push(message) })
  t.teardown(checkpointer.stop)
  // No file there: the worker cannot open it and ends at once.
  t.ok(await until(() => db.$client.pragma('wal_autocheckpoint', { simple: true }) === 1000), 'checkpoints are back with the server')
  t.ok(heard.length > 0, heard.join('; '))
})
