// Names stage: capitalized runs with particles, initials, honorifics and titles set apart, possessives cut, typed and gendered.
import t from 'tap'
import { lexicon as en } from '../../src/extract/lexicon/en.js'
import { lexicon as fr } from '../../src/extract/lexicon/fr.js'
import type { Lexicon } from '../../src/extract/lexicon/lexicon.js'
import { genderOf, midSentenceCapitals, namesIn, vocabulary } from '../../src/extract/names.js'

const names = (body: string, lex: Lexicon) =>
  namesIn(body, { start: 0, end: body.length }, { lex, language: lex.language, common: vocabulary(body), named: midSentenceCapitals(body) })
const texts = (body: string, lex: Lexicon) => names(body, lex).map((n) => n.text)

t.test('particles, hyphens, initials and inner capitals stay in the name', async (t) => {
  t.same(texts('Jean-Marie Le Pen et Ursula von der Leyen ont parlé avec Charles de Gaulle.', fr), ['Jean-Marie Le Pen', 'Ursula von der Leyen', 'Charles de Gaulle'])
  t.same(texts('Edward D. Kleinbard met Mitch McConnell and Beto O’Rourke.', en), ['Edward D. Kleinbard', 'Mitch McConnell', 'Beto O’Rourke'])
})

t.test('honorifics and titles are set apart, and tell the gender and the role', async (t) => {
  t.match(names('Mr. Moffett spoke.', en)[0], { text: 'Moffett', honorific: 'mr.', gender: 'm', type: 'person' })
  t.match(names('Mme Lacoste a parlé.', fr)[0], { text: 'Lacoste', gender: 'f' })
  t.match(names('Senate Majority Leader Mitch McConnell spoke.', en)[0], { text: 'Mitch McConnell', role: 'Senate Majority Leader' })
  t.match(names('Russian President Vladimir Putin spoke.', en)[0], { text: 'Vladimir Putin', role: 'Russian President' })
  // A modifier before the title, and the department after it, up to the first name a surname follows.
  t.match(names('Former Secretary of State Ada Brill spoke.', en)[0], { text: 'Ada Brill', role: 'Former Secretary of State', type: 'person' })
  t.match(names('She met Secretary of Homeland Security Omar Haddad.', en)[0], { text: 'Omar Haddad', role: 'Secretary of Homeland Security' })
  t.same(texts('The Bank of America spoke.', en), ['Bank of America'])
})

t.test('function words at a sentence start, months and party tags are not names', async (t) => {
  t.same(texts('But the senator said no. Last November, On Tuesday.', en), [])
  t.same(texts('Sur Twitter, le ministre a parlé.', fr), ['Twitter'])
  t.same(texts('Sen. Tim Kaine (D-Va.) spoke.', en), ['Tim Kaine'])
  // Capitals before an abbreviated title qualify the title: no person "Indiana" or "Ohio".
  t.same(texts('She debated Democratic Ohio Gov. Ann Weller and Utah Sen. Bo Park.', en), ['Ann Weller', 'Bo Park'])
})

t.test('a possessive is cut from the name and remembered', async (t) => {
  t.match(names('Donald Trump’s lawyer spoke.', en)[0], { text: 'Donald Trump', possessive: true })
})

t.test('organizations: their words, acronyms, French adjectives, and a describing noun', async (t) => {
  t.same(names('the Department of Justice and the FBI', en).map((n) => [n.text, n.type]), [['Department of Justice', 'organization'], ['FBI', 'organization']])
  t.same(names('Un rapport de la Ligue arabe et le Parlement européen.', fr).map((n) => [n.text, n.type]), [['Ligue arabe', 'organization'], ['Parlement européen', 'organization']])
  t.same(names('Le quotidien Le Figaro annonce.', fr).map((n) => [n.text, n.type]), [['Figaro', 'organization']])
  t.same(names('La directrice de l’hôpital, Claire Morel, nuance.', fr).map((n) => [n.text, n.type]), [['Claire Morel', 'person']], 'a comma ends what a noun describes')
})

t.test('first names type persons and suggest a gender, read across languages', async (t) => {
  t.match(names('Jennifer Palmieri spoke.', en)[0], { type: 'person', gender: 'f' })
  t.equal(genderOf('Jean', 'fr'), 'm', 'the package’s French list alone would say female')
  t.equal(genderOf('Jean-Philippe', 'fr'), 'm')
  t.equal(genderOf('Zxqv', 'en'), null)
})
