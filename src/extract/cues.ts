// Cue stage: in one sentence, the speech cues ("said", "a déclaré", "according to", a colon before a quotation) and the frame each one builds — the words that name the source, and the content (a quotation beside the cue, a reported clause, an object).
import type { Lexicon, Verb } from './lexicon/lexicon.js'
import type { Quotation } from './quotations.js'
import { isFirstName, roleAt } from './names.js'
import { tokens } from './segment.js'
import type { Range } from './types.js'

/** A sentence's unit: a word, a punctuation mark, or a whole quotation. */
export interface Item extends Range {
  kind: 'word' | 'punct' | 'quote'
  text: string
  lower: string
  capital: boolean
  quote?: Quotation
  /** A subject pronoun written after its verb ("a-t-il", "affirme-t-elle"). */
  inverted?: boolean
  /** A quotation whose words end with a comma (“not Christian,”): the clause around it ends there too. */
  comma?: true
}

export type Frame = 'quote' | 'clause' | 'object' | 'according' | 'colon'

export interface Attribution {
  /** The cue's words: the verb group, "according to", or the colon. */
  cue: Range
  verb: Verb | null
  /** The words that name who spoke, or null when the sentence names no one. */
  source: Range | null
  /** Words set off by commas right after the source ("…, the panel's ranking Democrat,"), which may name or describe them. */
  appositive: Range | null
  /** What was said: from the first word to the last, quotations included. */
  content: Range
  /** The quotations inside the content. */
  quotes: Quotation[]
  frame: Frame
  /** The content is only quotations, beside the cue: a direct quote. */
  direct: boolean
}

// The most items a frame's content may span: longer clauses are cut there (none in the annotated news is half as long).
const MAX_CONTENT = 120

const FRENCH_INVERSION = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u

/** The sentence as items: words and punctuation outside quotations, and one item per quotation. */
export function items (body: string, sentence: Range, quotes: readonly Quotation[]): Item[] {
  const found: Item[] = []
  let at = sentence.start
  const pushTokens = (range: Range) => {
    for (const t of tokens(body, range)) {
      const inverted = t.word ? FRENCH_INVERSION.exec(t.text) : null
      if (inverted && (inverted[1]!.length > 1 || inverted[1] === 'a') && /^\p{Ll}/u.test(inverted[1]!)) {
        // "affirme-t-il", "a-t-elle": the verb, then its subject pronoun.
        const verbEnd = t.start + inverted[1]!.length
        found.push({ kind: 'word', start: t.start, end: verbEnd, text: inverted[1]!, lower: inverted[1]!.toLowerCase(), capital: false })
        found.push({ kind: 'word', start: t.end - inverted[2]!.length, end: t.end, text: inverted[2]!, lower: inverted[2]!.toLowerCase(), capital: false, inverted: true })
        continue
      }
      found.push({ kind: t.word ? 'word' : 'punct', start: t.start, end: t.end, text: t.text, lower: t.lower, capital: t.capital })
    }
  }
  for (const q of quotes) {
    if (q.outer.start < sentence.start || q.outer.start >= sentence.end) continue
    if (q.outer.start > at) pushTokens({ start: at, end: q.outer.start })
    found.push({ kind: 'quote', start: q.outer.start, end: Math.min(q.outer.end, sentence.end), text: '', lower: '', capital: false, quote: q, ...(/,\s*$/u.test(body.slice(q.start, q.end)) ? { comma: true as const } : {}) })
    at = Math.min(q.outer.end, sentence.end)
  }
  if (at < sentence.end) pushTokens({ start: at, end: sentence.end })
  return found
}

const isComma = (item: Item | undefined) => item?.kind === 'punct' && item.text === ','
const isQuote = (item: Item | undefined) => item?.kind === 'quote'
/** A comma, or a quotation that ends with one, as American style writes it. */
const endsPhrase = (item: Item | undefined) => isComma(item) || item?.comma === true
const isDash = (item: Item | undefined) => item?.kind === 'punct' && /^[—–―-]$/.test(item.text)
const CLAUSE_STOP = new Set([';', ':', '(', ')', '[', ']', '?', '!'])
// A past participle in either language ("Asked", "Interrogé").
const PAST_PARTICIPLE = /(?:ed|é|ée|és|ées)$/u
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'été', 'être'])

interface Cue {
  /** The verb group's first and last item (auxiliaries and adverbs before the verb included). */
  from: number
  to: number
  /** The verb itself. */
  at: number
  verb: Verb | null
  frame: 'verb' | 'according' | 'colon' | 'dash'
  /** The subject pronoun inside the verb group ("a-t-il dit"). */
  pronoun?: number
  /** A passive participle after a subordinator ("when asked whether …"): the question is reported, by no one the sentence names. */
  heard?: true
}

/** Is `lower` a form of a verb of `lex`, or a particle verb completed by the item after it? */
function verbAt (list: Item[], i: number, lex: Lexicon, naming = true): { verb: Verb, to: number } | undefined {
  const item = list[i]!
  if (item.kind !== 'word') return undefined
  const particle = lex.particleVerbs.get(item.lower)
  const next = list[i + 1]
  if (particle && next?.kind === 'word' && particle.particles.includes(next.lower)) return { verb: particle.verb, to: i + 1 }
  const verb = lex.verbs.get(item.lower) ?? (naming ? lex.quotedObject.get(item.lower) : undefined)
  return verb ? { verb, to: i } : undefined
}

