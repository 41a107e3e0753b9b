// npm run screenshots: the README's pictures of the site (the reading view and an entity's page), taken in headless Chromium on the seeded knowledge base, so they are regenerated rather than drawn by hand.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname
const SHOTS = [
  { file: 'reading-view.png', path: '/articles/deepseek-reactions' },
  { file: 'entity.png', path: '/entities/sam-altman' }
]

mkdirSync(OUT, { recursive: true })
const db = openDb(':memory:')
seedAll(db)
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn' }), db })
const base = await app.listen({ port: 0, host: '127.0.0.1' })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' })
  for (const { file, path } of SHOTS) {
    await page.goto(base + path)
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 })
    await page.screenshot({ path: OUT + file })
    console.log(`wrote docs/screenshots/${file}`)
  }
} finally {
  await browser.close()
  await app.close()
  db.$client.close()
}
