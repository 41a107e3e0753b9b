// The extractor: who said what, about whom, and the market figures, from an article's text in French or English — the stages run in order over the body, each a pure module. No HTTP, no database.
import { attributions, type Attribution } from './cues.js'
import { Registry } from './entities.js'
import { lexicon as en, market as enMarket } from './lexicon/en.js'
import { lexicon as fr, market as frMarket } from './lexicon/fr.js'
import type { Lexicon } from './lexicon/lexicon.js'
import { marketEvents, type MarketLexicon } from './market.js'
import { midSentenceCapitals, namesIn, vocabulary, type NameContext } from './names.js'
import { quotations, type Quotation } from './quotations.js'
import { allSentences, paragraphs, tokens } from './segment.js'
import { Discourse, type Speaker } from './speakers.js'
import { countWords, within } from './text.js'
import type { Extraction, ExtractedStatement, Knowledge, Language, Range } from './types.js'

export type { Extraction, ExtractedEntity, ExtractedFigure, ExtractedMarketEvent, ExtractedMention, ExtractedStatement, Knowledge, KnownAffiliation, KnownEntity, Language } from './types.js'

const LEXICONS: Record<Language, Lexicon> = { en, fr }
const MARKET_LEXICONS: Record<Language, MarketLexicon> = { en: enMarket, fr: frMarket }

// How much a frame's shape adds to, or takes from, the confidence its speaker carries.
const FRAME_WEIGHT = { quote: 1, clause: 0.85, object: 0.75, according: 0.8, colon: 0.9 } as const

/**
 * Extracts statements, new entities, mentions and market figures from `body` in `language`,
 * linking to what `knowledge` knows. Every item carries its span in `body` and a confidence.
 */
