// Names stage: the proper names a sentence holds — capitalized runs with their particles, initials and hyphens, honorifics and titles set apart, possessives cut — each typed person, organization or unknown, with a gender where honorifics or a first-name lexicon tell it.
import { getGender } from 'gender-detection-from-name'
import type { Gender, Lexicon } from './lexicon/lexicon.js'
import { tokens, type Token } from './segment.js'
import type { Language, Range } from './types.js'

export type NameType = 'person' | 'organization' | 'unknown'

export interface Name extends Range {
  /** The name as written, honorific, title and possessive left out. */
  text: string
  words: string[]
  honorific: string | null
  /** The title or role written just before the name ("Senator", "chief executive", "le ministre de l'Intérieur"). */
  role: string | null
  gender: Gender | null
  type: NameType
  /** Followed by 's or ’s. */
  possessive: boolean
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&.-]+|\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{N}&-]*)$/u
const INITIAL = /^\p{Lu}\.$|^(?:\p{Lu}\.){2,}$/u
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])
const POSSESSIVE = /['’]s?$/u

/**
 * The gender a first name suggests, from the package's lists; null when unknown. Its lists are
 * read across languages: the French one alone calls Jean, Marc, Laurent and Michel female.
 */
export function genderOf (firstName: string, _language: Language): Gender | null {
  const first = firstName.split('-')[0]!
  const found = getGender(first)
  return found === 'male' ? 'm' : found === 'female' ? 'f' : null
}

/** Is `word` a first name in the language's lists (or a hyphenated pair of them, "Jean-Marie")? */
export function isFirstName (word: string, language: Language): boolean {
  if (word.length < 2 || ACRONYM.test(word)) return false
  void language
  return word.split('-').every((part) => getGender(part) !== 'unknown')
}

/** Lower-case words the body uses: a capitalized word at a sentence's start is a common word when the body also writes it in lower case. */
export function vocabulary (body: string): Set<string> {
  const found = new Set<string>()
  for (const m of body.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu)) found.add(m[0].replace(/’/g, "'"))
  return found
}

