// English lexicon: the words each extraction stage looks for in English text — speech verbs in every form, pronouns, honorifics, roles, and the words that are never names.
import { englishForms, type Gender, type Lexicon, type Pronoun, type Verb } from './lexicon.js'

/** Market figures: see src/extract/market.ts for what each list means. */
export const market: import('../market.js').MarketLexicon = {
  decimal: '.',
  currencies: {
    $: 'USD', US$: 'USD', 'U.S.$': 'USD', USD: 'USD', dollar: 'USD', dollars: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD',
    '€': 'EUR', EUR: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', GBP: 'GBP', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', 'pounds sterling': 'GBP',
    '¥': 'JPY', JPY: 'JPY', yen: 'JPY', CHF: 'CHF', 'Swiss francs': 'CHF', 'Swiss franc': 'CHF', francs: 'CHF', CNY: 'CNY', RMB: 'CNY', yuan: 'CNY', renminbi: 'CNY',
    C$: 'CAD', CAD: 'CAD', 'Canadian dollars': 'CAD', A$: 'AUD', AUD: 'AUD', 'Australian dollars': 'AUD', HK$: 'HKD', HKD: 'HKD', 'Hong Kong dollars': 'HKD',
    '₹': 'INR', INR: 'INR', rupees: 'INR', SEK: 'SEK', kronor: 'SEK', '₩': 'KRW', KRW: 'KRW', won: 'KRW'
  },
  currencyLinks: [],
  multipliers: { thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12 },
  moneyMultipliers: ['bn', 'mn', 'mln', 'bln', 'tn', 'trn'],
  percent: ['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'],
  up: [
    'rise', 'rises', 'rising', 'rose', 'risen', 'gain*', 'climb*', 'jump*', 'surge', 'surged', 'surges', 'surging', 'soar*', 'rall*', 'advanc*', 'add', 'adds', 'added', 'adding',
    'up', 'higher', 'increas*', 'grow', 'grows', 'grew', 'grown', 'growing', 'growth', 'rebound*', 'boost*', 'leap*', 'leapt', 'spik*', 'skyrocket*', 'upside'
  ],
  down: [
    'fall', 'falls', 'falling', 'fell', 'fallen', 'drop*', 'declin*', 'slid', 'slide', 'slides', 'sliding', 'slump*', 'plung*', 'tumbl*', 'sink', 'sinks', 'sank', 'sunk',
    'shed*', 'lose', 'loses', 'losing', 'lost', 'down', 'lower', 'decreas*', 'wipe*', 'wiping', 'crash*', 'dip', 'dips', 'dipped', 'dipping', 'retreat*', 'eras*',
    'tank', 'tanks', 'tanked', 'shrank', 'shrink*', 'shrunk', 'plummet*', 'collaps*', 'sell-off', 'selloff', 'slip', 'slips', 'slipped', 'slipping', 'ease', 'eased', 'eases', 'easing'
  ],
  kinds: {
    share_price_change: ['share', 'shares', 'stock', 'stocks', 'share price', 'stock price', 'shareholders', 'equity'],
    market_value_change: ['market value', 'market capitalisation', 'market capitalization', 'market cap', 'valuation'],
    index_change: ['index', 'indexes', 'indices', 'benchmark', 'blue chips', 'blue-chip'],
    deal_value: ['deal', 'deals', 'acquisition', 'acquire', 'acquired', 'acquires', 'buy', 'buys', 'bought', 'takeover', 'merger', 'contract', 'offer', 'bid', 'purchase', 'buyout', 'agreed to pay', 'order'],
    financial_result: [
      'revenue', 'revenues', 'sales', 'turnover', 'profit', 'profits', 'net profit', 'net income', 'income', 'earnings', 'loss', 'losses', 'net loss', 'operating loss',
      'operating profit', 'ebitda', 'deficit', 'result', 'results', 'dividend'
    ],
    amount: [
      'stolen', 'stole', 'steal', 'theft', 'heist', 'embezzl*', 'fraud', 'laundering', 'laundered', 'fine', 'fined', 'fines', 'penalty', 'penalties', 'settlement', 'settle', 'damages',
      'cost', 'costs', 'costing', 'charge', 'writedown', 'write-down', 'investment', 'invest', 'invests', 'invested', 'investing', 'exposure', 'debt', 'bailout', 'raised', 'raise', 'funding', 'compensation', 'spending', 'capex', 'capital expenditure', 'capital expenditures', 'investments'
    ]
  },
  negative: [
    'loss', 'losses', 'net loss', 'operating loss', 'deficit', 'stolen', 'stole', 'steal', 'theft', 'heist', 'embezzl*', 'fraud', 'laundering', 'laundered', 'fine', 'fined', 'fines',
    'penalty', 'penalties', 'settlement', 'settle', 'damages', 'cost', 'costs', 'costing', 'charge', 'writedown', 'write-down', 'exposure', 'debt', 'compensation',
    // An investment or spending is a cost, as a sum of money goes out.
    'spending', 'capex', 'capital expenditure', 'capital expenditures', 'investment', 'investments', 'invest', 'invests', 'invested', 'investing'
  ],
  indexes: [
    { name: 'Dow Jones', forms: ['Dow Jones Industrial Average', 'Dow Jones', 'Dow'] },
    { name: 'S&P 500', forms: ['S&P 500', 'S&P'] },
    { name: 'Nasdaq', forms: ['Nasdaq Composite', 'Nasdaq'] },
    { name: 'Nasdaq 100', forms: ['Nasdaq 100', 'Nasdaq-100'] },
    { name: 'FTSE 100', forms: ['FTSE 100', 'FTSE', 'Footsie'] },
    { name: 'CAC 40', forms: ['CAC 40', 'CAC'] },
    { name: 'DAX', forms: ['DAX', 'Dax'] },
    { name: 'Nikkei 225', forms: ['Nikkei 225', 'Nikkei'] },
    { name: 'Euro Stoxx 50', forms: ['Euro Stoxx 50', 'EuroStoxx 50'] },
    { name: 'Stoxx Europe 600', forms: ['Stoxx Europe 600', 'Stoxx 600'] },
    { name: 'Hang Seng', forms: ['Hang Seng'] },
    { name: 'Shanghai Composite', forms: ['Shanghai Composite'] },
    { name: 'Kospi', forms: ['Kospi'] },
    { name: 'Sensex', forms: ['Sensex'] },
    { name: 'Russell 2000', forms: ['Russell 2000'] },
    { name: 'Wall Street', forms: ['Wall Street'], place: true },
    { name: 'London Stock Exchange', forms: ['London Stock Exchange'], place: true },
    { name: 'Tokyo Stock Exchange', forms: ['Tokyo Stock Exchange'], place: true }
  ],
  locatives: ['on', 'at', 'in', 'across', 'throughout', 'from'],
  sources: ['according to', 'analyst at', 'analysts at', 'analyst with', 'economist at'],
  levels: ['to', 'at', 'from', 'reached', 'reaching', 'hit', 'topped'],
  restatements: ['or', 'or about', 'about', 'around', 'roughly', 'some', 'i.e.', 'equivalent to', 'worth'],
  ranges: { open: ['between', 'from'], join: ['and', 'to'] },
  distractors: [
    'voter', 'voters', 'vote', 'votes', 'poll', 'polls', 'polling', 'survey', 'surveyed', 'respondents', 'electorate', 'turnout', 'ballots', 'approval', 'support',
    'americans', 'people', 'adults', 'population', 'households', 'household', 'tax', 'taxes', 'rate', 'rates', 'inflation', 'unemployment', 'jobless', 'gdp', 'economy',
    'workforce', 'staff', 'employees', 'workers', 'jobs', 'job', 'headcount', 'positions', 'layoffs', 'redundancies', 'forecast', 'forecasts', 'projection', 'projections', 'outlook'
  ],
  determiners: ['of', 'the', 'its', 'their', 'his', 'her', 'all', 'a', 'an', 'those'],
  points: ['points', 'point', 'pts'],
  anaphors: ['it', 'its', 'the company', 'the group', 'the firm', 'the bank', 'the lender', 'the carmaker', 'the chipmaker', 'the index', 'the market', 'the stock', 'the shares', 'they']
}