export function extract (body: string, language: Language, knowledge: Knowledge): Extraction {
  const lex = LEXICONS[language]
  const paragraphList = paragraphs(body)
  const quotes = quotations(body, paragraphList)
  const sentenceList = allSentences(body, paragraphList, quotes.map((q) => q.outer), (words) => !lex.determiners.has(words[0]!) && words.some((w) => lex.verbs.has(w)))
  const names: NameContext = { lex, language, common: vocabulary(body), named: midSentenceCapitals(body) }
  const registry = new Registry(knowledge, lex, language)
  linkKnown(body, registry, knowledge)
  const discourse = new Discourse(body, lex, registry, names, knowledge.affiliations)
  const statements: ExtractedStatement[] = []
  let paragraph = 0
  // A passage in doubled apostrophes still open at the end of the last sentence, and the statement it extends.
  let passage: ExtractedStatement | null = null

  for (const [index, sentence] of sentenceList.entries()) {
    while (paragraph < paragraphList.length - 1 && paragraphList[paragraph]!.end <= sentence.start) paragraph++
    const before = statements.length
    const inSentence = within(quotes, sentence, (q) => q.outer)
    // The sentence's names, outside its quotations, as antecedents and introductions.
    const resolved = []
    for (const part of outside(sentence, inSentence)) {
      for (const name of namesIn(body, part, names, sentence.start)) {
        const id = registry.resolveName(name, { create: name.type !== 'unknown' })
        if (!id) continue
        registry.mention(id, name, name.text)
        resolved.push({ name, id })
      }
    }
    discourse.observe(index, resolved)
    // "Le ministre de la Santé, Paul Durand, …", "Tim Kaine, the Democratic nominee, …": the role an appositive gives a person.
    for (const { name, id } of resolved) {
      if (registry.typeOf(id) !== 'person') continue
      const before = ROLE_BEFORE.exec(body.slice(Math.max(sentence.start, name.start - 100), name.start))?.[1]
      const after = ROLE_AFTER.exec(body.slice(name.end, Math.min(sentence.end, name.end + 100)))?.[1]
      // "le graphiste portugais Miguel Neiva", "chief executive Satya Nadella": a role written right before the name.
      const direct = ROLE_DIRECT.exec(body.slice(Math.max(sentence.start, name.start - 60), name.start))?.[1]
      for (const role of [before, after, direct]) if (role) discourse.holds(id, role)
    }

    const text = body.slice(sentence.start, sentence.end)
    const medium = lex.mediumCues.find(([re]) => re.test(text))?.[1] ?? null
    const claimed = new Set<Quotation>()
    const voices: Speaker[] = []
    for (const a of attributions(body, sentence, inSentence, lex)) {
      const speaker = a.source ? discourse.resolve(a.source, a.appositive, index, paragraph) : subjectOf(discourse, paragraph)
      for (const q of a.quotes) claimed.add(q)
      statements.push(...statementsOf(body, a, speaker, medium, lex))
      discourse.spoke(speaker, a.content.start, index, paragraph)
      if (speaker.id) voices.push(speaker)
    }
    // A refusal to comment: "X declined to comment", "X n'a pas souhaité réagir".
    const refusal = lex.noComment.exec(text)
    if (refusal && !statements.some((s) => s.start <= sentence.start + refusal.index && s.end > sentence.start + refusal.index)) {
      const subject = subjectBefore(body, sentence.start, sentence.start + refusal.index, lex)
      if (subject) {
        const speaker = discourse.resolve(subject, null, index, paragraph)
        const clause = refusal[0].replace(/[\s,.]+$/u, '')
        const start = sentence.start + refusal.index
        statements.push({ speaker: speaker.id, label: speaker.label, kind: 'no_comment', text: clause, start, end: start + clause.length, medium, about: [], confidence: round(speaker.confidence * 0.9) })
      }
    }
    // Quotations no cue attributes: a continuation of the paragraph's speaker, or words nobody is named for.
    const context: Unattributed = { body, lex, discourse, statements, sentence, index, paragraph: paragraphList[paragraph]!, paragraphIndex: paragraph, medium, voices }
    for (const q of inSentence) {
      if (claimed.has(q)) continue
      const statement = unattributed(q, context)
      if (statement) statements.push(statement)
    }
    passage = statements.length === before && lex.continuations === 'merge'
      ? continuePassage(body, statements.at(-1), passage, sentence, sentenceList[index - 1], paragraphList[paragraph]!)
      : null
  }

  const figures = marketEvents({
    body,
    language,
    lexicon: MARKET_LEXICONS[language],
    sentences: sentenceList,
    organizations: registry.organizationMentions(),
    // An index or market the stage names itself ("le CAC 40", "Wall Street"): linked when known, else created as an organization.
    entityFor: (name, at) => {
      const id = registry.lookup(name) ?? registry.create(name, 'organization', null)
      registry.mention(id, at, body.slice(at.start, at.end))
      return id
    }
  })
  for (const s of statements) if (s.speaker) registry.use(s.speaker)
  for (const e of figures) registry.use(e.entity)
  const { newEntities, mentions } = registry.result()
  const known = mentions.filter((m) => m.entityId !== undefined)
  for (const s of statements) {
    s.about = subjects(s, known)
    if (s.speaker && namesNoOne(s.label, lex)) s.label = registry.nameOf(s.speaker) ?? s.label
  }
  return { statements: dedupe(statements), newEntities, mentions, marketEvents: figures }
}

