// Cue stage: the frames one sentence builds — which words are the source, which the content, and whether it is a direct quotation.
import t from 'tap'
import { attributions } from '../../src/extract/cues.js'
import { lexicon as en } from '../../src/extract/lexicon/en.js'
import { lexicon as fr } from '../../src/extract/lexicon/fr.js'
import type { Lexicon } from '../../src/extract/lexicon/lexicon.js'
import { quotations } from '../../src/extract/quotations.js'
import { paragraphs } from '../../src/extract/segment.js'

/** Each frame of a one-sentence body as [source, content, frame, direct]. */
function frames (body: string, lex: Lexicon) {
  const quotes = quotations(body, paragraphs(body))
  return attributions(body, { start: 0, end: body.length }, quotes, lex).map((a) =>
    [a.source ? body.slice(a.source.start, a.source.end) : null, body.slice(a.content.start, a.content.end), a.frame, a.direct])
}

t.test('a quotation before the cue, in either order', async (t) => {
  t.same(frames('“We are cautious,” said Jane Roe, an analyst at Acme.', en), [['Jane Roe', '“We are cautious,”', 'quote', true]])
  t.same(frames('“We are cautious,” Roe said.', en), [['Roe', '“We are cautious,”', 'quote', true]])
  t.same(frames('« Nous tiendrons », a-t-il précisé.', fr), [['il', '« Nous tiendrons »', 'quote', true]])
  t.same(frames('« Ce boson est excitant » indique Guido Tonelli.', fr), [['Guido Tonelli', '« Ce boson est excitant »', 'quote', true]])
})

t.test('a quotation after the cue, past a colon or a comma', async (t) => {
  t.same(frames('Sam Altman a déclaré : « Nous livrerons. »', fr), [['Sam Altman', '« Nous livrerons. »', 'quote', true]])
  t.same(frames('He told reporters: “Not today.”', en), [['He', '“Not today.”', 'quote', true]])
})

t.test('an interrupted quotation is one frame', async (t) => {
  const [frame] = frames('“The market will recover,” she said, “but not this quarter.”', en)
  t.same(frame, ['she', '“The market will recover,” she said, “but not this quarter.”', 'quote', true])
})

t.test('reported clauses: after "that", bare, at the end, and after "according to"', async (t) => {
  t.same(frames('Clinton noted that Trump had paid no taxes.', en), [['Clinton', 'Trump had paid no taxes', 'clause', false]])
  t.same(frames('He said he would run again.', en), [['He', 'he would run again', 'clause', false]])
  t.same(frames('The plan will fail, the senator said.', en), [['the senator', 'The plan will fail', 'clause', false]])
  t.same(frames('According to the police, two men were arrested.', en), [['the police', 'two men were arrested', 'according', false]])
  t.same(frames('Selon la fédération, le chômage baisse.', fr), [['la fédération', 'le chômage baisse', 'according', false]])
})

t.test('a quotation inside a reported clause makes it a partial quote, not a direct one', async (t) => {
  t.same(frames('Trump says he is making “a demand” of Obama.', en), [['Trump', 'he is making “a demand” of Obama', 'clause', false]])
})

t.test('participles report for the sentence’s subject, only as adjuncts', async (t) => {
  t.same(frames('Trump tweeted on Monday, saying the vote was rigged.', en), [['Trump', 'the vote was rigged', 'clause', false]])
  t.same(frames('Clinton cited disparaging remarks Trump had made.', en), [], 'an adjective is no cue')
  // Capitals that only qualify a role give way to the name the role introduces.
  t.same(frames('Republican nominee Dana Whitlock toured the plant, saying the count was wrong.', en), [['Republican nominee Dana Whitlock', 'the count was wrong', 'clause', false]])
})

t.test('nouns, passives, infinitives and set phrases are no cues', async (t) => {
  t.same(frames('His claims were false and the said company closed.', en), [])
  t.same(frames('Trump was told the news.', en), [])
  t.same(frames('Having said that, the mayor left.', en), [])
  t.same(frames('Pour se justifier, la chaîne a publié un texte.', fr), [])
  // A plural noun that looks like a verb: after a preposition or a number, or before a relative clause.
  t.same(frames('The campaign spent heavily in states that vote early.', en), [])
  t.same(frames('Four states that have suffered job losses vote today.', en), [])
  t.same(frames('Ohio and Michigan, Rust Belt states that have lost factories, vote next.', en), [])
  t.same(frames('The report states that the mill will close.', en), [['The report', 'the mill will close', 'clause', false]])
  t.same(frames('She holds a majority of pledged delegates in the state.', en), [], 'after a preposition an -ed form is an adjective')
})

