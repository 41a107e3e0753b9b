// What a language's lexicon holds for the stages (the shape of lexicon/en.ts and lexicon/fr.ts), and the verb inflection both files build their cue forms with.

import type { Language } from '../types.js'

export type Gender = 'm' | 'f'

/** How a speech verb attaches what was said. */
export interface Verb {
  lemma: string
  /** Takes a reported clause ("said that …", "a déclaré que …", "said he would …"). */
  clause: boolean
  /** Reports a clause only after a complementizer ("told reporters that …"), having other senses without one. */
  needsThat: boolean
  /** Takes its content as an object or an infinitive rather than a clause ("called for an inquiry", "urged Congress to act", "a appelé à …"). */
  object: boolean
  /** Expresses praise or blame of its object rather than reporting words ("praised", "a dénoncé"): a claim only with a clause. */
  judgement: boolean
  /** A verb of thinking or showing ("worried that", "concluded that"): its clause is a belief, reported as words only when it quotes them. */
  quotedOnly?: boolean
}

export interface Pronoun {
  gender: Gender | null
  plural: boolean
  /** Stands for a person only (he, she, il, elle), as opposed to things too (it, they, ils). */
  person: boolean
}

export interface Lexicon {
  language: Language
  /**
   * A quotation that goes on after its cue in the next sentence ("“A,” he said. “B.”"): one statement
   * ('merge', as English news and PolNeAR's annotators count one attribution), or one per quotation
   * ('separate', as French news and the Wikinews annotation list each quoted passage).
   */
  continuations: 'merge' | 'separate'
  /**
   * A reported clause that quotes several passages: one partial quote, the clause with its quoted words inside ('clause', as
   * PolNeAR's annotators count one attribution), or one per passage with the words around it ('each', as the Wikinews annotation).
   */
  passages: 'clause' | 'each'
  /** Every inflected form of a speech verb (lower-case, ’ as '), and what it takes. */
  verbs: ReadonlyMap<string, Verb>
  /** Verb forms that read as speech only with a subject or an auxiliary before them, or a clause or quotation after ("claims", "reports", "estimé", "juge"). */
  weak: ReadonlySet<string>
  /** Naming verbs that report words only when their object holds a quotation ("called him a “liar”", "a qualifié … de « … »"). */
  quotedObject: ReadonlyMap<string, Verb>
  /** Verb forms that need a particle to be speech ("called for", "pointed out"): form → particles. */
  particleVerbs: ReadonlyMap<string, { particles: readonly string[], verb: Verb }>
  /** Token sequences that name a source after them and attribute the rest of the sentence ("according to", "selon"). */
  according: readonly (readonly string[])[]
  /** Words that may stand between a subject and its verb or inside a verb group (auxiliaries, adverbs, negation). */
  between: ReadonlySet<string>
  /** Phrases that may stand inside a verb group ("de son côté", "for his part"). */
  asides: readonly (readonly string[])[]
  /** Present participles that attach speech to the sentence's subject ("…, saying that", "affirmant que"): their ending. */
  participle: RegExp
  /** Auxiliaries that build compound tenses ("has said", "a déclaré"). */
  auxiliaries: ReadonlySet<string>
  /** Words that open a reported clause ("that", "que"). */
  complementizers: ReadonlySet<string>
  pronouns: ReadonlyMap<string, Pronoun>
  /** Relative pronouns that take the noun before them as subject ("Obama, who said", "Valls, qui a déclaré"). */
  relatives: ReadonlySet<string>
  /** Honorifics before a name, and the gender they tell. */
  honorifics: ReadonlyMap<string, Gender | null>
  /** Titles and role nouns ("senator", "ministre", "chief executive"): first word → the whole phrases starting with it. */
  roles: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Words that qualify a role without being one ("former", "acting", "ancien"): "Former Secretary of State Madeleine Albright". */
  roleModifiers: ReadonlySet<string>
  /** Nouns for people who speak for an organization or a person ("spokesman", "porte-parole"). */
  spokespeople: ReadonlySet<string>
  /** Prepositions linking a role or a spokesperson to whom they serve ("for", "of", "at", "de", "du"). */
  of: ReadonlySet<string>
  /** Nouns for what carries words ("statement", "communiqué", "letter"): a participle after one reports them ("a statement saying …"). */
  documents: ReadonlySet<string>
  /** Prepositions, which never open the source that follows a verb ("said on Twitter"). */
  prepositions: ReadonlySet<string>
  /** Function words that are never names, even capitalized at a sentence's start ("But", "Sur", "Last"). */
  stopwords: ReadonlySet<string>
  /** Lower-case words allowed inside a name ("de", "van", "bin"). */
  particles: ReadonlySet<string>
  /** Words that make a name an organization ("Party", "Committee", "ministère", "Association"). */
  organizationWords: ReadonlySet<string>
  /** Lower-case adjectives that end an organization's name where the language puts them after the noun ("Ligue arabe", "gouvernement malien"). */
  nameAdjectives: RegExp
  /** Determiners and possessives that open a common noun phrase ("the", "a", "les", "son"). */
  determiners: ReadonlySet<string>
  /** Phrases that report a refusal or an absence of comment; the subject before them is the speaker. */
  noComment: RegExp
  /** Speech nouns that introduce what follows ("in a statement", "dans un communiqué"): the medium cue words. */
  mediumCues: readonly [RegExp, 'press_statement' | 'earnings_call' | 'linkedin_post' | 'x_post' | 'news_report'][]
  /** Days, months and other capitalized words that are not names. */
  notNames: ReadonlySet<string>
  /** Words that mark a quotation as a title, a name or a term rather than words said ("called", "dubbed", "intitulé"). */
  termCues: ReadonlySet<string>
}