// An appositive role just before or after a name, between commas or at the sentence's start.
const ROLE_BEFORE = /(?:^|[,;(]\s*)((?:le|la|l['’]|les|the|a|an|un|une)\s+[^,;()«»“”"]{2,80}?),\s*$/iu
const ROLE_AFTER = /^,\s*((?:le|la|l['’]|les|the|a|an|un|une)\s+[^,;.()«»“”"]{2,80})/iu
const ROLE_DIRECT = /(?:^|\s)((?:[\p{Ll}-]+\s+){1,3})$/u

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100

/** The parts of a sentence outside its quotations. */
function outside (sentence: Range, quotes: readonly Quotation[]): Range[] {
  const parts: Range[] = []
  let at = sentence.start
  for (const q of quotes) {
    if (q.outer.start > at) parts.push({ start: at, end: q.outer.start })
    at = Math.max(at, q.outer.end)
  }
  if (at < sentence.end) parts.push({ start: at, end: sentence.end })
  return parts
}

/**
 * "''A,'' he said. ''B. C.''": where archives print quotation marks as doubled apostrophes, a passage that goes on in the next
 * sentences of the paragraph belongs to the statement that ended on its first part, as a quotation does in English. Extends
 * `last` over `sentence` and returns it while the passage is still open; null once it closes, or when the sentence is no part of it.
 */
function continuePassage (body: string, last: ExtractedStatement | undefined, open: ExtractedStatement | null, sentence: Range, previous: Range | undefined, paragraph: Range): ExtractedStatement | null {
  const text = body.slice(sentence.start, sentence.end)
  const extend = (statement: ExtractedStatement, end: number) => {
    statement.end = end
    statement.text = body.slice(statement.start, end)
  }
  const closing = (from: number) => text.indexOf("''", from)
  if (open && open === last && open.start >= paragraph.start) {
    const close = closing(0)
    extend(open, close === -1 ? sentence.end : sentence.start + close + 2)
    return close === -1 ? open : null
  }
  if (!last || !previous || last.end <= previous.start || last.start < paragraph.start || !last.text.endsWith("''") || !text.startsWith("''")) return null
  const close = closing(2)
  extend(last, close === -1 ? sentence.end : sentence.start + close + 2)
  return close === -1 ? last : null
}

/** A frame with no source of its own ("…, adding that …"): the paragraph's speaker. */
function subjectOf (discourse: Discourse, paragraph: number): Speaker {
  const last = discourse.lastSpeaker()
  if (last && last.paragraph >= paragraph - 1) return { id: last.id, label: '', confidence: 0.5 }
  return { id: null, label: '', confidence: 0.2 }
}

/** The words before `end` in the sentence that start it, up to a comma-free subject. */
function subjectBefore (body: string, start: number, end: number, lex: Lexicon): Range | null {
  const words = tokens(body, { start, end })
  let from = words.length - 1
  while (from >= 0 && words[from]!.word && (lex.between.has(words[from]!.lower))) from--
  const last = from
  while (from >= 0 && words[from]!.text !== ',' && words[from]!.text !== ';' && last - from < 10) from--
  if (last < 0 || from + 1 > last) return null
  return { start: words[from + 1]!.start, end: words[last]!.end }
}

/**
 * True when a label is no name: empty, or a pronoun ("il", "he", "ce dernier", "who"). Lists show
 * a statement's label as how the text names its speaker, so a resolved speaker is then labelled
 * with its own name.
 */
export function namesNoOne (label: string, lex: Lexicon): boolean {
  const words = label.toLowerCase().match(/[\p{L}'’-]+/gu)?.join(' ') ?? ''
  return words === '' || lex.pronouns.has(words) || lex.relatives.has(words)
}

/** The statements a frame gives: one for a quotation (an interrupted one included), the reported clause, or one per quoted passage of it. */
function statementsOf (body: string, a: Attribution, speaker: Speaker, medium: ExtractedStatement['medium'], lex: Lexicon): ExtractedStatement[] {
  // With no words for the speaker, the cue's own ("Still, he suggested") are kept only while nobody is resolved: they are a clause, not a name.
  const base = { speaker: speaker.id, label: speaker.label || (speaker.id ? '' : body.slice(a.source?.start ?? a.cue.start, a.source?.end ?? a.cue.end)), medium, about: [] as string[] }
  const weight = FRAME_WEIGHT[a.frame]
  if (a.direct && a.quotes.length > 0) {
    const first = a.quotes[0]!
    const last = a.quotes.at(-1)!
    return [{ ...base, kind: 'quote', text: body.slice(first.start, last.end), start: first.start, end: last.end, confidence: round(speaker.confidence * weight) }]
  }
  const span = trim(body, a.content)
  if (!span || countWords(body.slice(span.start, span.end)) < 2) return []
  // Quoted terms ("quatre «salles de guerre»", "un processus appelé «distillation»") do not make a clause a quotation.
  const quotes = a.quotes.filter((q) => !namedTerm(body, q, lex))
  if (quotes.length === 0) {
    if (adjunctOnly(body, span, lex)) return []
    return [{ ...base, kind: 'paraphrase', text: body.slice(span.start, span.end), start: span.start, end: span.end, confidence: round(speaker.confidence * weight * 0.9) }]
  }
  // A clause that is one quotation ("a déclaré que « … »") is that quotation.
  const only = quotes.length === 1 ? quotes[0]! : undefined
  if (only && only.outer.start <= span.start + 1 && only.outer.end >= span.end - 1) {
    return [{ ...base, kind: 'quote', text: body.slice(only.start, only.end), start: only.start, end: only.end, confidence: round(speaker.confidence * weight) }]
  }
  // The whole clause, its quoted words inside it ("had “astonishingly excellent” results and “will be …”"), where the language counts it so.
  if (lex.passages === 'clause') {
    return [{ ...base, kind: 'partial_quote', text: body.slice(span.start, span.end), start: span.start, end: span.end, confidence: round(speaker.confidence * weight * 0.95) }]
  }
  // One statement per quoted passage, each with the part of the clause around it.
  const found: ExtractedStatement[] = []
  for (const [i, q] of quotes.entries()) {
    const from = i === 0 ? span.start : quotes[i - 1]!.outer.end
    const to = i === quotes.length - 1 ? span.end : q.outer.end
    const part = trim(body, { start: from, end: to })
    if (part) found.push({ ...base, kind: 'partial_quote', text: body.slice(part.start, part.end), start: part.start, end: part.end, confidence: round(speaker.confidence * weight * 0.95) })
  }
  return found
}

/** Words after a verb that are only its circumstances ("said in a phone interview", "said of the plan", "said Friday as he entered"): no claim. */
function adjunctOnly (body: string, span: Range, lex: Lexicon): boolean {
  const words = body.slice(span.start, span.end).replace(/’/g, "'").toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []
  const [first, second] = words
  if (!first) return false
  // "responded by blocking his access": an action, not words; "responded by explaining that …" reports what was said.
  if ((first === 'by' || first === 'en') && second !== undefined && /(?:ing|ant)$/.test(second) && !lex.verbs.has(second)) return true
  // Longer, a phrase that opens with a preposition is still only circumstances while no comma, verb group or subject
  // pronoun shows a clause in it ("said at a news conference in New York in December").
  if (words.length > ADJUNCT_WORDS && (/,\s/.test(body.slice(span.start, span.end)) ||
    words.some((w) => lex.auxiliaries.has(w) || w.endsWith("n't") || SUBJECTS[lex.language].has(w)))) return false
  // "insisté sur le fait que …", "reconnu que des données …": after a complementizer the words are the claim itself.
  const before = body.slice(Math.max(0, span.start - 12), span.start).replace(/’/g, "'").toLowerCase().match(/[\p{L}']+/gu)?.at(-1) ?? ''
  // An elided one ("qu'") opens the word it is written onto ("qu'il").
  const opensClause = (w: string) => lex.complementizers.has(w) || [...lex.complementizers].some((c) => c.endsWith("'") && w.startsWith(c))
  if ([before, ...words].some(opensClause)) return false
  // "pledged to remain civil", "a promis de réformer": an infinitive is what was said; "responded to my messages" is not.
  if (INFINITIVE_MARKS.has(first) && second !== undefined && !lex.stopwords.has(second)) return false
  return lex.prepositions.has(first) || WEEKDAYS.test(first)
}
// Longer than this, words after a leading preposition hold a clause of their own ("said that in 1998, Clinton …").
const ADJUNCT_WORDS = 8
// Subject pronouns that open a clause inside a longer phrase ("said on Monday they would …").
const SUBJECTS: Record<Language, ReadonlySet<string>> = { en: new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']), fr: new Set(['il', 'elle', 'ils', 'elles', 'nous', 'on', 'je']) }
const INFINITIVE_MARKS = new Set(['to', 'de', "d'", 'à'])
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)$/

/** A range without its edge spaces and punctuation (closing quotation marks kept). */
function trim (body: string, range: Range): Range | null {
  let { start, end } = range
  while (start < end && /[\s,;:—–-]/u.test(body[start]!)) start++
  while (end > start && /[\s,;:—–-]/u.test(body[end - 1]!)) end--
  return end > start ? { start, end } : null
}

interface Unattributed {
  body: string
  lex: Lexicon
  discourse: Discourse
  statements: ExtractedStatement[]
  sentence: Range
  index: number
  paragraph: Range
  paragraphIndex: number
  medium: ExtractedStatement['medium']
  /** The speakers the sentence's cues named. */
  voices: Speaker[]
  /** The sentence's subject as a speaker, once resolved (null: none). */
  subject?: (Speaker & { end: number }) | null
}

/** A quotation no cue frames: a transcript line, a continuation, words of the sentence's speaker or subject, else words nobody is named for. */
function unattributed (q: Quotation, c: Unattributed): ExtractedStatement | undefined {
  const { body, lex, discourse, statements, sentence, paragraph, paragraphIndex, medium } = c
  const inner = body.slice(q.start, q.end)
  const words = countWords(inner)
  // Only the edges matter here: whether the quotation opens the sentence, and whether anything but a stop follows it.
  const before = body.slice(Math.max(sentence.start, q.outer.start - 200), q.outer.start).trim()
  const after = body.slice(q.outer.end, Math.min(sentence.end, q.outer.end + 20)).trim()
  const standalone = before === '' && q.outer.start - sentence.start <= 200 && /^[.!?…]*$/.test(after) && q.outer.end + 20 >= sentence.end
  if (isTerm(body, q, inner, termWords(inner), lex) && !standalone) return undefined
  // A quotation that opens its sentence, or follows a colon, is said whole.
  const kind = standalone || before === '' || before.endsWith(':') ? 'quote' : 'partial_quote'
  const made = (speaker: Speaker, confidence: number): ExtractedStatement =>
    ({ speaker: speaker.id, label: speaker.label, kind, text: inner, start: q.start, end: q.end, medium, about: [], confidence: round(confidence) })
  // A transcript line: "PENCE: Well, look, …".
  const line = /^(\p{Lu}[\p{Lu}'’. -]{1,30}):\s+/u.exec(inner)
  if (line) {
    const speaker = discourse.speakerNamed(line[1]!.trim(), c.index, paragraphIndex)
    const start = q.start + line[0].length
    if (q.end > start) return { speaker: speaker.id, label: line[1]!.trim(), kind: 'quote', text: body.slice(start, q.end), start, end: q.end, medium, about: [], confidence: round(speaker.confidence) }
  }
  const last = discourse.lastSpeaker()
  const previous = statements.at(-1)
  // A quotation that is a whole sentence goes on with the last speaker of the paragraph (or of the one before, when it opens this one).
  if (standalone && last && previous && previous.speaker === last.id && (last.paragraph === paragraphIndex || (last.paragraph === paragraphIndex - 1 && sentence.start === paragraph.start))) {
    // In the same paragraph, right after the speaker's quotation ("“A,” he said. “B.”"): one statement.
    if (lex.continuations === 'merge' && last.paragraph === paragraphIndex && previous.kind === 'quote' && runsOn(body, previous, q)) {
      previous.text = body.slice(previous.start, q.end)
      previous.end = q.end
      return undefined
    }
    return { ...made({ id: last.id, label: previous.label, confidence: 0.6 }, 0.6), medium: previous.medium }
  }
  // The speaker a cue of the same sentence names ("« A », la question est de savoir « B » affirme-t-il").
  const voice = c.voices.at(-1)
  if (voice) return made(voice, voice.confidence * 0.8)
  // A quotation a sentence ending in a colon introduces ("Caddell continued:", "Sanders made the following comment:").
  if (standalone && body.slice(Math.max(0, sentence.start - 20), sentence.start).trimEnd().endsWith(':')) {
    const introducer = discourse.introducer(c.index, false)
    if (introducer) return made({ id: introducer, label: '', confidence: 0.5 }, 0.5)
  }
  // The sentence's subject, when the quotation sits in its predicate ("Le ministère s'est dit déterminé à « … »").
  if (!standalone && before.length > 0) {
    // Worked out once per sentence, however many quotations it holds.
    if (c.subject === undefined) {
      const range = sentenceSubject(body, sentence, q.outer.start, lex)
      c.subject = range ? { ...discourse.resolve(range, null, c.index, paragraphIndex, { create: false }), end: range.end } : null
    }
    const speaker = c.subject
    if (speaker?.id && speaker.end <= q.outer.start) return made(speaker, speaker.confidence * 0.5)
  }
  // The paragraph's speaker goes on, unless someone else has been named since.
  if (last && last.paragraph >= paragraphIndex - 1 && !discourse.namedSince(last.at, last.id, q.outer.start)) {
    return made({ id: last.id, label: previous?.label ?? '', confidence: 0.4 }, 0.4)
  }
  if (words < 4) return undefined
  // A quotation after a sentence about a person, in the same paragraph: most often that person's words ("Cummings called him a master. “He showed again and again …”").
  const subject = standalone && sentence.start > paragraph.start ? discourse.introducer(c.index, true) : null
  if (subject) return made({ id: subject, label: '', confidence: 0.3 }, 0.3)
  return made({ id: null, label: '', confidence: 0.2 }, 0.2)
}

/** The noun phrase that opens a sentence, before its first verb or comma, if it ends before `limit`. */
function sentenceSubject (body: string, sentence: Range, limit: number, lex: Lexicon): Range | null {
  const words = tokens(body, { start: sentence.start, end: Math.min(limit, sentence.start + 200) })
  let end = -1
  for (let i = 0; i < words.length && i < 10; i++) {
    const w = words[i]!
    if (!w.word || lex.auxiliaries.has(w.lower) || lex.verbs.has(w.lower) || lex.complementizers.has(w.lower) || lex.relatives.has(w.lower)) break
    if (i === 0 && lex.prepositions.has(w.lower)) return null
    end = i
  }
  if (end === -1) return null
  return { start: words[0]!.start, end: words[end]!.end }
}

/** Only the attribution stands between the previous quotation and this one ("“A,” he said. “B.”"). */
function runsOn (body: string, previous: ExtractedStatement, q: Quotation): boolean {
  const gap = body.slice(previous.end, q.outer.start)
  return previous.end <= q.start && gap.length < 200 && !/[«“"]/.test(gap.slice(1))
}

/** A quotation named as a term by the word before it: "so-called", "appelé", "dubbed", or a number ("quatre «salles de guerre»"). */
function namedTerm (body: string, q: Quotation, lex: Lexicon): boolean {
  const previous = /([\p{L}\p{N}'’-]+)[\s\u00a0]*$/u.exec(body.slice(Math.max(0, q.outer.start - 40), q.outer.start))?.[1]?.toLowerCase()
  return previous !== undefined && (lex.termCues.has(previous) || NUMBERS.test(previous))
}

const NUMBERS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/

/** Words of a quoted passage, elided articles ("l’", "d’") not counted. */
const termWords = (inner: string) => (inner.match(/[\p{L}\p{N}]{2,}/gu) ?? []).length

/** Quoted words that are a title, a name or a term, not something said: short, after "called"/a determiner, or in title case. */
function isTerm (body: string, q: Quotation, inner: string, words: number, lex: Lexicon): boolean {
  const before = body.slice(Math.max(0, q.outer.start - 40), q.outer.start)
  const previous = /([\p{L}'’-]+)[\s\u00a0]*$/u.exec(before)?.[1]?.toLowerCase()
  if (previous && lex.termCues.has(previous)) return true
  // "l’un des « parrains de l’IA »", "one of the “godfathers”": a designation, not words said.
  if (words <= 4 && /(?:\b(?:l['’])?une? des|\bone of the|\bamong the)\s*$/iu.test(before)) return true
  const titleCase = words >= 2 && inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).every((w) => /^\p{Lu}/u.test(w) || lex.stopwords.has(w.toLowerCase()))
  if (titleCase && words <= 8) return true
  return words <= 2
}

/** Entities a statement is about: those its words name (other than its speaker), at most five. */
function subjects (s: ExtractedStatement, mentions: { entityId: string, start: number, end: number }[]): string[] {
  const ids: string[] = []
  for (const m of within(mentions, s, (x) => x)) {
    if (m.entityId !== s.speaker && !ids.includes(m.entityId)) ids.push(m.entityId)
    if (ids.length === 5) break
  }
  return ids
}

/**
 * One statement for the same words: two frames can find them (a refusal and its verb, a
 * participle and the verb before it). Of two claims that share most of their span, the one
 * with a speaker, then the surer one, stays; a quotation keeps its own statement.
 */
function dedupe (statements: ExtractedStatement[]): ExtractedStatement[] {
  const sorted = statements.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: ExtractedStatement[] = []
  for (const s of sorted) {
    // Candidates start at or before s, so only the last few kept ones can overlap it.
    let duplicate = false
    for (let i = kept.length - 1; i >= 0 && i >= kept.length - 4; i--) {
      const k = kept[i]!
      const shared = Math.min(k.end, s.end) - Math.max(k.start, s.start)
      if (shared <= 0) continue
      const same = k.start === s.start && k.end === s.end
      const claims = !s.kind.includes('quote') && !k.kind.includes('quote')
      if (!same && !(claims && shared >= 0.8 * Math.min(k.end - k.start, s.end - s.start))) continue
      duplicate = true
      if (better(s, k)) kept[i] = s
      break
    }
    if (!duplicate) kept.push(s)
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** `a` says more than `b` about the same words: a refusal over its verb, a speaker over none, then confidence. */
const better = (a: ExtractedStatement, b: ExtractedStatement) =>
  (a.kind === 'no_comment') !== (b.kind === 'no_comment') ? a.kind === 'no_comment'
    : (a.speaker !== null) !== (b.speaker !== null) ? a.speaker !== null
      : a.confidence > b.confidence

/** Mentions of the knowledge base's entities: every whole-word spelling, longest first, never inside a longer name. */
function linkKnown (body: string, registry: Registry, knowledge: Knowledge) {
  const words = new Map<string, number[]>()
  for (const m of body.matchAll(/[\p{L}\p{N}]+/gu)) {
    const at = words.get(m[0])
    if (at) at.push(m.index)
    else words.set(m[0], [m.index])
  }
  const found: { id: string, start: number, end: number, text: string }[] = []
  for (const e of knowledge.entities) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      if (alias.length < 2) continue
      const first = /^[\p{L}\p{N}]+/u.exec(alias)?.[0]
      if (first === undefined) continue
      for (const at of words.get(first) ?? []) {
        const end = at + alias.length
        if (!body.startsWith(alias, at) || /[\p{L}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(body[end] ?? '')) continue
        // "Trump" inside "Trump National Doral" or "Trump Tower" is not Trump.
        if (/^[ \u00a0]\p{Lu}/u.test(body.slice(end, end + 2)) && e.type === 'person') continue
        found.push({ id: e.id, start: at, end, text: alias })
      }
    }
  }
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start))
  let lastEnd = -1
  for (const m of found) {
    if (m.start < lastEnd) continue
    registry.mention(m.id, m, m.text)
    lastEnd = m.end
  }
}