/** Capitalized words the body writes inside a sentence (after a lower-case word or a comma), where a capital says "name". */
export function midSentenceCapitals (body: string): Set<string> {
  const found = new Set<string>()
  for (const m of body.matchAll(/(?<=[\p{Ll}\p{N},;)][ \u00a0])\p{Lu}[\p{L}'’-]*/gu)) found.add(m[0])
  return found
}

export interface NameContext {
  lex: Lexicon
  language: Language
  common: ReadonlySet<string>
  /** From `midSentenceCapitals`. */
  named: ReadonlySet<string>
}

const isCapitalWord = (t: Token) => t.word && (t.capital || /^\p{Ll}+\p{Lu}/u.test(t.text))

/** The names in `range` (one sentence, or the words outside its quotations). */
export function namesIn (body: string, range: Range, context: NameContext, sentenceStart = range.start): Name[] {
  const { lex, language, common, named } = context
  const list = tokens(body, range)
  const found: Name[] = []
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!
    if (!isCapitalWord(t) && !lex.honorifics.has(t.lower)) continue
    // Honorifics and capitalized titles before the name.
    let honorific: string | null = null
    let role: string | null = null
    let j = i
    while (j < list.length) {
      const w = list[j]!
      if (lex.honorifics.has(w.lower) && (w.capital || w.lower.endsWith('.')) && list[j + 1] && isCapitalWord(list[j + 1]!)) { honorific = w.lower; j++; continue }
      // "Former Secretary of State …", "Acting Director …": the modifier belongs to the title.
      const from = j
      if (lex.roleModifiers.has(w.lower) && w.capital && roleAt(list, j + 1, lex) > 0) j++
      let phrase = roleAt(list, j, lex)
      // "Secretary of Defense Ash Carter", "Director of National Intelligence James Clapper": the department runs up to the
      // first name that a surname follows.
      if (phrase && list[j + phrase]?.lower === 'of' && list[j + phrase + 1] !== undefined && isCapitalWord(list[j + phrase + 1]!)) {
        for (let m = j + phrase + 2; m <= j + phrase + 5 && m + 1 < list.length && isCapitalWord(list[m]!); m++) {
          if (isFirstName(list[m]!.text, language) && isCapitalWord(list[m + 1]!)) { phrase = m - j; break }
        }
      }
      if (phrase && list[j]!.capital && list[j + phrase] && isCapitalWord(list[j + phrase]!) && !(lex.organizationWords.has(list[j + phrase]!.lower))) {
        role = list.slice(from, j + phrase).map((x) => x.text).join(' ')
        j += phrase
        continue
      }
      j = from
      break
    }
    // The run: capitalized words, particles between them, initials and suffixes.
    const words: Token[] = []
    let k = j
    while (k < list.length) {
      const w = list[k]!
      if (isCapitalWord(w) || INITIAL.test(w.text)) {
        if (w.lower.endsWith('.') && !INITIAL.test(w.text) && !SUFFIXES.has(w.lower) && words.length > 0) break
        words.push(w)
        k++
        if (POSSESSIVE.test(w.text) && /['’]/u.test(w.text.slice(-2))) break
        continue
      }
      if (words.length > 0 && SUFFIXES.has(w.lower) ) { words.push(w); k++; continue }
      // A particle joins a person's name after a first name ("Charles de Gaulle", "Jean-Marie Le Pen") and an organization's
      // name after its noun ("Banque de France"), not two names ("IA de Meta").
      // "von der Leyen": particles may follow one another before the name.
      let next = k + 1
      while (next < list.length && next < k + 3 && lex.particles.has(list[next]!.lower)) next++
      if (words.length > 0 && lex.particles.has(w.lower) && list[next] && isCapitalWord(list[next]!) &&
        (isFirstName(words[0]!.text, language) || words.some((x) => lex.organizationWords.has(x.lower)))) { words.push(...list.slice(k, next)); k = next; continue }
      // "Bank of America", "Department of Justice": "of" inside an organization's name.
      if (words.length > 0 && (w.lower === 'of' || w.lower === 'for') && list[k + 1] && isCapitalWord(list[k + 1]!) && words.some((x) => lex.organizationWords.has(x.lower))) { words.push(w); k++; continue }
      if (words.length > 0 && w.text === '&' && list[k + 1] && isCapitalWord(list[k + 1]!)) { words.push(w); k++; continue }
      break
    }
    // "Republican Indiana Gov. Mike Pence", "Texas Sen. Ted Cruz": capitals before an abbreviated title qualify it; they name no one.
    if (words.length > 0 && list[k] && lex.honorifics.has(list[k]!.lower) && list[k]!.lower.endsWith('.') && list[k + 1] && isCapitalWord(list[k + 1]!)) {
      i = k - 1
      continue
    }
    // "Association des leaders religieux du Mali", "Fédération des banques": in French an organization's noun
    // takes its complement after it, up to the last capitalized word or adjective.
    if (language === 'fr' && words.length === 1 && lex.organizationWords.has(words[0]!.lower) && list[k] && lex.particles.has(list[k]!.lower)) {
      let end = k
      let last = -1
      while (end < list.length && end < k + 9) {
        const w = list[end]!
        if (!w.word || lex.auxiliaries.has(w.lower) || lex.verbs.has(w.lower) || (lex.stopwords.has(w.lower) && !lex.particles.has(w.lower))) break
        if (w.capital || lex.nameAdjectives.test(w.lower) || (!lex.particles.has(w.lower) && end > k)) last = end
        end++
      }
      if (last !== -1 && (list[last]!.capital || lex.nameAdjectives.test(list[last]!.lower))) { words.push(...list.slice(k, last + 1)); k = last + 1 }
    }
    // "Ligue arabe", "Parlement européen": adjectives after an organization's name are part of it.
    if (words.some((x) => lex.organizationWords.has(x.lower))) {
      while (k < list.length && list[k]!.word && !list[k]!.capital && lex.nameAdjectives.test(list[k]!.lower) && words.length < 8) words.push(list[k++]!)
    }
    // Function words capitalized at a sentence's start ("But", "Sur", "Last") are not names.
    // A verb or a common word is one only where capitals say nothing: at the sentence's first word.
    while (words.length > 0 && (lex.stopwords.has(words[0]!.lower) || lex.notNames.has(words[0]!.lower) ||
      (words[0]!.start === sentenceStart && (isCommonWord(words[0]!, lex, common) || lex.verbs.has(words[0]!.lower))))) {
      if (lex.roles.has(words[0]!.lower) && words.length > 1) role = words[0]!.text
      words.shift()
    }
    // A title that opens the run ("President Obama", "Chairman Rep.") is a role, not part of the name.
    while (words.length > 1 && lex.roles.has(words[0]!.lower) && !lex.organizationWords.has(words[1]!.lower)) { role = words[0]!.text; words.shift() }
    // A title inside the run ("Russian President Vladimir Putin", "Senate Majority Leader Mitch McConnell"): the name follows it.
    // Organization words before the title belong to it ("Senate Majority Leader Mitch McConnell", "White House Press Secretary Josh Earnest").
    {
      const title = words.findLastIndex((w, n) => n < words.length - 1 && lex.roles.has(w.lower) && isCapitalWord(words[n + 1]!))
      if (title > 0 && !words.slice(title + 1).some((w) => lex.organizationWords.has(w.lower))) { role = words.slice(0, title + 1).map((w) => w.text).join(' '); words.splice(0, title + 1) }
    }
    // "PDG d’Openai": after the title, "d’" links it to the name; it does not start the name.
    if (role) while (words.length > 1 && lex.particles.has(words[0]!.lower)) words.shift()
    while (words.length > 0 && (lex.particles.has(words.at(-1)!.lower) || words.at(-1)!.text === '&')) words.pop()
    if (words.length === 0 || words.every((w) => lex.stopwords.has(w.lower) || lex.notNames.has(w.lower) || lex.roles.has(w.lower) || (honorific === null && lex.honorifics.has(w.lower)))) {
      i = Math.max(i, k - 1)
      continue
    }
    // "Hours later", "Hastily politicizing", "Appearing on …": one word opening the sentence, never capitalized inside one, and
    // followed by a lower-case word that is no cue ("Smith said") is a common word written with a capital.
    const after = list[k]
    if (words.length === 1 && words[0]!.start === sentenceStart && !named.has(words[0]!.text) && !honorific && !role &&
      !isFirstName(words[0]!.text, language) && !ACRONYM.test(words[0]!.text) && !POSSESSIVE.test(words[0]!.text) && after?.word === true && !after.capital &&
      !lex.verbs.has(after.lower) && !lex.auxiliaries.has(after.lower)) { i = Math.max(i, k - 1); continue }
    // "R-Ky.", "D-N.Y.": a party and a state, not a name.
    if (words.length === 1 && /^[RDI]-\p{Lu}/u.test(words[0]!.text)) { i = Math.max(i, k - 1); continue }
    const last = words.at(-1)!
    const possessive = /['’]s?$/u.test(last.text) && last.text.length > 2
    const start = words[0]!.start
    const end = possessive ? last.end - (last.text.endsWith('s') ? 2 : 1) : last.end
    const text = body.slice(start, end)
    const parts = text.split(/\s+/)
    // "le quotidien Le Figaro", "the newspaper Politico": an organization word just before the name types it.
    const describer = (w: Token | undefined) => w !== undefined && w.word && !w.capital && lex.organizationWords.has(w.lower)
    // Only the word right before the name, and not across a title ("police Chief Chuck Jordan").
    const described = !role && !honorific && j === i && (describer(list[i - 1]) ||
      (list[i - 1]?.word === true && !list[i - 1]!.capital && lex.nameAdjectives.test(list[i - 1]!.lower) && describer(list[i - 2])))
    const type = described ? 'organization' : typeOf(parts, honorific, role, lex, language)
    const gender = honorific ? lex.honorifics.get(honorific) ?? null : type === 'person' && parts.length > 1 ? genderOf(parts[0]!, language) : null
    found.push({ start, end, text, words: parts, honorific, role, gender, type, possessive })
    i = k - 1
  }
  return found
}

/** The length of the role phrase starting at `at` (0 when none). */
export function roleAt (list: readonly { lower: string }[], at: number, lex: Lexicon): number {
  const first = list[at]?.lower
  if (!first) return 0
  for (const phrase of lex.roles.get(first) ?? []) {
    if (phrase.every((w, k) => list[at + k]?.lower === w)) return phrase.length
  }
  return 0
}

function isCommonWord (t: Token, lex: Lexicon, common: ReadonlySet<string>): boolean {
  if (ACRONYM.test(t.text)) return false
  return common.has(t.lower) || lex.stopwords.has(t.lower) || lex.verbs.has(t.lower)
}

function typeOf (parts: string[], honorific: string | null, role: string | null, lex: Lexicon, language: Language): NameType {
  const lower = parts.map((p) => p.toLowerCase())
  if (lower.some((w) => lex.organizationWords.has(w))) return 'organization'
  if (honorific) return 'person'
  if (parts.length === 1 && ACRONYM.test(parts[0]!)) return 'organization'
  if (parts.length >= 2 && parts.length <= 5 && isFirstName(parts[0]!, language)) return 'person'
  if (role) return 'person'
  return 'unknown'
}
