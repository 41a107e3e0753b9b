// Segmentation stage: paragraphs, sentence ends (abbreviations, initials, datelines, quotations) and tokens (elision, inner punctuation).
import t from 'tap'
import { quotations } from '../../src/extract/quotations.js'
import { allSentences, paragraphs, tokens } from '../../src/extract/segment.js'

// As the extractor tells an attribution: a speech verb, and no determiner opening a new subject.
const SPEECH = new Set(['said', 'asked', 'se', 'félicite'])
const attributes = (words: readonly string[]) => words[0] !== 'le' && words.some((w) => SPEECH.has(w))
const sentencesOf = (body: string) => {
  const ps = paragraphs(body)
  return allSentences(body, ps, quotations(body, ps).map((q) => q.outer), attributes).map((s) => body.slice(s.start, s.end))
}

t.test('paragraphs are lines, trimmed, blank ones dropped', async (t) => {
  const body = '  Title  \n\nFirst line.\nSecond line.\n\n\n  '
  t.same(paragraphs(body).map((p) => body.slice(p.start, p.end)), ['Title', 'First line.', 'Second line.'])
})

t.test('a period after an honorific, an initial or a state ends no sentence', async (t) => {
  t.same(sentencesOf('“It is empire building,” Mr. Moffett said. Dr. Aldana agreed.'), ['“It is empire building,” Mr. Moffett said.', 'Dr. Aldana agreed.'])
  t.same(sentencesOf('Edward D. Kleinbard spoke. Sen. Mitch McConnell, R-Ky., said no.'), ['Edward D. Kleinbard spoke.', 'Sen. Mitch McConnell, R-Ky., said no.'])
  t.same(sentencesOf('M. Ferrand a parlé. Mme Lacoste aussi.'), ['M. Ferrand a parlé.', 'Mme Lacoste aussi.'])
})

t.test('an initial before a quotation mark or "He" is a sentence end after all', async (t) => {
  t.same(sentencesOf('"A b," said X. "C d," said Y.'), ['"A b," said X.', '"C d," said Y.'])
})

t.test('no sentence ends inside a quotation, except at its very end', async (t) => {
  t.same(sentencesOf('« Nous avons fini. Enfin », a-t-il dit. Puis il est parti.'), ['« Nous avons fini. Enfin », a-t-il dit.', 'Puis il est parti.'])
  t.same(sentencesOf('She said "the question is the timing." Gov. Lee said no.'), ['She said "the question is the timing."', 'Gov. Lee said no.'])
  t.same(sentencesOf('« Ce vote est une victoire ! » Le porte-parole se félicite.'), ['« Ce vote est une victoire ! »', 'Le porte-parole se félicite.'])
})

t.test('a question that opens its sentence goes on into a short attribution, not into a new sentence', async (t) => {
  t.same(sentencesOf('“How many times?” Clinton said. Nobody answered.'), ['“How many times?” Clinton said.', 'Nobody answered.'])
  t.same(sentencesOf('“Really?” The room went quiet.'), ['“Really?”', 'The room went quiet.'])
  t.same(sentencesOf('He asked: “Why now?” Clinton said nothing more about it that day.'), ['He asked: “Why now?”', 'Clinton said nothing more about it that day.'])
})

t.test('a dateline ends at its dash', async (t) => {
  t.same(sentencesOf('27 août 2012. - Le ministre a parlé.'), ['27 août 2012.', '- Le ministre a parlé.'])
  // A place in capitals, a date and an agency before the dash open the paragraph; the sentence starts after them.
  t.same(sentencesOf('BOSTON (AP) — The mayor said the port would reopen.'), ['The mayor said the port would reopen.'])
  t.same(sentencesOf('SAN DIEGO, March 3 (Reuters) -- Rates rose.\nLYON – Le maire a parlé.'), ['Rates rose.', 'Le maire a parlé.'])
  t.same(sentencesOf('US - China talks resumed.'), ['US - China talks resumed.'], 'two capitals are a name, not a dateline')
})

t.test('tokens keep inner hyphens, apostrophes and dots, split French elision, and carry exact offsets', async (t) => {
  const body = "D’après l’AFP, Jean-Marie O'Neil (R-Ky.) a dit qu’il viendrait aux U.S."
  const list = tokens(body, { start: 0, end: body.length })
  t.same(list.map((x) => x.text), ['D’', 'après', 'l’', 'AFP', ',', 'Jean-Marie', "O'Neil", '(', 'R-Ky.', ')', 'a', 'dit', 'qu’', 'il', 'viendrait', 'aux', 'U.S.'])
  for (const x of list) t.equal(body.slice(x.start, x.end), x.text)
  t.same(tokens('and said.', { start: 0, end: 9 }).map((x) => x.text), ['and', 'said', '.'], 'a sentence-final period is its own token')
})

t.test('combining accents stay inside words', async (t) => {
  const body = 'Franc\u0327ois Hollande a parle\u0301.'
  t.equal(tokens(body, { start: 0, end: body.length })[0]!.text, 'Franc\u0327ois')
})