// Speech verbs by how they attach what was said. Irregular pasts and doubled consonants given
// where English spells them so. Left out on purpose: verbs of thinking, wanting or showing
// (think, hope, worry, agree, conclude, speculate, find, show, reveal, imply), and verbs whose object is a topic or an action rather than words
// (cite, mention, discuss, question, back, endorse, oppose, rule, order).
const words = (text: string) => new Set(text.split(/\s+/).filter((w) => w.length > 0))

type Irregular = { past?: string, participle?: string, double?: boolean }
type Entry = string | [string, Irregular]
// Assertions: they report content, as a clause with or without "that", or a quotation.
const CLAUSE: Entry[] = [
  ['say', { past: 'said' }], 'add', 'state', 'claim', 'argue', 'assert', 'contend', 'insist', 'explain', 'note', 'observe', 'comment', 'announce',
  'declare', 'proclaim', 'acknowledge', ['admit', { double: true }], 'concede', 'confirm', 'deny', 'allege', 'testify', 'reply', 'respond', 'retort',
  'tweet', 'warn', 'caution', 'stress', 'emphasize', 'emphasise', 'reiterate', 'recall', 'recount', 'suggest', 'hint', 'predict',
  ['forecast', { past: 'forecast' }], 'promise', 'vow', ['swear', { past: 'swore', participle: 'sworn' }], 'guarantee', 'assure', 'reassure',
  'boast', 'brag', 'complain', 'grumble', 'lament', 'protest', 'clarify', 'affirm', 'reaffirm',
  'attest', 'confess', 'confide', 'opine', 'insinuate', 'crow', 'gloat', 'charge', 'accuse', 'contradict', 'counter', ['rebut', { double: true }],
  'elaborate', 'concur'
]
// Verbs with other common senses ("told her to leave", "wrote a book", "reported earnings", "maintained the road"): a clause only after "that".
const THAT: Entry[] = [
  ['tell', { past: 'told' }], ['write', { past: 'wrote', participle: 'written' }], 'report', 'maintain', 'remark', 'email', 'e-mail', 'text', 'post',
  'blog', 'inform', 'advise', 'answer', 'repeat', 'disclose', 'divulge', 'propose', 'recommend', 'pledge', 
  'reason', 'underline', 'underscore', 'specify', 'stipulate', 'certify', 'object', 'summarize', 'summarise', 'ask', 'inquire'
]
// Manners of speaking: they attribute a quotation ("“No,” she laughed"), never a reported clause.
const QUOTE: Entry[] = [
  'shout', 'yell', 'scream', 'cry', 'exclaim', 'whisper', 'mutter', 'murmur', 'sigh', 'laugh', 'joke', ['quip', { double: true }], 'chuckle',
  ['snap', { double: true }], 'bark', 'growl', 'sneer', 'scoff', 'gush', 'muse', 'wonder', 'chant', ['sing', { past: 'sang', participle: 'sung' }],
  'interject', 'marvel', 'rave', 'rant', 'rail', 'fume', 'thunder', 'roar', 'bellow', 'cheer', 'intone', 'drawl', 'stammer', 'recite', 'continue',
  'begin', 'interrupt', ['read', { past: 'read' }], 'gripe', 'carp', 'whine', 'moan', 'groan', 'grouse', 'plead', 'beg', 'quote', 'volunteer',
  'pronounce', 'editorialize', 'prophesy', 'speak', 'inquire', 'enquire'
]
// Thinking and showing: they attribute a quotation (“It's over,” he concluded) and a clause that quotes words
// (wondered whether the moderators would be “fair”); an unquoted clause after them is a belief, not words said.
const BELIEF: Entry[] = ['agree', 'worry', 'fret', 'wonder', 'conclude', 'speculate', 'theorize', 'posit', 'surmise', 'reveal', 'imply']
// Directives and commitments: their content is an object or an infinitive ("called for an inquiry", "urged Congress to act", "vowed to fight").
const OBJECT: Entry[] = [
  'urge', 'demand', 'request', 'threaten', 'promise', 'pledge', 'vow', 'implore', 'exhort', 'plead', 'beg', 'describe', 'characterize',
  'characterise', 'portray', 'label', 'brand', 'deny', 'apologize', 'apologise', 'predict', 'decry', 'lament', 'deplore', 'warn', 'accuse', 'blame',
  'charge', 'propose', 'recommend'
]
// Praise and blame: they report a judgement of their object ("blasted the media for …").
const JUDGEMENT: Entry[] = [
  'praise', 'laud', 'hail', 'applaud', 'commend', 'criticize', 'criticise', 'blast', ['slam', { double: true }], 'attack', 'condemn', 'denounce',
  'decry', 'blame', 'accuse', 'mock', 'ridicule', 'deride', 'lambaste', 'chide', 'scold', 'rebuke', 'reprimand', 'castigate', 'berate', 'assail',
  'excoriate', 'fault', 'skewer', 'lampoon', 'disparage', 'insult', 'tout', 'extol', 'trumpet'
]
// Verb forms that are speech only with their particle: "called for", "pointed out", "lashed out at".
const PARTICLES: [Entry, string[]][] = [
  [['call', {}], ['for', 'on', 'upon']], [['point', {}], ['out']], [['lash', {}], ['out']], [['weigh', {}], ['in']], [['chime', {}], ['in']],
  [['speak', { past: 'spoke', participle: 'spoken' }], ['out']], [['push', {}], ['back']], [['sound', {}], ['off']], [['fire', {}], ['back']],
  [['hit', { past: 'hit', double: true }], ['back']], [['spell', {}], ['out']]
]

