// npm run bench:extract: extraction time per text shape as the text grows, to show that it grows linearly (time per 1,000 characters should stay flat).
import { extract } from '../src/extract/index.js'
import { seedKnowledge } from '../test/fixtures/evaluate.js'
import { PATHOLOGICAL } from './extract-shapes.js'
import { table } from './stats.js'

const SIZES = (process.env.BENCH_EXTRACT_SIZES ?? '25000,50000,100000,200000').split(',').map(Number)
const knowledge = seedKnowledge()
const rows: string[][] = []
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const perK: number[] = []
  for (const size of SIZES) {
    const body = make(size)
    const started = performance.now()
    extract(body, 'fr', knowledge)
    perK.push((performance.now() - started) / (body.length / 1000))
  }
  rows.push([name, ...perK.map((ms) => ms.toFixed(3)), (perK[perK.length - 1]! / perK[0]!).toFixed(2)])
}
console.log(table(['shape (ms per 1,000 characters)', ...SIZES.map(String), `growth ${SIZES[0]}→${SIZES[SIZES.length - 1]}`], rows))