t.test('a participle that opens the sentence reports only its own phrase; the sentence’s cue follows', async (t) => {
  t.same(frames('Asked whether he would run again, Mayor Ruiz said that he “had not decided.”', en), [
    [null, 'he would run again', 'clause', false],
    ['Mayor Ruiz', 'he “had not decided.”', 'clause', false]
  ])
})

t.test('a participle after a comma speaks for the name that opens the sentence, and quotes what it calls someone', async (t) => {
  t.same(frames('Senator Oyelaran went after the governor over the budget, calling him “a total failure.”', en),
    [['Senator Oyelaran', 'him “a total failure.”', 'clause', false]])
  t.same(frames('Senator Oyelaran posted a video criticizing the budget.', en), [], 'blame without words quoted is no statement')
})

t.test('a verb opening the sentence takes its source after it, and the quotation after a comma or a colon', async (t) => {
  t.same(frames('Said Ines Laporte, who ran the shop for years, “We never closed on a Sunday.”', en),
    [['Ines Laporte', '“We never closed on a Sunday.”', 'quote', true]])
  t.same(frames('Continued Okafor: “The budget is late again.”', en), [['Okafor', '“The budget is late again.”', 'quote', true]])
})

t.test('an opening participle’s phrase, with the places and the relative clause that close it, comes before the subject', async (t) => {
  t.same(frames('Speaking at a fair in Dover, Delaware, Senator Vos went after the mayor, calling him “a quitter.”', en),
    [['Senator Vos', 'him “a quitter.”', 'clause', false]])
  t.same(frames('Speaking in Reno, which votes next week, Mayor Ruiz described the plan as “a real mess.”', en).map((f) => f[0]), ['Mayor Ruiz'])
})

t.test('a gerund after an opening preposition reports what the sentence’s subject said, up to its comma', async (t) => {
  t.same(frames('In calling the levy “a tax on the poor,” the bishop again broke with the council.', en),
    [['the bishop', 'the levy “a tax on the poor,”', 'clause', false]])
  t.same(frames('By saying so, the bishop broke with the council.', en), [], 'no words quoted, no statement')
})

t.test('a participle after a subordinator is passive: the question is reported, and the sentence’s own cue names the speaker', async (t) => {
  t.same(frames('When asked whether the plant would close, Mayor Ruiz said that it “will stay open.”', en), [
    [null, 'the plant would close', 'clause', false],
    ['Mayor Ruiz', 'it “will stay open.”', 'clause', false]
  ])
  t.same(frames('Ruiz, when asked about the budget, insisted that “the numbers add up.”', en), [
    [null, 'about the budget', 'clause', false],
    ['Ruiz', '“the numbers add up.”', 'clause', true]
  ])
})

t.test('a name right before a participle is its subject when the participle quotes', async (t) => {
  t.same(frames('The ad shows footage of Mayor Okafor saying, “We will not wait.”', en), [['Mayor Okafor', '“We will not wait.”', 'quote', true]])
  t.same(frames('The ad shows a photo of City Hall saying nothing.', en), [])
})

t.test('a progressive is a finite cue, neither a passive nor an adjunct participle', async (t) => {
  t.same(frames('Governor Mills is telling farmers that the drought aid is “on its way.”', en), [['Governor Mills', 'the drought aid is “on its way.”', 'clause', false]])
})

t.test('a naming verb inside a reported clause does not cut it', async (t) => {
  t.same(frames('Ruiz says the forward nicknamed “the Wall” is the best defender in the league.', en),
    [['Ruiz', 'the forward nicknamed “the Wall” is the best defender in the league', 'clause', false]])
})

t.test('verbs of thinking or showing report words only when they quote them', async (t) => {
  t.same(frames('The mayor worried that the bridge would close.', en), [])
  t.same(frames('The budget will balance, the treasurer concluded.', en), [])
  t.same(frames('“It is over,” the coach concluded.', en), [['the coach', '“It is over,”', 'quote', true]])
  t.same(frames('The senator wondered whether the referees would be “fair” to him.', en), [['The senator', 'the referees would be “fair” to him', 'clause', false]])
})

t.test('verbs with other senses report a clause only after "that"', async (t) => {
  t.same(frames('She told her to leave the room.', en), [])
  t.same(frames('She told reporters that the room was empty.', en), [['She', 'the room was empty', 'clause', false]])
  t.same(frames('The group wrote a letter to Congress.', en), [])
})

t.test('a dash after a quotation names who said it', async (t) => {
  t.same(frames('”We must vote.” ― Sonya Herridge', en), [['Sonya Herridge', '”We must vote.”', 'quote', true]])
})

t.test('a very long sentence of clauses costs each cue a bounded look', async (t) => {
  const body = 'He said that she told them that it was true, '.repeat(3000)
  const found = frames(body, en)
  t.ok(found.length > 1000)
  t.ok(found.every(([, content]) => (content as string).length < 2_000), 'no content runs the length of the sentence')
})