function addForms (into: Map<string, Verb>, entries: Entry[], flags: Omit<Verb, 'lemma'>) {
  for (const entry of entries) {
    const [lemma, irregular] = typeof entry === 'string' ? [entry, undefined] : entry
    for (const form of englishForms(lemma, irregular)) {
      const known = into.get(form)
      into.set(form, known
        ? { lemma, clause: known.clause || flags.clause, needsThat: known.clause ? known.needsThat && flags.needsThat : flags.needsThat, object: known.object || flags.object, judgement: known.judgement && flags.judgement, quotedOnly: known.clause ? known.quotedOnly === true && flags.quotedOnly === true : flags.quotedOnly }
        : { lemma, ...flags })
    }
  }
}

const quotedObject = new Map<string, Verb>()
addForms(quotedObject, ['call', 'dub', 'term', 'nickname', 'deem', 'pronounce'], { clause: false, needsThat: false, object: true, judgement: true })
const verbs = new Map<string, Verb>()
addForms(verbs, QUOTE, { clause: false, needsThat: false, object: false, judgement: false })
addForms(verbs, BELIEF, { clause: true, needsThat: false, object: false, judgement: false, quotedOnly: true })
addForms(verbs, THAT, { clause: true, needsThat: true, object: false, judgement: false })
addForms(verbs, CLAUSE, { clause: true, needsThat: false, object: false, judgement: false })
addForms(verbs, OBJECT, { clause: false, needsThat: false, object: true, judgement: false })
addForms(verbs, JUDGEMENT, { clause: false, needsThat: false, object: true, judgement: true })
// Forms that are nouns as often as verbs ("his claims", "media reports"): speech only when framed.
const WEAK = words(`claims reports notes comments states charges calls posts tweets answers requests demands promises pledges protests questions
challenges attacks insults replies counters orders rules signals texts messages objects reasons backs cites quotes jokes hints sighs cries laughs
shouts screams whispers warns rants raves reads begins continues worries record report claim comment note state charge post tweet answer request
demand promise pledge protest question challenge attack insult reply counter order rule signal text message object reason back quote joke hint
sigh cry laugh shout scream whisper rant rave read begin continue worry praise blame welcome cheer knock pan hammer trash bash fault correct`)
const particleVerbs = new Map<string, { particles: string[], verb: Verb }>()
for (const [entry, particles] of PARTICLES) {
  const [lemma, irregular] = typeof entry === 'string' ? [entry, undefined] : entry
  for (const form of englishForms(lemma, irregular)) particleVerbs.set(form, { particles, verb: { lemma, clause: true, needsThat: false, object: true, judgement: false } })
}


