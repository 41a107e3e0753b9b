// Search text: folding, stopwords, plurals and the FTS5 query built from any input.
import t from 'tap'
import { fold, ftsQuery, searchWords } from '../../src/db/text.js'
import { highlight } from '../../src/resources/shared.js'

t.test('fold is accent-, case- and apostrophe-blind', async (t) => {
  t.equal(fold('Évidemment'), 'evidemment')
  t.equal(fold('l’IA'), "l'ia")
})

t.test('search words: singular, no one-letter words, stopwords dropped unless alone', async (t) => {
  t.same(searchWords('les modèles open source'), ['modele', 'open', 'source'])
  t.same(searchWords('le'), ['le'], 'a search of stopwords only keeps them')
  t.same(searchWords("l'IA d'OpenAI"), ['ia', 'openai'])
  t.same(searchWords('   '), [])
  t.same(searchWords(Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ')).length, 16)
})

t.test('the FTS5 query quotes every word, so syntax in the input is inert', async (t) => {
  t.equal(ftsQuery('modèles "open" OR NEAR(a*)'), '"modele"* "open"* "near"*')
  t.equal(ftsQuery('*^()'), null)
})

t.test('highlight marks matching words in an escaped window', async (t) => {
  t.equal(highlight('Les <modèles> open source', 'modele'), 'Les &#60;<mark>modèles</mark>&#62; open source')
  const long = `${'mot '.repeat(50)}cible ${'mot '.repeat(50)}`.trim()
  const snippet = highlight(long, 'cible', 10)
  t.match(snippet, /^….*<mark>cible<\/mark>.*…$/)
  t.equal(highlight('rien à voir', 'cible'), 'rien à voir')
})

t.test('highlight reads a bounded region of a long text, and finds the first match wherever it is', async (t) => {
  const filler = 'réseau équipe marge '.repeat(9000) // 180,000 characters without a match
  const snippet = highlight(`${filler}le Modèle d’Élodie ${filler}`, 'modeles elodie', 12)
  t.match(snippet, /^…(réseau|équipe|marge) .*<mark>Modèle<\/mark> d’<mark>Élodie<\/mark>.*…$/, 'both words marked, 180,000 characters in')
  t.ok(snippet.length < 400, `${snippet.length} characters`)
  t.match(highlight(`${filler}cible`, 'cible'), /<mark>cible<\/mark>$/, 'at the very end too')
  t.equal(highlight(filler, 'cible', 5), 'réseau équipe marge réseau équipe…', 'no match: the start')
  // An accent typed apart from its letter (e + U+0301) is folded the slow way, within the region only.
  t.match(highlight(`${'mot '.repeat(1000)}mode\u0301le`, 'modele', 5), /^mot mot mot mot mot…$/)
})