/** Speech cues of the sentence, in order. */
function cuesOf (list: Item[], lex: Lexicon): Cue[] {
  const found: Cue[] = []
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!
    // "according to X", "selon X": the source follows; what it attributes is the rest of the sentence.
    const according = lex.according.find((words) => words.every((w, k) => list[i + k]?.kind === 'word' && list[i + k]!.lower === w))
    if (according) {
      // "pour X" attributes only at the start of a clause, followed by a comma ("Pour Montebourg, …").
      // … and names someone: "Pour Montebourg," not "Pour se justifier,".
      const named = list[i + 1]?.kind === 'word' && (list[i + 1]!.capital || lex.determiners.has(list[i + 1]!.lower) || lex.pronouns.has(list[i + 1]!.lower))
      if (according[0] !== 'pour' || ((i === 0 || isComma(list[i - 1])) && named && list.slice(i + 1, i + 8).some(isComma))) {
        found.push({ from: i, to: i + according.length - 1, at: i, verb: null, frame: 'according' })
        i += according.length - 1
        continue
      }
    }
    // "“…” ― Sonya Herridge": a dash after a quotation, then the name of who said it.
    if (isDash(item) && isQuote(list[i - 1]) && list[i + 1]?.kind === 'word' && list[i + 1]!.capital) {
      found.push({ from: i, to: i, at: i, verb: null, frame: 'dash' })
      continue
    }
    if (item.kind === 'punct' && item.text === ':' && isQuote(list[i + 1]) && i > 0 && list[i - 1]!.kind === 'word') {
      found.push({ from: i, to: i, at: i, verb: null, frame: 'colon' })
      continue
    }
    const hit = verbAt(list, i, lex)
    if (!hit) continue
    const before = list[i - 1]
    // Set phrases that say nothing: "Having said that", "That said", "It goes without saying", "needless to say".
    if ((before?.lower === 'having' || before?.lower === 'that' || before?.lower === 'without' || before?.lower === 'needless') && hit.verb.lemma === 'say') continue
    // A noun, not a verb: "his claims", "the said property", "Trump's comments", "les propos".
    if (before?.kind === 'word' && (lex.determiners.has(before.lower) || /['’]s$/.test(before.lower))) continue
    // "a majority of pledged delegates", "by announced candidates": after a preposition an -ed form is an adjective.
    if (lex.language === 'en' && before?.kind === 'word' && lex.prepositions.has(before.lower) && before.lower !== 'as' && item.lower.endsWith('ed')) continue
    // "When asked about Trump, Cruz said …", "Cruz, if pressed, insisted …": a participle after a subordinator is passive; the
    // subject heard the words, and the sentence's own cue reports them.
    if (lex.language === 'en' && before?.kind === 'word' && SUBORDINATORS.has(before.lower) && item.lower.endsWith('ed') && (i === 1 || isComma(list[i - 2]))) {
      found.push({ from: i, to: hit.to, at: i, verb: hit.verb, frame: 'verb', heard: true })
      i = hit.to
      continue
    }
    if (lex.weak.has(item.lower) && !framed(list, i, hit.to, lex)) continue
    // Passive: "was told", "were asked", "a été dit": the subject heard the words.
    let from = i
    let pronoun: number | undefined
    while (from > 0 && list[from - 1]!.kind === 'word' && i - from < 8) {
      const w = list[from - 1]!
      if (w.inverted && from > 1 && lex.auxiliaries.has(list[from - 2]!.lower)) { pronoun = from - 1; from -= 2; continue }
      const aside = lex.asides.find((phrase) => phrase.every((word, k) => list[from - phrase.length + k]?.lower === word))
      if (aside) { from -= aside.length; continue }
      // Adverbs ("forcefully", "initialement") sit inside the verb group too.
      const adverb = (lex.language === 'en' ? /^\p{Ll}{3,}ly$/u : /^\p{Ll}{3,}ment$/u).test(w.text) && !lex.stopwords.has(w.lower)
      if ((!lex.between.has(w.lower) && !adverb) || lex.pronouns.has(w.lower)) break
      from--
    }
    // A progressive is no passive: "Trump is telling a veterans group that …", "He's claiming that …".
    if (list.slice(from, i).some((x) => BE.has(x.lower)) && !(list[hit.to + 1]?.lower === 'by') && !(lex.language === 'en' && item.lower.endsWith('ing'))) continue
    // "to say", "pour se justifier": an infinitive is not an utterance here.
    if (before?.lower === 'to' || (hit.verb.lemma === item.lower && /(?:er|ir|re)$/.test(item.lower) && !lex.complementizers.has('that'))) continue
    found.push({ from, to: hit.to, at: i, verb: hit.verb, frame: 'verb', ...(pronoun === undefined ? {} : { pronoun }) })
    i = hit.to
  }
  // The colon after a verb cue ("a déclaré : « … »") is part of that cue, not a cue of its own.
  return found.filter((c, k) => {
    if (c.frame !== 'colon') return true
    const verb = found[k - 1]
    return !(verb?.frame === 'verb' && c.at - verb.to < 12 && list.slice(verb.to + 1, c.at).every((x) => x.kind === 'word'))
  })
}

/**
 * "Asked whether he would run, Cruz said …", "Interrogé sur la réforme, le ministre a affirmé …": a participle that opens the
 * sentence reports only its own phrase, up to its comma; the sentence's own cue follows. Infinity for any other cue.
 * "Added Smith: …" (a name right after the verb) is an inverted cue instead.
 */
function openingPhraseEnd (list: Item[], cue: Cue): number {
  if (cue.from !== 0 || !list[0]!.capital || !PAST_PARTICIPLE.test(list[0]!.lower) || list[1]?.kind !== 'word' || list[1]!.capital) return Infinity
  for (let k = 2; k < Math.min(list.length, 30); k++) if (isComma(list[k])) return k - 1
  return Infinity
}

/** A verb that only names ("dubbed", "nicknamed", "called" without "for"): its quotation is a name, not an utterance. */
const namingOnly = (list: Item[], cue: Cue, lex: Lexicon) =>
  cue.verb !== null && cue.to === cue.at && lex.quotedObject.has(list[cue.at]!.lower) && !lex.verbs.has(list[cue.at]!.lower)

/** A weak form (a noun as often as a verb) reads as a verb when an auxiliary, a name or a pronoun precedes it, or a clause or quotation follows. */
function framed (list: Item[], at: number, to: number, lex: Lexicon): boolean {
  const before = list[at - 1]
  const after = list[to + 1]
  if (before && (lex.auxiliaries.has(before.lower) || lex.pronouns.has(before.lower))) return true
  // "in states that vote", "four states that": after a preposition or a number the form is a noun.
  if (before?.kind === 'word' && (lex.prepositions.has(before.lower) || /^\p{N}/u.test(before.text))) return false
  // "states that have suffered": "that" opens a relative clause when a verb group follows it, a complement when a subject does.
  if (after && lex.complementizers.has(after.lower) && list[to + 2]?.kind === 'word' && lex.auxiliaries.has(list[to + 2]!.lower)) return false
  if (after && (lex.complementizers.has(after.lower) || isQuote(after) || (isComma(after) && isQuote(list[to + 2])) || (after.text === ':' && isQuote(list[to + 2])))) return true
  if (before && isComma(before) && isQuote(list[at - 2])) return true
  return false
}

// Words that end a noun phrase when walking left from a verb: clause openers and conjunctions.
const NP_BREAK = new Set(['that', 'which', 'because', 'when', 'while', 'if', 'as', 'after', 'before', 'since', 'although', 'though', 'but', 'so', 'then',
  'where', 'whether', 'unless', 'until', 'once', 'and', 'or', 'not', 'also', 'que', "qu'", 'qui', 'mais', 'et', 'ou', 'car', 'donc', 'puis', 'quand',
  'lorsque', 'alors', 'comme', 'si', 'dont', 'où', 'tandis', 'pendant', 'après', 'avant', 'depuis', 'parce', 'puisque'])

/** The noun phrase that ends at `end` (inclusive), walking left; returns its first item, or -1. */
function phraseBefore (list: Item[], end: number, lex: Lexicon, limit = 14): number {
  let i = end
  let taken = 0
  while (i >= 0 && taken < limit) {
    const item = list[i]!
    if (item.kind === 'quote') break
    if (item.kind === 'punct') {
      // Inner punctuation of a name or an aside: "(R-Utah)", "Jr.", "-", "&".
      if (item.text === ')' ) {
        let open = i - 1
        while (open >= 0 && list[open]!.text !== '(' && i - open < 8) open--
        if (open >= 0 && list[open]!.text === '(') { i = open - 1; continue }
        break
      }
      if (item.text === '-' || item.text === '&' || item.text === "'" || item.text === '’' || item.text === '.') { i--; continue }
      break
    }
    if (NP_BREAK.has(item.lower) && !(item.lower === 'and' && list[i - 1]?.capital && list[i + 1]?.capital)) break
    if (lex.verbs.has(item.lower) && !item.capital && i !== end && !lex.weak.has(item.lower) && !lex.determiners.has(list[i - 1]?.lower ?? '')) break
    if (lex.auxiliaries.has(item.lower) && !item.capital) break
    i--
    taken++
  }
  let first = i + 1
  // "In a Bloomberg interview Trump declared": a phrase that opens with a preposition is a circumstance; the name that closes it is the subject.
  if (first < end && lex.prepositions.has(list[first]!.lower)) {
    let name = end
    while (name > first && list[name]!.kind === 'word' && list[name]!.capital) name--
    if (name < end && name > first && list[name]!.kind === 'word' && !list[name]!.capital) first = name + 1
  }
  return first <= end ? first : -1
}

/** The noun phrase that starts at `start`, walking right until a comma, a quotation or the end; returns its last item, or -1. */
function phraseAfter (list: Item[], start: number, lex: Lexicon, limit = 12): number {
  let i = start
  while (i < list.length && i - start < limit) {
    const item = list[i]!
    if (item.kind === 'quote') break
    if (item.kind === 'punct' && !['-', '&', "'", '’', '(', ')'].includes(item.text) && !(item.text === '.' && i + 1 < list.length)) break
    if (i > start && (lex.complementizers.has(item.lower) || (NP_BREAK.has(item.lower) && item.lower !== 'and' && item.lower !== 'et'))) break
    // "un porte-parole de NVIDIA à L’Observatoire …": the outlet spoken to, or a time or place, is not the source.
    if (i > start && lex.prepositions.has(item.lower) && !lex.of.has(item.lower)) break
    if (i > start && lex.verbs.has(item.lower) && !item.capital && !lex.determiners.has(list[i - 1]!.lower)) break
    i++
  }
  return i - 1 >= start ? i - 1 : -1
}

const range = (list: Item[], from: number, to: number): Range => ({ start: list[from]!.start, end: list[to]!.end })

/** Past a verb group: the addressee and adjuncts before a complementizer ("told reporters on Monday that"), within a few words. */
function clauseStart (list: Item[], after: number, lex: Lexicon): number {
  for (let i = after; i < Math.min(list.length, after + 10); i++) {
    const item = list[i]!
    if (item.kind === 'word' && lex.complementizers.has(item.lower)) return i + 1
    if (item.kind === 'quote') return after
    if (item.kind === 'punct' && (item.text === '.' || item.text === ';')) break
    // Another speech verb ends the look ("earnings call", a noun after a determiner, does not).
    if (item.kind === 'word' && i > after && verbAt(list, i, lex, false) && !lex.determiners.has(list[i - 1]!.lower) && !lex.weak.has(item.lower)) break
  }
  return after
}

/** The last item of content running from `start`: to the sentence's end, before a trailing "according to …" or closing punctuation. */
function contentEnd (list: Item[], start: number, stopAt: number): number {
  let end = stopAt
  while (end >= start && ((list[end]!.kind === 'punct' && /^[.!?…;:,]$/.test(list[end]!.text)) || TRAILING.has(list[end]!.lower))) end--
  return end
}

// Conjunctions left at the end of content when the next cue's clause begins ("… et a menacé").
const TRAILING = new Set(['and', 'but', 'or', 'et', 'mais', 'ou', 'while', 'tandis'])

/** Words in the items from `from` to `to`, a quotation counting its words. */
function words (list: Item[], from: number, to: number): number {
  let n = 0
  for (let i = from; i <= to; i++) {
    const item = list[i]!
    if (item.kind === 'word') n++
    // A quotation weighs as a few words, whatever its length.
    else if (item.kind === 'quote') n += 3
  }
  return n
}

/** A complementizer or a quotation follows the verb within a few words, before any comma: the source is before the verb. */
function clauseFollows (list: Item[], after: number, limit: number, lex: Lexicon): boolean {
  for (let i = after; i <= limit && i < after + 8; i++) {
    const item = list[i]!
    if (item.kind === 'word' && lex.complementizers.has(item.lower)) return true
    if (item.kind === 'punct' && item.text !== '.' && item.text !== "'" && item.text !== '-') return item.text === ':' && isQuote(list[i + 1])
    if (item.kind === 'quote') return i === after ? false : true
  }
  return false
}

/**
 * The comma at `at` closes an appositive after a name ("Arié Bensemhoun, président de …, a déclaré"; the appositive may hold
 * commas itself: "from Houston, Texas"), or a name after the role that opens the sentence ("The group's director, Betty Bradley, said").
 */
function closesAppositive (list: Item[], at: number, lex: Lexicon): boolean {
  for (let open = at - 1; open >= 1 && at - open < 20; open--) {
    if (!isComma(list[open])) continue
    const named = list.slice(open + 1, at)
    if (named.length > 0 && named.length <= 5 && named[0]!.capital && named.every((x) => x.kind === 'word' && (x.capital || lex.particles.has(x.lower) || x.text === '.'))) {
      let k = open - 1
      while (k >= 0 && list[k]!.kind === 'word' && !lex.verbs.has(list[k]!.lower) && !lex.auxiliaries.has(list[k]!.lower) && !NP_BREAK.has(list[k]!.lower)) k--
      if (k < open - 1 && (k < 0 || isQuote(list[k]) || (list[k]!.kind === 'punct' && list[k]!.text !== ','))) return true
    }
    const name = list[open - 1]!
    if (name.kind !== 'word' && name.text !== ')') continue
    // The name opens the sentence or follows a quotation or a comma: "NAME, APPOSITIVE, said".
    let k = open - 1
    if (list[k]!.text === ')') { while (k >= 0 && list[k]!.text !== '(') k--; k-- }
    if (k < 0 || list[k]!.kind !== 'word' || !list[k]!.capital) continue
    while (k >= 0 && list[k]!.kind === 'word' && (list[k]!.capital || list[k]!.text.length <= 3)) k--
    if (k < 0 || isQuote(list[k]) || isComma(list[k])) return true
  }
  return false
}

/** The last item of the run of capitalized words (particles between them) that starts at `k`, up to `end`. */
function capitalsEnd (list: Item[], k: number, end: number, lex: Lexicon): number {
  while (k + 1 <= end && (list[k + 1]!.capital || (lex.particles.has(list[k + 1]!.lower) && list[k + 2]?.capital))) k++
  return k
}

/** The noun phrase that opens the sentence (before its first verb or comma), as a participle's subject. */
function sentenceSubject (list: Item[], limit: number, lex: Lexicon): [number, number] | null {
  let start = 0
  // "Speaking at a rally in Salem, New Hampshire, Trump …", "Asked about it, Cruz …": an opening participle's phrase, and the
  // place names or relative clause that close it, come before the subject.
  const opening = list[0]?.kind === 'word' && list[0].capital && (lex.participle.test(list[0].lower) || PAST_PARTICIPLE.test(list[0].lower)) && list[1]?.kind === 'word'
  if (opening) {
    let comma = 1
    while (comma < limit && !isComma(list[comma])) comma++
    start = comma + 1
    for (;;) {
      let next = start
      while (next < limit && list[next]!.kind === 'word' && next - start < 4) next++
      const place = next > start && list.slice(start, next).every((x) => x.capital) && isComma(list[next]) && list[next + 1]?.kind === 'word'
      const relative = lex.relatives.has(list[start]?.lower ?? '')
      if (!place && !relative) break
      while (next < limit && !isComma(list[next])) next++
      if (next >= limit) break
      start = next + 1
    }
  }
  while (start < limit && (list[start]!.kind !== 'word' || lex.prepositions.has(list[start]!.lower))) {
    // "Speaking at a rally, Trump said": skip an opening phrase up to its comma.
    if (list[start]!.kind === 'word') {
      let comma = start
      while (comma < limit && !endsPhrase(list[comma])) comma++
      start = comma + 1
      continue
    }
    start++
  }
  // "Hours later, Trump …", "Appearing on Fox News, Suu Kyi …": a short opening phrase with lower-case words, then a
  // capitalized word after its comma; the subject follows the comma.
  let comma = start
  while (comma < Math.min(limit, start + 7) && list[comma]!.kind === 'word') comma++
  if (comma > start && comma < limit && isComma(list[comma]) && list[comma + 1]?.kind === 'word' && list[comma + 1]!.capital &&
    list.slice(start, comma).some((x) => !x.capital && !lex.particles.has(x.lower))) start = comma + 1
  let end = start
  while (end + 1 < limit && list[end + 1]!.kind === 'word' && !lex.auxiliaries.has(list[end + 1]!.lower) && !verbAt(list, end + 1, lex) && end - start < 8) end++
  // A subject that opens with a name is that name ("Romney went after Trump, calling …"): the first lower-case word after its
  // capitals is its verb; a possessive takes the noun or two it owns ("Clinton’s campaign manager").
  const first = list[start]
  if (first?.kind === 'word' && first.capital && !lex.determiners.has(first.lower) && !lex.pronouns.has(first.lower)) {
    let k = capitalsEnd(list, start, end, lex)
    if (/['’]s?$/u.test(list[k]!.text)) k = Math.min(end, k + 2)
    // "Democratic presidential nominee Hillary Clinton chimed in": capitals that only qualify a role ("Republican nominee")
    // give way to the name the role introduces.
    else {
      for (let i = k + 1; i <= Math.min(end, k + 4) && list[i]!.kind === 'word' && !list[i]!.capital; i++) {
        const role = roleAt(list, i, lex)
        if (role === 0 || !list[i + role]?.capital || i + role > end) continue
        k = capitalsEnd(list, i + role, end, lex)
        break
      }
    }
    end = k
  }
  return start < limit ? [start, end] : null
}

/** The appositive set off by commas right after `subject` ("Le ministre de l'Intérieur, Manuel Valls, …"), when it names someone. */
function appositiveAfter (list: Item[], subject: [number, number] | null, limit: number): [number, number] | null {
  if (!subject || !isComma(list[subject[1] + 1])) return null
  const from = subject[1] + 2
  let to = from
  while (to + 1 < limit && list[to + 1]!.kind === 'word' && to - from < 8) to++
  return isComma(list[to + 1]) && list.slice(from, to + 1).some((x) => x.capital) ? [from, to] : null
}

const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'unless', 'until', 'while', 'though', 'although'])

/** The speech frames of one sentence. */
export function attributions (body: string, sentence: Range, quotes: readonly Quotation[], lex: Lexicon): Attribution[] {
  const list = items(body, sentence, quotes)
  const cues = cuesOf(list, lex)
  const found: Attribution[] = []
  const claimed = new Set<number>()
  const quotesIn = (from: number, to: number) => list.slice(from, to + 1).filter((x) => x.kind === 'quote').map((x) => x.quote!)
  const push = (cue: Cue, source: [number, number] | null, appositive: [number, number] | null, from: number, to: number, frame: Frame) => {
    if (from < 0 || to < from) return
    // A quotation belongs to one frame: a cue nested in another's content does not take its quotations again.
    if (claimedAll(claimed, from, to, list)) return
    for (let k = from; k <= to; k++) if (list[k]!.kind === 'quote') claimed.add(k)
    const inside = quotesIn(from, to)
    const within = (k: number, span: [number, number] | null) => span !== null && k >= span[0] && k <= span[1]
    let direct = inside.length > 0
    for (let k = from; direct && k <= to; k++) {
      const x = list[k]!
      direct = x.kind === 'quote' || (x.kind === 'punct' && /^[,.…]$/.test(x.text)) || (k >= cue.from && k <= cue.to) || within(k, source) || within(k, appositive)
    }
    found.push({
      cue: range(list, cue.from, cue.to), verb: cue.verb,
      source: source ? range(list, source[0], source[1]) : null,
      appositive: appositive ? range(list, appositive[0], appositive[1]) : null,
      content: range(list, from, to), quotes: inside, frame, direct
    })
  }
  // A quotation before a cue is what the cue reports only when it reads as words said: it ends
  // with a comma or a stop (inside or just after its marks), and no preposition, determiner or
  // naming word before it makes it a title ("the broadcast of “Fox News Sunday,”").
  const isTitle = (at: number) => {
    const q = list[at]!.quote!
    const inner = body.slice(q.start, q.end)
    const previous = list[at - 1]
    if (previous?.kind === 'word' && (lex.prepositions.has(previous.lower) || lex.determiners.has(previous.lower) || lex.termCues.has(previous.lower))) return true
    return /^(?:\p{Lu}[\p{L}'’-]*[\s,]*){1,6}$/u.test(inner) && inner.split(/\s+/).length > 1
  }
  const utterance = (at: number) => {
    const item = list[at]
    if (!isQuote(item) || isTitle(at)) return false
    const q = item!.quote!
    const inner = body.slice(q.start, q.end)
    return /[,.!?…—-]$/u.test(inner) || isComma(list[at + 1]) || isDash(list[at + 1]) || at === 0 || isQuote(list[at - 1])
  }

  // For each item, the next ';' at or after it; for each cue, the next cue that frames a quotation.
  const semicolonAfter: number[] = new Array(list.length + 1)
  semicolonAfter[list.length] = list.length
  for (let k = list.length - 1; k >= 0; k--) semicolonAfter[k] = list[k]!.kind === 'punct' && list[k]!.text === ';' ? k : semicolonAfter[k + 1]!
  const nextQuoting: (number | undefined)[] = new Array(cues.length + 1)
  // A naming verb's quotation is a name ("the Ohio native nicknamed “King James”"), not words of its own that end the clause before it.
  for (let k = cues.length - 1; k >= 0; k--) nextQuoting[k] = quoteNear(list, cues[k]!, utterance) && !namingOnly(list, cues[k]!, lex) ? k : nextQuoting[k + 1]
  for (const [c, cue] of cues.entries()) {
    const nextCue = cues[c + 1]
    const limit = Math.min(nextCue ? nextCue.from - 1 : list.length - 1, cue.to + MAX_CONTENT)
    // A reported clause runs to the sentence's end: cues inside it ("said he hoped it would") report within it.
    // It stops before a later cue that frames a quotation of its own ("…, adding: “…”", "“…,” she said"),
    // and after MAX_CONTENT items, so a sentence of endless clauses costs each cue a bounded look.
    const quoting = nextQuoting[c + 1]
    const sentenceEnd = Math.min(semicolonAfter[cue.to]! - 1, quoting === undefined ? list.length - 1 : firstQuoteBefore(list, cues[quoting]!) - 1, cue.to + MAX_CONTENT,
      openingPhraseEnd(list, cue))
    if (cue.frame === 'according') {
      // "according to X, CONTENT" or "CONTENT, according to X".
      const sourceEnd = phraseAfter(list, cue.to + 1, lex)
      if (sourceEnd === -1) continue
      const source: [number, number] = [cue.to + 1, sourceEnd]
      // "Selon le président du conseil du CERN, Michel Spiro, « … »": the name set off after the role.
      const named = appositiveAfter(list, source, list.length)
      if (cue.from > 0) {
        let end = cue.from - 1
        while (end >= 0 && (isComma(list[end]) || isDash(list[end]))) end--
        if (end >= 0) { push(cue, source, named, startOfContent(list, end, found), end, 'according'); continue }
      }
      let start = (named ? named[1] : sourceEnd) + 1
      while (start <= limit && isComma(list[start])) start++
      if (start <= limit) push(cue, source, named, start, contentEnd(list, start, limit), 'according')
      continue
    }
    if (cue.frame === 'dash') {
      const sourceEnd = phraseAfter(list, cue.to + 1, lex, 6)
      let first = cue.from - 1
      while (first > 0 && isQuote(list[first - 1])) first--
      if (sourceEnd !== -1 && !claimed.has(cue.from - 1)) push(cue, [cue.to + 1, sourceEnd], null, first, cue.from - 1, 'quote')
      continue
    }
    if (cue.frame === 'colon') {
      // "Musk: « … »": the name before the colon, the quotation after it.
      let first = phraseBefore(list, cue.from - 1, lex, 6)
      let last = cue.from - 1
      // "Tom Uribe had one answer: “…”": no name before the colon, so the sentence's subject speaks.
      let unnamed = false
      if (first !== -1 && !list.slice(first, cue.from).some((x) => x.capital)) {
        // After another cue of the sentence ("Selon X, … : « … »"), that cue's speaker goes on.
        const subject = found.length > 0 ? null : sentenceSubject(list, first, lex)
        if (subject) [first, last] = subject
        else unnamed = found.length > 0
      }
      if (first === -1) continue
      let end = cue.to + 1
      while (end + 1 <= limit && (isQuote(list[end + 1]) || (list[end + 1]!.kind === 'punct' && list[end + 1]!.text !== ':' && isQuote(list[end + 2])))) end++
      push(cue, unnamed ? null : [first, last], null, cue.to + 1, end, 'quote')
      continue
    }
    const before = cue.from - 1
    const afterCue = cue.to + 1
    if (cue.heard) {
      let end = afterCue
      while (end < sentenceEnd && !isComma(list[end + 1])) end++
      const start = clauseStart(list, afterCue, lex)
      if (end >= start && words(list, start, end) >= 3) push(cue, null, null, start, contentEnd(list, start, end), 'clause')
      continue
    }
    // "Said Dorothy Poynter, who grew up with him, “…”", "Continued Stone: “…”": a verb opening the sentence, then its
    // source and, after a comma or a colon, the quotation.
    if (cue.from === 0 && cue.verb && list[afterCue]?.kind === 'word' && (list[afterCue]!.capital || lex.determiners.has(list[afterCue]!.lower)) && !lex.pronouns.has(list[afterCue]!.lower)) {
      const sourceEnd = phraseAfter(list, afterCue, lex, 6)
      let open = sourceEnd + 1
      while (open <= limit && open - sourceEnd < 16 && !isQuote(list[open])) open++
      if (sourceEnd !== -1 && open <= limit && (isComma(list[open - 1]) || list[open - 1]!.text === ':') && utterance(open)) {
        let end = open
        while (end + 1 <= limit && isQuote(list[end + 1])) end++
        const appositive: [number, number] | null = open - 2 > sourceEnd + 1 ? [sourceEnd + 2, open - 2] : null
        push(cue, [afterCue, sourceEnd], appositive, open, end, 'quote')
        continue
      }
    }
    // "« … », a-t-il précisé": the pronoun inside the verb group is the source; the content comes before.
    if (cue.pronoun !== undefined) {
      let contentTo = before
      while (contentTo >= 0 && (isComma(list[contentTo]) || isDash(list[contentTo]))) contentTo--
      if (contentTo < 0) continue
      let contentFrom = contentTo
      if (isQuote(list[contentTo])) while (contentFrom > 0 && isQuote(list[contentFrom - 1])) contentFrom--
      else contentFrom = startOfContent(list, contentTo, found)
      if (!claimedAll(claimed, contentFrom, contentTo, list)) push(cue, [cue.pronoun, cue.pronoun], null, contentFrom, contentTo, isQuote(list[contentTo]) ? 'quote' : 'clause')
      continue
    }
    // "…, saying that …", "un communiqué affirmant que …": a participle speaks for the sentence's subject.
    // Not at the sentence's start, nor before a preposition ("Speaking at a rally, Trump said"): those set the scene.
    // Only after a comma (or French "en"), as an adjunct of the sentence: "disparaging remarks", "tweets criticizing X",
    // "for accusing him" are not utterances.
    const progressive = list.slice(cue.from, cue.at).some((x) => BE.has(x.lower))
    if (cue.verb && lex.participle.test(list[cue.at]!.lower) && !progressive) {
      const adjunct = isComma(list[cue.from - 1]) || isQuote(list[cue.from - 1]) || (list[cue.at - 1]?.lower === 'en' && lex.language === 'fr') || lex.documents.has(list[cue.from - 1]?.lower ?? '')
      // "footage of Hillary Clinton asking, “…”": a name right before the participle is its subject, when what follows is quoted.
      const namedBefore = !adjunct && cue.from > 0 && list[cue.from - 1]!.kind === 'word' && list[cue.from - 1]!.capital && !lex.pronouns.has(list[cue.from - 1]!.lower) && !lex.stopwords.has(list[cue.from - 1]!.lower)
      // "In declaring his remarks “not Christian,” the pope …", "By saying that …, she …": the gerund's phrase, up to its comma,
      // is what the sentence's subject said.
      if (cue.from === 1 && list[0]!.kind === 'word' && lex.prepositions.has(list[0]!.lower) && lex.language === 'en' && (cue.verb.clause || cue.verb.object)) {
        let comma = afterCue
        while (comma <= sentenceEnd && !endsPhrase(list[comma])) comma++
        const subject = sentenceSubject(list, list.length, lex)
        // The subject ends before its verb, which no lexicon here lists ("the pope again demonstrated"): at an adverb or a past form.
        if (subject) {
          for (let k = subject[0] + 1; k <= subject[1]; k++) {
            const w = list[k]!
            if (!w.capital && (/(?:ed|ly)$/.test(w.lower) || lex.stopwords.has(w.lower)) && !lex.determiners.has(w.lower) && !lex.of.has(w.lower)) { subject[1] = k - 1; break }
          }
        }
        const start = clauseStart(list, afterCue, lex)
        const end = contentEnd(list, start, isComma(list[comma]) ? comma - 1 : comma)
        if (subject && subject[0] > comma && end >= start && list.slice(start, end + 1).some(isQuote)) push(cue, subject, null, start, end, 'clause')
        continue
      }
      if ((!adjunct && !namedBefore) || lex.prepositions.has(list[afterCue]?.lower ?? '') || !(cue.verb.clause || cue.verb.object)) continue
      let start = clauseStart(list, afterCue, lex)
      const end = contentEnd(list, start, sentenceEnd)
      // "telling reporters, “…”", "asking, “…”": the addressee and the comma before a quotation are not what was said.
      let quoted = start
      while (quoted <= end && quoted - start < 4 && list[quoted]!.kind === 'word') quoted++
      const addressee = quoted
      while (quoted <= end && (isComma(list[quoted]) || list[quoted]!.text === ':')) quoted++
      if (quoted > addressee && quoted <= end && isQuote(list[quoted]) && !list.slice(start, quoted).some((x) => x.kind === 'word' && lex.complementizers.has(x.lower))) start = quoted
      if (namedBefore) {
        let first = cue.from - 1
        while (first > 0 && list[first - 1]!.kind === 'word' && (list[first - 1]!.capital || lex.particles.has(list[first - 1]!.lower)) && cue.from - first < 5) first--
        if (list.slice(start, end + 1).some(isQuote)) push(cue, [first, cue.from - 1], null, start, end, isQuote(list[start]) && start === end ? 'quote' : 'clause')
        continue
      }
      // After another cue in the sentence ("…, a-t-il déclaré, ajoutant que"), that cue's speaker goes on: no source of its own.
      const subject = found.length > 0 ? null : sentenceSubject(list, cue.from, lex)
      // Praise, blame and names report words only when they quote them ("…, calling him “a total stiff.”"), not as a bare object.
      if (cue.verb.judgement && !list.slice(start, end + 1).some(isQuote)) continue
      if (end >= start && words(list, start, end) >= 3) push(cue, subject, subject ? appositiveAfter(list, subject, cue.from) : null, start, end, 'clause')
      continue
    }
    // Inverted order: a quotation, or content and a comma, then the verb, then the source ("“…,” said Caddell", "», a déclaré X", ", explique-t-il").
    // "affirme-t-il": a pronoun after the verb is its subject only when written into it; "said he would" opens a clause.
    const pronounAfter = list[afterCue]?.inverted === true
    const clauseSubject = list[afterCue]?.kind === 'word' && lex.pronouns.has(list[afterCue]!.lower) && !pronounAfter
    // Before an inverted verb a quotation needs no comma ("« … » indique Guido Tonelli"), only not to be a title.
    const quotedBefore = isQuote(list[before]) && (utterance(before) || !isTitle(before))
    const leftIsContent = before >= 0 && (quotedBefore || (isComma(list[before]) && before > 0) || isDash(list[before]) || (/^(?:'+|’)$/.test(list[before]!.text) && list[before - 1]?.kind === 'punct' && /^[,.?!]$/.test(list[before - 1]!.text)))
    let inverted = false
    if (leftIsContent && afterCue <= limit && !clauseSubject && !clauseFollows(list, afterCue, limit, lex) && !(isComma(list[before]) && closesAppositive(list, before, lex))) {
      const end = phraseAfter(list, afterCue, lex, 9)
      const opensWithPreposition = lex.prepositions.has(list[afterCue]!.lower) && !['à', 'au', 'aux', 'to'].includes(list[afterCue]!.lower)
      if (end !== -1 && !opensWithPreposition && (pronounAfter || list.slice(afterCue, end + 1).some((x) => x.capital || lex.determiners.has(x.lower) || x.lower === 'one'))) inverted = true
    }
    if (inverted) {
      let sourceFrom = afterCue
      // "a déclaré à l'AFP Jean-Philippe Magnen": the outlet spoken to is not the source; the name after it is.
      if (['à', 'au', 'aux', 'to'].includes(list[sourceFrom]!.lower)) {
        let k = sourceFrom + 1
        while (k <= limit && list[k]!.kind === 'word' && (lex.determiners.has(list[k]!.lower) || /^[ld]['’]$/.test(list[k]!.lower))) k++
        for (let n = k + 1; n <= limit && n < k + 8 && list[n]!.kind === 'word'; n++) {
          // The outlet's name ends where a first name or a determiner begins the speaker ("à L’Observatoire … un porte-parole d’Openai").
          if ((list[n]!.capital && isFirstName(list[n]!.text, lex.language)) || (!list[n]!.capital && lex.determiners.has(list[n]!.lower) && !lex.particles.has(list[n]!.lower))) { sourceFrom = n; break }
          if (!list[n]!.capital && !lex.particles.has(list[n]!.lower) && !/^[ld]['’]$/.test(list[n]!.lower)) break
        }
      }
      // "affirme-t-il encore": the pronoun alone.
      const sourceEnd = pronounAfter ? sourceFrom : phraseAfter(list, sourceFrom, lex)
      let appositive: [number, number] | null = null
      if (sourceEnd !== -1 && isComma(list[sourceEnd + 1])) {
        const appEnd = phraseAfter(list, sourceEnd + 2, lex)
        if (appEnd !== -1) appositive = [sourceEnd + 2, appEnd]
      }
      // The content: the quotations (or the clause) before the cue; an interrupted quotation resumes after the source.
      let contentTo = before
      while (contentTo >= 0 && (isComma(list[contentTo]) || isDash(list[contentTo]))) contentTo--
      let contentFrom = contentTo
      if (isQuote(list[contentTo])) {
        while (contentFrom > 0 && isQuote(list[contentFrom - 1])) contentFrom--
      } else {
        contentFrom = startOfContent(list, contentTo, found)
      }
      let last = contentTo
      const resume = (appositive ?? (sourceEnd === -1 ? null : [sourceFrom, sourceEnd]))?.[1] ?? cue.to
      if (isComma(list[resume + 1]) && isQuote(list[resume + 2]) && resume + 2 <= limit) last = resume + 2
      if (sourceEnd !== -1 && !claimedAll(claimed, contentFrom, contentTo, list)) push(cue, [sourceFrom, sourceEnd], appositive, contentFrom, last, isQuote(list[contentTo]) ? 'quote' : 'clause')
      continue
    }
    // Normal order: the source before the verb group.
    let sourceEnd = before
    let appositive: [number, number] | null = null
    if (isComma(list[sourceEnd])) {
      // "Mr. Smith, the senator from Ohio, said": an appositive between the source and the verb.
      let open = sourceEnd - 1
      while (open >= 0 && !isComma(list[open]) && !(isQuote(list[open]) && isComma(list[open + 1]) === false && open === sourceEnd - 1) && sourceEnd - open < 16) open--
      if (open > 0 && isComma(list[open]) && (list[open - 1]!.kind === 'word' || list[open - 1]!.text === ')')) {
        appositive = [open + 1, sourceEnd - 1]
        sourceEnd = open - 1
        // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of …, said": a second appositive; the name is further back.
        const segmentStart = phraseBefore(list, sourceEnd, lex)
        // The segment is a description when it opens in lower case ("president of the United Federation of Teachers, which …").
        const described = segmentStart > 1 && list[segmentStart]!.kind === 'word' && !list[segmentStart]!.capital
        if (segmentStart > 1 && isComma(list[segmentStart - 1]) && (described || !list.slice(segmentStart, sourceEnd + 1).some((x) => x.capital && x.start > list[segmentStart]!.start))) {
          const nameEnd = segmentStart - 2
          if (list[nameEnd]?.kind === 'word' && list[nameEnd]!.capital) { appositive = [segmentStart, appositive[1]]; sourceEnd = nameEnd }
        }
      } else sourceEnd = -1
    }
    let sourceFrom = sourceEnd >= 0 ? phraseBefore(list, sourceEnd, lex) : -1
    // "La Poste … a réagi et a nié …": a verb coordinated with another shares the sentence's subject.
    if (sourceFrom === -1 && sourceEnd >= 0 && TRAILING.has(list[sourceEnd]!.lower) && !appositive) {
      const subject = sentenceSubject(list, sourceEnd, lex)
      if (subject) { sourceFrom = subject[0]; sourceEnd = subject[1]; appositive = appositiveAfter(list, subject, sourceEnd + 20) }
    }
    // "In a Facebook message posted Friday": a phrase opening with a preposition is no speaker; the verb only modifies it.
    if (sourceFrom !== -1 && lex.prepositions.has(list[sourceFrom]!.lower) && !lex.determiners.has(list[sourceFrom]!.lower)) continue
    const source: [number, number] | null = sourceFrom === -1 ? null : [sourceFrom, sourceEnd]
    // "“…,” Trump said": a quotation (and a comma) just before the source.
    let q = (source ? source[0] : cue.from) - 1
    while (q >= 0 && (isComma(list[q]) || isDash(list[q]))) q--
    if (source && utterance(q) && !claimed.has(q)) {
      let first = q
      while (first > 0 && isQuote(list[first - 1]) && !claimed.has(first - 1)) first--
      let last = q
      // "“A,” he said, “B.”": the quotation resumes after the cue.
      if (isComma(list[afterCue]) && isQuote(list[afterCue + 1]) && afterCue + 1 <= limit) last = afterCue + 1
      push(cue, source, appositive, first, last, 'quote')
      continue
    }
    // "''People make all these claims,'' Mrs. Clinton said": doubled apostrophes, as some archives print quotation marks
    // (not quotation marks to this stage, nor to the scorer's rule G3), still bound what the source said.
    if (source && list[q]?.text === "''" && /^[,.?!]$/.test(list[q - 1]?.text ?? '')) {
      let open = q - 2
      while (open >= 0 && list[open]!.text !== "''") open--
      // A title in title case ("''Make Your Kid a Millionaire,''") is no utterance.
      const inner = open >= 0 ? list.slice(open + 1, q).filter((x) => x.kind === 'word') : []
      const title = inner.length <= 8 && inner.every((x) => x.capital || lex.stopwords.has(x.lower))
      if (open >= 0 && q - open > 2 && !title) {
        let last = q
        // "''A,'' he said, ''B.''": the passage resumes after the cue.
        if (isComma(list[afterCue]) && list[afterCue + 1]?.text === "''") {
          let close = afterCue + 2
          while (close <= limit && list[close]!.text !== "''") close++
          if (close <= limit) last = close
        }
        push(cue, source, appositive, open, last, 'clause')
        continue
      }
    }
    // "X said: « … »", "X said, “…”", "X told reporters: “…”": the quotation right after the verb group, or after a colon or a comma.
    let after = afterCue
    while (after <= limit && after - afterCue < 6 && list[after]!.kind === 'word' && !lex.complementizers.has(list[after]!.lower) && !verbAt(list, after, lex)) after++
    const colon = after <= limit && (list[after]!.text === ':' || isComma(list[after])) && isQuote(list[after + 1])
    if (colon) after++
    const namingVerb = namingOnly(list, cue, lex)
    if (after <= limit && isQuote(list[after]) && (after === afterCue || colon) && !namingVerb) {
      let last = after
      while (last + 1 <= limit && (isQuote(list[last + 1]) || (isComma(list[last + 1]) && isQuote(list[last + 2])))) last++
      // The quotation ends the sentence, or only punctuation follows: a direct quote. Otherwise it opens a clause that goes on.
      if (last + 1 > limit || (list[last + 1]!.kind === 'punct' && (last + 2 > limit || list[last + 2]!.kind === 'punct'))) {
        push(cue, source, appositive, after, last, 'quote')
        continue
      }
    }
    if (!source && !cue.verb) continue
    // Reported clause or object after the verb.
    const verb = cue.verb!
    const start = clauseStart(list, afterCue, lex)
    const hasComplementizer = start > afterCue && lex.complementizers.has(list[start - 1]!.lower)
    const end = contentEnd(list, start, sentenceEnd)
    const rest = end >= start ? words(list, start, end) : 0
    // Verbs with other senses report a bare clause only when it quotes someone; naming verbs only a quoted name.
    const quoted = end >= start && list.slice(start, end + 1).some(isQuote)
    const naming = namingOnly(list, cue, lex)
    const clauseOk = verb.clause && (hasComplementizer || !verb.needsThat || quoted) && (!verb.quotedOnly || quoted)
    // "a poursuivi en disant que …": the participle's own frame reports it, with this verb's subject.
    const participleNext = [list[start], list[start + 1]].some((x, n) => x?.kind === 'word' && lex.participle.test(x.lower) && verbAt(list, start + n, lex, false) && (n === 0 || list[start]!.lower === 'en'))
    if (participleNext) continue
    // "tweeted on Monday, saying …": a bare clause that is only an adjunct before a participle is none.
    if (!hasComplementizer && lex.prepositions.has(list[start]?.lower ?? '') && nextParticiple(list, start, end, lex)) continue

    if (rest >= 3 && (naming ? quoted : clauseOk || verb.object || (hasComplementizer && verb.judgement))) {
      push(cue, source, appositive, start, end, hasComplementizer || verb.clause ? 'clause' : 'object')
      continue
    }
    // "CONTENT, X said." — the verb (and adjuncts) ends the sentence; the content is what came before the source.
    if (source && rest <= 4 && source[0] > 0 && (verb.clause || verb.object) && !verb.needsThat) {
      let contentTo = source[0] - 1
      while (contentTo >= 0 && (isComma(list[contentTo]) || isDash(list[contentTo]))) contentTo--
      if (contentTo >= 0 && contentTo < source[0] - 1 && (!verb.quotedOnly || isQuote(list[contentTo]))) {
        const from = startOfContent(list, contentTo, found)
        // "A, Mr. Bush said, B.": the content resumes after the cue.
        const resumes = isComma(list[afterCue]) && rest >= 3
        if (!claimedAll(claimed, from, contentTo, list)) push(cue, source, appositive, from, resumes ? end : contentTo, isQuote(list[contentTo]) ? 'quote' : 'clause')
      }
    }
  }
  return found
}

/** A participle cue after a comma between `from` and `to`. */
function nextParticiple (list: Item[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from + 1; i <= to && i < from + 12; i++) {
    if (isComma(list[i - 1]) && list[i]!.kind === 'word' && lex.participle.test(list[i]!.lower) && verbAt(list, i, lex, false)) return true
  }
  return false
}

/** A quotation sits beside the cue: right after it (past a comma or colon) or within three items before it. */
function quoteNear (list: Item[], cue: Cue, utterance: (at: number) => boolean): boolean {
  const after = list[cue.to + 1]
  if (isQuote(after) || ((isComma(after) || after?.text === ':') && isQuote(list[cue.to + 2]))) return true
  for (let k = cue.from - 1; k >= 0 && k >= cue.from - 4; k--) if (isQuote(list[k])) return utterance(k)
  return false
}

/** Where a quoting cue's own content starts: the quotation before it, else the cue. */
function firstQuoteBefore (list: Item[], cue: Cue): number {
  for (let k = cue.from - 1; k >= 0 && k >= cue.from - 4; k--) if (isQuote(list[k])) return k
  return cue.from
}

/** Where content that ends at `end` begins: after the previous attribution in the sentence, else at its start, skipping a leading conjunction. */
function startOfContent (list: Item[], end: number, found: Attribution[]): number {
  const previous = found.at(-1)
  let from = Math.max(0, end - MAX_CONTENT)
  if (previous) {
    while (from <= end && list[from]!.start < previous.content.end) from++
  }
  while (from < end && (isComma(list[from]) || CLAUSE_STOP.has(list[from]!.text))) from++
  return from
}

const claimedAll = (claimed: Set<number>, from: number, to: number, list: Item[]) => {
  const quotes = list.slice(from, to + 1).map((x, i) => (x.kind === 'quote' ? from + i : -1)).filter((i) => i >= 0)
  return quotes.length > 0 && quotes.every((i) => claimed.has(i))
}