const pronoun = (gender: Gender | null, plural: boolean, person: boolean): Pronoun => ({ gender, plural, person })
const pronouns = new Map<string, Pronoun>([
  ['he', pronoun('m', false, true)], ['him', pronoun('m', false, true)], ['his', pronoun('m', false, true)], ['himself', pronoun('m', false, true)],
  ['she', pronoun('f', false, true)], ['her', pronoun('f', false, true)], ['herself', pronoun('f', false, true)],
  ['they', pronoun(null, true, false)], ['them', pronoun(null, true, false)], ['it', pronoun(null, false, false)],
  ['i', pronoun(null, false, true)], ['we', pronoun(null, true, false)], ['you', pronoun(null, false, true)]
])

const honorifics = new Map<string, Gender | null>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lady', 'f'], ['lord', 'm'],
  ['dr', null], ['dr.', null], ['prof', null], ['prof.', null], ['professor', null], ['sen', null], ['sen.', null], ['rep', null], ['rep.', null],
  ['gov', null], ['gov.', null], ['gen', null], ['gen.', null], ['lt', null], ['lt.', null], ['col', null], ['col.', null], ['capt', null], ['capt.', null],
  ['sgt', null], ['sgt.', null], ['adm', null], ['adm.', null], ['rev', null], ['rev.', null], ['fr', 'm'], ['fr.', 'm'], ['del', null], ['del.', null],
  ['hon', null], ['hon.', null], ['atty', null], ['atty.', null], ['pres', null], ['pres.', null], ['sens', null], ['sens.', null], ['reps', null], ['reps.', null],
  ['messrs', 'm'], ['messrs.', 'm'], ['father', 'm'], ['sister', 'f'], ['brother', 'm'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'],
  ['pope', 'm'], ['sheikh', 'm'], ['rabbi', null], ['imam', 'm'], ['ayatollah', 'm']
])

