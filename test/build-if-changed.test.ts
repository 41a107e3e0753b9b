// npm start's build step (scripts/build-if-changed.mjs): it compiles on a fresh checkout and after any change to what tsc reads, skips an unchanged one, and tries again after a failed build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { bareNode, runTethered } from './helper.js'

const SCRIPT = new URL('../scripts/build-if-changed.mjs', import.meta.url).pathname

// A checkout in miniature whose "tsc" counts its runs and writes dist/server.js, or fails when asked.
const FAKE_TSC = `const fs = require('node:fs')
if (process.env.FAKE_TSC_FAILS === '1') { console.error('error TS1005'); process.exit(2) }
fs.mkdirSync('dist', { recursive: true })
fs.writeFileSync('dist/server.js', '')
fs.appendFileSync('tsc-runs', 'x')`

t.test('builds only when something tsc reads has changed', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'wsw-build-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, 'src', 'db'), { recursive: true })
  mkdirSync(join(root, 'node_modules', 'typescript', 'bin'), { recursive: true })
  writeFileSync(join(root, 'node_modules', 'typescript', 'package.json'), '{"name":"typescript","version":"0.0.0"}')
  writeFileSync(join(root, 'node_modules', 'typescript', 'bin', 'tsc'), FAKE_TSC)
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']) writeFileSync(join(root, file), '{}')
  writeFileSync(join(root, 'src', 'app.ts'), 'export {}')
  writeFileSync(join(root, 'src', 'db', 'index.ts'), 'export {}')

  const runs = () => readFileSync(join(root, 'tsc-runs'), 'utf8').length
  const start = async (env: NodeJS.ProcessEnv = {}) => (await runTethered(t, bareNode(SCRIPT, root), { PATH: process.env.PATH, ...env })).code

  t.equal(await start(), 0)
  t.equal(runs(), 1, 'a fresh checkout builds')
  t.equal(await start(), 0)
  t.equal(runs(), 1, 'an unchanged one does not')

  writeFileSync(join(root, 'src', 'db', 'index.ts'), 'export const changed = 1')
  await start()
  t.equal(runs(), 2, 'a changed source builds')
  writeFileSync(join(root, 'src', 'new.ts'), 'export {}')
  await start()
  t.equal(runs(), 3, 'a new source builds')
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}')
  await start()
  t.equal(runs(), 4, 'a changed lockfile (another TypeScript, other types) builds')
  unlinkSync(join(root, 'dist', 'server.js'))
  await start()
  t.equal(runs(), 5, 'a missing dist/server.js builds')
  await start()
  t.equal(runs(), 5, 'and then stays built')

  writeFileSync(join(root, 'tsconfig.build.json'), '{"compilerOptions":{}}')
  t.not(await start({ FAKE_TSC_FAILS: '1' }), 0, 'a failed build fails the start')
  t.equal(await start(), 0)
  t.equal(runs(), 6, 'and the next start builds again')
})
