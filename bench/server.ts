// Starts the built server (dist/server.js) as a child process on a free port, for the load and benchmark scripts.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url))

export async function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export interface Served {
  url: string
  child: ChildProcess
  stop: () => Promise<number | null>
}

/** Runs dist/server.js with `env` and resolves once `pollPath` (default /healthz) answers 200. */
export async function serve (env: Record<string, string>, options: { cpu?: number, pollPath?: string, pollMs?: number, nodeArgs?: string[] } = {}): Promise<Served> {
  const port = await freePort()
  // Pin the server to one core when asked, so the load generator has the other.
  const node = [...(options.nodeArgs ?? []), SERVER]
  const [command, args] = options.cpu === undefined
    ? [process.execPath, node]
    : ['taskset', ['-c', String(options.cpu), process.execPath, ...node]]
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'inherit', 'inherit']
  })
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}${options.pollPath ?? '/healthz'}`)).ok) break
    } catch {
      if (Date.now() > deadline) throw new Error('the server did not start within a minute')
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100))
  }
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    }
  }
}