// Role nouns: a title before a name ("Senator Tim Kaine", "chief executive Satya Nadella") and
// the anaphora that names a person by role ("the senator said"). Several words where the
// role is a phrase; every phrase is listed under its first word.
const ROLE_PHRASES = `president|vice president|president-elect|senator|sen.|congressman|congresswoman|representative|rep.|governor|gov.|lieutenant governor|mayor|
secretary|secretary of state|attorney general|prime minister|minister|foreign minister|chancellor|ambassador|envoy|diplomat|official|spokesman|spokeswoman|spokesperson|
press secretary|chairman|chairwoman|chair|chief|chief executive|chief executive officer|ceo|cfo|coo|cto|chief financial officer|chief operating officer|chief economist|
chief strategist|chief of staff|founder|co-founder|cofounder|director|executive director|managing director|head|leader|majority leader|minority leader|
speaker|whip|nominee|candidate|contender|challenger|incumbent|rival|opponent|running mate|campaign manager|campaign chairman|manager|strategist|pollster|consultant|
adviser|advisor|aide|analyst|economist|strategist|professor|researcher|scientist|expert|historian|lawyer|attorney|counsel|judge|justice|prosecutor|sheriff|
commissioner|superintendent|inspector general|general|admiral|colonel|commander|officer|detective|chief of police|police chief|pastor|bishop|cardinal|
activist|organizer|founder|owner|partner|investor|executive|president and ceo|billionaire|businessman|businesswoman|mogul|host|anchor|moderator|
correspondent|reporter|columnist|editor|writer|author|publisher|commentator|pundit|blogger|actor|actress|singer|star|comedian|coach|player|
delegate|member|lawmaker|legislator|councilman|councilwoman|councillor|alderman|assemblyman|assemblywoman|treasurer|comptroller|auditor|regulator|
president obama|first lady|former president|democrat|republican|independent|voter|supporter|critic|donor|fundraiser|surrogate|chairman and ceo|
designer|architect|engineer|doctor|physician|nurse|artist|musician|rapper|filmmaker|director|producer|photographer|teacher|student|farmer|pilot|
entrepreneur|diplomat|surgeon|lobbyist|spokesman|governor-elect|mayor-elect|senator-elect|secretary-general`
const roles = new Map<string, string[][]>()
for (const phrase of ROLE_PHRASES.split(/\s*\|\s*/)) {
  const parts = phrase.trim().split(/\s+/)
  if (parts[0]) roles.set(parts[0], [...(roles.get(parts[0]) ?? []), parts].sort((a, b) => b.length - a.length))
}

const STOPWORDS = `a an the this that these those there here it its it's he she they we you i me him her them us my your his our their theirs
and or but nor so yet for of to in on at by with from as into onto upon about above below after before since until while during through throughout
across against among around behind beside besides between beyond despite except inside outside over under underneath unlike near off out up down
if then than when where why how what which who whom whose whether because although though unless however moreover meanwhile nevertheless
also still even just only not no yes all any some many much more most few several each every either neither both other another such
again later is are was were be been being am has have had do does did will would shall should can could may might must
said says say told tells asked according
last next first second third former late early earlier later now today yesterday tomorrow tonight recently currently finally
mr mrs ms dr sen rep gov
one two three four five six seven eight nine ten
thanks please yes well oh okay ok`
const NOT_NAMES = `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec today tonight god internet web
ai gpu cpu llm ceo cfo coo cto gdp vat tv pc ok`