const VOWEL = /[aeiou]/

/** English verb forms from a lemma: 3rd person, past, participle and -ing, with the irregular ones given. */
export function englishForms (lemma: string, irregular?: { past?: string, participle?: string, double?: boolean }): string[] {
  const forms = new Set<string>([lemma])
  const last = lemma.at(-1)!
  const beforeLast = lemma.at(-2) ?? ''
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`)
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`)
  else forms.add(`${lemma}s`)
  const stem = irregular?.double ? lemma + last : lemma
  let past: string
  if (last === 'e') past = `${lemma}d`
  else if (last === 'y' && !VOWEL.test(beforeLast)) past = `${lemma.slice(0, -1)}ied`
  else past = `${stem}ed`
  forms.add(irregular?.past ?? past)
  forms.add(irregular?.participle ?? irregular?.past ?? past)
  if (last === 'e' && beforeLast !== 'e' && lemma !== 'be') forms.add(`${lemma.slice(0, -1)}ing`)
  else if (lemma.endsWith('ie')) forms.add(`${lemma.slice(0, -2)}ying`)
  else forms.add(`${stem}ing`)
  return [...forms]
}

/**
 * French third-person forms of a verb: present, imperfect, simple past, future, conditional,
 * past participle (for compound tenses) and present participle. First-group verbs are built
 * from the infinitive; others give their stems.
 */
export function frenchForms (infinitive: string, irregular?: { present: [string, string], participle: string, stem: string, simplePast: [string, string], future: string }): string[] {
  const forms = new Set<string>()
  if (irregular) {
    const { present, participle, stem, simplePast, future } = irregular
    forms.add(present[0]).add(present[1]).add(participle).add(`${participle}e`).add(`${participle}s`).add(`${participle}es`)
    forms.add(`${stem}ait`).add(`${stem}aient`).add(`${stem}ant`).add(simplePast[0]).add(simplePast[1])
    forms.add(`${future}a`).add(`${future}ont`).add(`${future}ait`).add(`${future}aient`)
    return [...forms]
  }
  const root = infinitive.slice(0, -2)
  // "annoncer" → "annonçait", "interroger" → "interrogeait": the soft consonant before a, o.
  const soft = root.endsWith('c') ? `${root.slice(0, -1)}ç` : root.endsWith('g') ? `${root}e` : root
  // "rappeler" → "rappelle", "jeter" → "jette"; "répéter" → "répète"; "lever" → "lève".
  let presentRoot = root
  if (/(?:app|ep)el$/.test(root) || root.endsWith('jet')) presentRoot = root + root.at(-1)
  else if (/é[^aeiouéè]+$/.test(root)) presentRoot = root.replace(/é([^aeiouéè]+)$/, 'è$1')
  else if (/e[^aeiouéè]$/.test(root) && !root.endsWith('ier')) presentRoot = root.replace(/e([^aeiouéè])$/, 'è$1')
  const y = root.endsWith('oy') || root.endsWith('uy') ? `${root.slice(0, -1)}i` : presentRoot
  forms.add(`${y}e`).add(`${y}ent`)
  forms.add(`${root}é`).add(`${root}ée`).add(`${root}és`).add(`${root}ées`)
  forms.add(`${soft}ait`).add(`${soft}aient`).add(`${soft}ant`).add(`${soft}a`).add(`${root}èrent`)
  forms.add(`${y}era`).add(`${y}eront`).add(`${y}erait`).add(`${y}eraient`)
  forms.add(infinitive)
  return [...forms]
}
