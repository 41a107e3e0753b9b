// Search text: folding, stopwords, plurals and the FTS5 query built from any input.
import t from 'tap'
import { fold, ftsQuery, searchWords } from '../../src/db/text.js'

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