export const lexicon: Lexicon = {
  language: 'en',
  continuations: 'merge',
  passages: 'clause',
  verbs,
  weak: WEAK,
  quotedObject,
  particleVerbs,
  according: [['according', 'to']],
  between: words(`has have had having is was were are be been being will would could can may might must shall should do does did not n't never
also later then again repeatedly recently previously once often now still already even just further further, reportedly allegedly publicly privately
initially first last finally subsequently separately similarly likewise quickly immediately simply flatly emphatically bluntly angrily proudly
softly quietly loudly openly frankly candidly firmly sharply tersely curtly wryly dryly sarcastically jokingly sternly calmly nervously
falsely wrongly correctly rightly accurately succinctly plainly clearly bluntly confidently defiantly`),
  asides: [['for', 'his', 'part'], ['for', 'her', 'part'], ['for', 'their', 'part'], ['for', 'its', 'part'], ['in', 'turn'], ['in', 'a', 'statement'], ['on', 'twitter'], ['in', 'an', 'interview']],
  participle: /ing$/,
  auxiliaries: words('has have had having is was were are be been being will would could can may might must shall should do does did'),
  complementizers: words('that whether'),
  pronouns,
  relatives: words('who which that'),
  honorifics,
  roles,
  roleModifiers: words('former acting interim then outgoing incoming retired ex'),
  spokespeople: words('spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives mouthpiece'),
  of: words('of for at from with to in'),
  documents: words('statement statements letter letters report memo release note message messages tweet tweets post posts ad ads advertisement email emails document documents filing brief complaint lawsuit petition editorial op-ed column essay book speech interview video text'),
  prepositions: words('on in at to during after before from for with by about over into through via under since until while as of than like'),
  stopwords: words(STOPWORDS),
  particles: words("de du des van von der den da di del della la le bin al el ibn ben st. o'"),
  organizationWords: words(`party committee department ministry agency administration commission council board bureau office service
association federation union league foundation institute institution university college school academy center centre society
corporation corp corp. inc inc. co co. company companies ltd llc plc group holdings bank fund trust network times post news journal
tribune herald gazette press magazine channel tv radio court senate house congress parliament assembly government campaign caucus
organization organisation coalition alliance movement club church army navy police force fbi cia pac super
capital partners associates research securities investments investment advisors advisers management ventures labs laboratories
technologies technology systems media communications energy motors airlines airways pharmaceuticals industries enterprises
studios entertainment financial insurance bancorp brands foods markets exchange fund funds trust institute`),
  nameAdjectives: /^$/,
  determiners: words('the a an this that these those his her their its our my your some any each every another several many few'),
  noComment: /\b(declined to (?:comment|respond|elaborate|discuss|say|answer)[^.;]*|did not (?:immediately )?(?:respond|reply|return|comment|answer)[^.;]*|could not be reached(?: for comment)?[^.;]*|(?:has|have) not (?:yet )?(?:responded|commented|replied)[^.;]*|refused to (?:comment|answer|say)[^.;]*|would not (?:comment|say|elaborate)[^.;]*|was not immediately available for comment[^.;]*|no comment)/i,
  mediumCues: [
    [/\blinkedin\b/i, 'linkedin_post'],
    [/\b(?:on|in a post on|wrote on|posted on) (?:X|Twitter)\b|\btweet(?:ed|s)?\b/, 'x_post'],
    [/\bearnings call\b|\bconference call with (?:analysts|investors)\b/i, 'earnings_call'],
    [/\b(?:in a|a written|in an emailed|in a prepared) statement\b|\bpress release\b|\bstatement to\b|\btold (?:The|the)? ?\p{Lu}/u, 'press_statement']
  ],
  notNames: words(NOT_NAMES),
  termCues: words('called dubbed titled entitled named labeled labelled so-called term word phrase slogan motto hashtag song album film movie book show series program programme episode headline nicknamed')
}
