// npm run bench:extract: extraction time per text shape as the text grows, to show that it grows linearly (time per 1,000 characters should stay flat) and stays within budget at the 200,000-character limit.
import { extract } from '../src/extract/index.js'
import { seedKnowledge } from '../test/fixtures/evaluate.js'
import { PATHOLOGICAL, FRENCH_SHAPES } from './extract-shapes.js'
import { median, table } from './stats.js'

const SIZES = (process.env.BENCH_EXTRACT_SIZES ?? '25000,50000,100000,200000').split(',').map(Number)
/** The budget at the largest size, in ms per 1,000 characters (issue 13, item 7). */
const BUDGET = 5
const ROUNDS = 3
const knowledge = seedKnowledge()
// The first run pays for compiling the stages' regular expressions and loading the first-name lists.
extract('« Oui », a dit Léa Roux. “Yes,” said Ann Lee.', 'fr', knowledge)

const rows: string[][] = []
let worst = 0
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const language = FRENCH_SHAPES.has(name) ? 'fr' : 'en'
  const perK: number[] = []
  for (const size of SIZES) {
    const body = make(size)
    const times: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now()
      extract(body, language, knowledge)
      times.push(performance.now() - started)
    }
    perK.push(median(times) / (body.length / 1000))
  }
  worst = Math.max(worst, perK.at(-1)!)
  rows.push([name, language, ...perK.map((ms) => ms.toFixed(3)), (perK.at(-1)! / perK[0]!).toFixed(2)])
}
console.log(table(['shape (ms per 1,000 characters, median of 3)', 'lang', ...SIZES.map(String), `growth ${SIZES[0]}→${SIZES.at(-1)}`], rows))
console.log(`\nworst at ${SIZES.at(-1)} characters: ${worst.toFixed(2)} ms per 1,000 characters (budget ${BUDGET})`)
if (worst > BUDGET) process.exitCode = 1
