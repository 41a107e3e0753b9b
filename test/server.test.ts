// The process as operators run it: starts on a fresh file (migrate + seed), reuses it on restart, exits cleanly on SIGTERM, and refuses bad config or a foreign file with one clear line.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'

const SERVER = new URL('../src/server.ts', import.meta.url).pathname

interface Running {
  url: string
  logs: string[]
  exited: Promise<{ code: number | null, stderr: string }>
  kill: (signal: NodeJS.Signals) => void
}

function start (env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const logs: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += chunk })
  const exited = new Promise<{ code: number | null, stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })))
  return new Promise((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        logs.push(line)
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)
        if (match) resolve({ url: match[1]!, logs, exited, kill: (s) => child.kill(s) })
      }
    })
    exited.then(({ code, stderr }) => reject(Object.assign(new Error(`exited ${code}`), { code, stderr })))
  })
}

/** Runs the server expecting it to refuse to start; returns its exit code and stderr. */
async function refuse (env: Record<string, string>) {
  try {
    const running = await start(env)
    running.kill('SIGKILL')
    throw new Error('the server started')
  } catch (err) {
    return err as { code: number, stderr: string }
  }
}

t.test('first start seeds, a restart reuses the file with the same ids, SIGTERM exits 0', async (t) => {
  const databasePath = join(t.testdir({}), 'data', 'kb.db')
  const first = await start({ DATABASE_PATH: databasePath })
  t.equal((await fetch(`${first.url}/healthz`)).status, 200)
  const ids = ((await (await fetch(`${first.url}/v1/statements?limit=100`)).json()) as any).data.map((s: { id: string }) => s.id)
  t.equal(ids.length, 31)
  t.ok(first.logs.some((l) => l.includes('"msg":"database seeded"')))
  first.kill('SIGTERM')
  t.equal((await first.exited).code, 0)

  const second = await start({ DATABASE_PATH: databasePath })
  t.ok(second.logs.some((l) => l.includes('"msg":"database reused"')))
  const again = ((await (await fetch(`${second.url}/v1/statements?limit=100`)).json()) as any).data.map((s: { id: string }) => s.id)
  t.same(again, ids, 'no duplicates, same ids')
  second.kill('SIGINT')
  t.equal((await second.exited).code, 0)
})

t.test('a bad setting stops the start with a clear message', async (t) => {
  const { code, stderr } = await refuse({ PORT: 'abc', DATABASE_PATH: join(t.testdir({}), 'kb.db') })
  t.equal(code, 1)
  t.equal(stderr, 'invalid configuration:\n  PORT: must be a whole number (got "abc")\n')
})

t.test('a file that is not SQLite stops the start with one line and is not overwritten', async (t) => {
  const dir = t.testdir({ 'kb.db': 'not a database\n'.repeat(100) })
  const path = join(dir, 'kb.db')
  const { code, stderr } = await refuse({ DATABASE_PATH: path })
  t.equal(code, 1)
  t.equal(stderr, `cannot use database at ${path}: file is not a database\n`)
  t.equal(readFileSync(path, 'utf8'), 'not a database\n'.repeat(100))
})
