// The extraction pool: worker threads give what extract() gives in process, an article past its budget fails, and a full queue refuses at once.
import { readdirSync, readFileSync } from 'node:fs'
import t from 'tap'
import { PATHOLOGICAL } from '../../bench/extract-shapes.js'
import { extract } from '../../src/extract/index.js'
import { ExtractionBusy, ExtractionTimeout, extractionPool } from '../../src/extract/pool.js'
import type { Knowledge } from '../../src/extract/types.js'

/** The shape issue 14 measured at 169 s on the event loop: a new speaker in every sentence. */
const slowShape = PATHOLOGICAL['new surnames']!

const EMPTY: Knowledge = { entities: [], affiliations: [] }
const BODY = '“We will not concede,” said Jennifer Palmieri. She added that the count would go on.\n\nLe ministre a affirmé que le budget serait tenu.'

t.test('a worker extracts exactly what the process would', async (t) => {
  const pool = extractionPool({ threads: 1, timeoutMs: 60_000, maxQueue: 4 })
  t.teardown(pool.close)
  t.same(await pool.extract(BODY, 'en', EMPTY), extract(BODY, 'en', EMPTY))
  t.same(await pool.extract(BODY, 'fr', EMPTY), extract(BODY, 'fr', EMPTY), 'and again on the same worker, in the other language')
})

t.test('an article past its budget fails with the budget named, and the pool goes on', async (t) => {
  const pool = extractionPool({ threads: 1, timeoutMs: 1, maxQueue: 4 })
  t.teardown(pool.close)
  // 1 ms cannot even start a worker: the budget runs out whatever the machine's speed.
  await t.rejects(pool.extract(slowShape(100_000), 'en', EMPTY), new ExtractionTimeout(1))
  await t.rejects(pool.extract(BODY, 'en', EMPTY), ExtractionTimeout, 'the next article gets its own budget on a fresh worker, and an answer')
})

t.test('a full queue refuses at once rather than growing', async (t) => {
  const pool = extractionPool({ threads: 1, timeoutMs: 60_000, maxQueue: 1 })
  t.teardown(pool.close)
  const body = slowShape(20_000)
  const outcomes = await Promise.allSettled([0, 1, 2].map(() => pool.extract(body, 'en', EMPTY)))
  const busy = outcomes.filter((o) => o.status === 'rejected')
  t.ok(busy.length >= 1, 'at least the third waits for nobody')
  t.ok(busy.every((o) => o.status === 'rejected' && o.reason instanceof ExtractionBusy))
  t.ok(outcomes[0]!.status === 'fulfilled', 'the first is extracted')
  t.same(await pool.extract(BODY, 'en', EMPTY), extract(BODY, 'en', EMPTY), 'once the queue drains, articles are taken again')
})

t.test('the workers yield the CPU to the event loop: their threads alone run at the nice value asked', { skip: process.platform !== 'linux' && 'per-thread nice values are Linux\'s' }, async (t) => {
  // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the parenthesised name).
  const niceOf = (tid: string) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])
  const threads = () => readdirSync('/proc/self/task')
  const before = new Set(threads())
  const own = niceOf(String(process.pid))
  // Above the test runner's own (a CI may nice it), since lowering a nice value needs privileges.
  const nice = Math.min(19, own + 7)
  const pool = extractionPool({ threads: 1, timeoutMs: 60_000, maxQueue: 4, nice })
  t.teardown(pool.close)
  t.same(await pool.extract(BODY, 'en', EMPTY), extract(BODY, 'en', EMPTY))
  const started = threads().filter((tid) => !before.has(tid))
  t.equal(started.map(niceOf).filter((n) => n === nice).length, 1, 'the one worker the pool started')
  t.equal(niceOf(String(process.pid)), own, 'the event loop keeps its priority')
})
