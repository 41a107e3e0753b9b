// The tether every spawned test process carries: when the process that spawned it dies, even by SIGKILL as tap's timeout does, it dies too.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { bareNode, spawnTethered } from './helper.js'

const PARENT = new URL('./fixtures/parent-of-one.mjs', import.meta.url).pathname
// A zombie has ended: where PID 1 does not reap orphans (some containers), it stays listed, so its state is read.
function alive (pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return false
  }
}

t.test('a grandchild dies with its SIGKILLed parent', async (t) => {
  const parent = spawnTethered(t, bareNode(PARENT), { env: { PATH: process.env.PATH } })
  const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim()))))
  t.ok(alive(pid), 'the grandchild runs')
  // Polled, not slept: the grandchild's end comes as soon as it reads its channel's end.
  t.teardown(() => { if (alive(pid)) process.kill(pid, 'SIGKILL') })
  parent.kill('SIGKILL')
  const deadline = Date.now() + 60_000
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  t.notOk(alive(pid), 'and is gone once its parent is')
})
