// Quotation stage: which marks open and close a quotation, what nests inside it, and what is not a quotation at all.
import t from 'tap'
import { quotations } from '../../src/extract/quotations.js'
import { paragraphs } from '../../src/extract/segment.js'

const inner = (body: string) => quotations(body, paragraphs(body)).map((q) => body.slice(q.start, q.end))

t.test('guillemets, curly and straight marks, spaces trimmed inside', async (t) => {
  t.same(inner('« Oui », puis “No,” then "Maybe" and ‘in their heads’.'), ['Oui', 'No,', 'Maybe', 'in their heads'])
})

t.test('marks inside a quotation belong to it', async (t) => {
  t.same(inner('« Il a dit “non” et ‘jamais’ » fin.'), ['Il a dit “non” et ‘jamais’'])
})

t.test('apostrophes and doubled apostrophes are not quotation marks', async (t) => {
  t.same(inner('Clinton’s plan and it’s fine.'), [])
  t.same(inner("''It's more tinkering,'' said Alan Cole."), [], "'' is not read as a mark, as in the shared scorer's rule G3")
})

t.test('an unclosed quotation runs to its paragraph end; a stray straight mark opens nothing', async (t) => {
  t.same(inner('“We will win and we will keep winning\n\nNext paragraph.'), ['We will win and we will keep winning'])
  t.same(inner('He is 6\'2" tall and proud.'), [])
})

t.test('mixed and mistyped marks still pair', async (t) => {
  t.same(inner('"Oz has a huge pulpit,” said Gorski.'), ['Oz has a huge pulpit,'])
  t.same(inner('”Fear. I am afraid.” ― Edwin'), ['Fear. I am afraid.'])
})

t.test('outer spans include the marks, inner spans exclude them', async (t) => {
  const body = 'A «  dit  » B'
  const [q] = quotations(body, paragraphs(body))
  t.same([body.slice(q!.outer.start, q!.outer.end), body.slice(q!.start, q!.end)], ['«  dit  »', 'dit'])
})

t.test('a paragraph of unpaired marks is read once (linear)', async (t) => {
  const body = '“ a '.repeat(20_000)
  t.equal(quotations(body, paragraphs(body)).length, 1)
})
