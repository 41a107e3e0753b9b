// Search text: folding, stopwords, plurals and the FTS5 query built from any input.
import t from 'tap'
import Database from 'better-sqlite3'
import { binaryCompare, fold, ftsQuery, searchWords } from '../../src/db/text.js'

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

t.test('binaryCompare orders as SQLite orders text, code point by code point', async (t) => {
  const names = ['Zoé', 'zoe', 'Zoe', 'Élodie', 'Elodie', 'Z', '', 'Z\uE000', 'Z\u{1F600}', '\u{1F600}', '\uFFFD', 'Ω', 'Zo', 'Zoé Durand', '中国']
  const db = new Database(':memory:')
  t.teardown(() => db.close())
  db.exec('CREATE TABLE n (name TEXT)')
  const insert = db.prepare('INSERT INTO n VALUES (?)')
  for (const name of names) insert.run(name)
  const sqlite = db.prepare('SELECT name FROM n ORDER BY name').pluck().all()
  t.same([...names].sort(binaryCompare), sqlite)
  t.not([...names].sort().join('|'), sqlite.join('|'), 'where JavaScript\'s own order differs')
  t.equal(binaryCompare('a', 'a'), 0)
})
