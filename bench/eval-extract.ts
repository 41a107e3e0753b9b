// npm run eval:extract: runs the extractor on every annotated article (the seed and test/fixtures/) and scores it against the annotation.
import { extract } from '../src/extract/index.js'
import { evaluateAll, TARGETS } from '../test/fixtures/evaluate.js'
import { table } from './stats.js'

const results = evaluateAll(extract)
const pct = (x: number) => `${(x * 100).toFixed(0)}%`
console.log(table(
  ['article', 'quotes with speaker P', 'R', 'reported claims P', 'R', 'entities P', 'R', 'market figures P', 'R'],
  results.map(({ name, report: r }) => [name, pct(r.quotes.precision), pct(r.quotes.recall), pct(r.claims.precision), pct(r.claims.recall),
    pct(r.entities.precision), pct(r.entities.recall), pct(r.marketFigures.precision), pct(r.marketFigures.recall)])
))
for (const { name, report } of results) {
  if (report.misses.length > 0) console.log(`\n${name}:\n  ${report.misses.join('\n  ')}`)
}
const failed = results.filter(({ report: r }) => r.quotes.precision < TARGETS.quotes || r.quotes.recall < TARGETS.quotes || r.marketFigures.precision < 1 || r.marketFigures.recall < 1)
if (failed.length > 0) {
  console.error(`\nbelow target (quotes ${pct(TARGETS.quotes)}, market figures 100%): ${failed.map((f) => f.name).join(', ')}`)
  process.exitCode = 1
}
