// French lexicon: the words each extraction stage looks for in French text — speech verbs in every tense a news story uses, pronouns, honorifics, roles, and the words that are never names.
import { frenchForms, type Gender, type Lexicon, type Pronoun, type Verb } from './lexicon.js'

/** Market figures: see src/extract/market.ts for what each list means. */
export const market: import('../market.js').MarketLexicon = {
  decimal: ',',
  currencies: {
    '€': 'EUR', EUR: 'EUR', euro: 'EUR', euros: 'EUR', $: 'USD', US$: 'USD', USD: 'USD', dollar: 'USD', dollars: 'USD', 'dollars américains': 'USD',
    '£': 'GBP', GBP: 'GBP', livre: 'GBP', livres: 'GBP', 'livre sterling': 'GBP', 'livres sterling': 'GBP', '¥': 'JPY', JPY: 'JPY', yen: 'JPY', yens: 'JPY',
    CHF: 'CHF', 'franc suisse': 'CHF', 'francs suisses': 'CHF', CNY: 'CNY', yuan: 'CNY', yuans: 'CNY', C$: 'CAD', CAD: 'CAD', 'dollars canadiens': 'CAD',
    FCFA: 'XOF', 'francs CFA': 'XOF', MAD: 'MAD', dirhams: 'MAD'
  },
  currencyLinks: ['de', "d'"],
  multipliers: { mille: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, billion: 1e12, billions: 1e12 },
  moneyMultipliers: ['md', 'mds', 'mrd', 'mrds'],
  percent: ['%', 'pour cent', 'pourcent', 'points de pourcentage', 'point de pourcentage', 'pc'],
  up: [
    'hausse*', 'progress*', 'gagn*', 'grimp*', 'bond*', 'augment*', 'monte', 'montent', 'monté', 'montée', 'monter', 'montait', 'envol*', 'rebond*', 'avanc*',
    'amélior*', 'croissance', 'croît', 'accroissement', 'hausse', 'redress*', 'flamb*', 's\'apprécie', 'apprécié', 'prend', 'pris', 'prenait', 'engrang*', 'ajouté', 'ajoute'
  ],
  down: [
    'baiss*', 'chut*', 'recul*', 'perd', 'perdu', 'perdent', 'perdait', 'perdre', 'perte', 'pertes', 'plong*', 'déviss*', 'tomb*', 'évapor*', 'effac*', 'décroch*',
    'cède', 'cédé', 'cèdent', 'cédait', 'céder', 'lâch*', 'repli*', 'dégringol*', 'effondr*', 'fondu', 'fond', 'déclin*', 'diminu*', 'contraction', 'glissé', 'glisse', 'glissent', 'trébuch*', 'abandonn*', 'déprécié', 'essuy*', 'sombr*'
  ],
  kinds: {
    share_price_change: ['action', 'actions', 'titre', 'titres', 'cours', 'cours de bourse', 'valeur', 'valeurs', 'actionnaires'],
    market_value_change: ['capitalisation', 'capitalisation boursière', 'valorisation', 'valeur boursière', 'valeur marchande', 'valorisé*'],
    index_change: ['indice', 'indices', 'indice vedette', 'indice phare', 'place parisienne', 'place financière'],
    deal_value: ['accord', 'transaction', 'acquisition', 'acquérir', 'acquis', 'rachat', 'rachète', 'racheté', 'racheter', 'rachèterait', 'contrat', 'contrats', 'offre', 'offres', 'fusion', 'opération', 'commande', 'cession', 'cédé pour', 'vente', 'montant de l\'opération', 'OPA'],
    financial_result: [
      'chiffre d\'affaires', 'ventes', 'revenus', 'recettes', 'bénéfice', 'bénéfices', 'bénéfice net', 'profit', 'profits', 'perte', 'pertes', 'perte nette', 'déficit',
      'résultat', 'résultats', 'résultat net', 'résultat opérationnel', 'excédent brut d\'exploitation', 'marge', 'dividende'
    ],
    amount: [
      'volé*', 'vol', 'vols', 'dérob*', 'détourn*', 'escroquer*', 'fraude', 'blanchi*', 'préjudice', 'amende', 'amendes', 'sanction', 'pénalité', 'pénalités', 'condamn*', 'dommages',
      'coût', 'coûts', 'coûté', 'coûte', 'coûtera', 'facture', 'investissement', 'investissements', 'investir', 'investi', 'investit', 'investira', 'exposition', 'dette', 'dettes', 'levé', 'lève', 'levée', 'indemnisation', 'indemnité', 'indemnités', 'montant', 'dépenses', 'dépenses d\'investissement'
    ]
  },
  negative: [
    'perte', 'pertes', 'perte nette', 'déficit', 'volé*', 'vol', 'vols', 'dérob*', 'détourn*', 'escroquer*', 'fraude', 'blanchi*', 'préjudice', 'amende', 'amendes', 'sanction',
    'pénalité', 'pénalités', 'condamn*', 'dommages', 'coût', 'coûts', 'coûté', 'coûte', 'coûtera', 'facture', 'exposition', 'dette', 'dettes', 'indemnisation', 'indemnité', 'indemnités',
    // An investment or spending is a cost, as a sum of money goes out.
    'dépenses', 'dépenses d\'investissement', 'investissement', 'investissements', 'investir', 'investi', 'investit', 'investira'
  ],
  indexes: [
    { name: 'CAC 40', forms: ['CAC 40', 'CAC'] },
    { name: 'Dow Jones', forms: ['Dow Jones', 'Dow'] },
    { name: 'S&P 500', forms: ['S&P 500', 'S&P'] },
    { name: 'Nasdaq', forms: ['Nasdaq'] },
    { name: 'FTSE 100', forms: ['FTSE 100', 'FTSE', 'Footsie'] },
    { name: 'DAX', forms: ['DAX', 'Dax'] },
    { name: 'Nikkei 225', forms: ['Nikkei 225', 'Nikkei'] },
    { name: 'Euro Stoxx 50', forms: ['Euro Stoxx 50', 'EuroStoxx 50'] },
    { name: 'Stoxx Europe 600', forms: ['Stoxx Europe 600', 'Stoxx 600'] },
    { name: 'Nasdaq 100', forms: ['Nasdaq 100'] },
    { name: 'SBF 120', forms: ['SBF 120'] },
    { name: 'Bel 20', forms: ['Bel 20', 'Bel20'] },
    { name: 'SMI', forms: ['SMI'] },
    { name: 'Hang Seng', forms: ['Hang Seng'] },
    { name: 'Wall Street', forms: ['Wall Street'], place: true },
    { name: 'Bourse de Paris', forms: ['Bourse de Paris'], place: true },
    { name: 'Bourse de Francfort', forms: ['Bourse de Francfort'], place: true },
    { name: 'Bourse de Londres', forms: ['Bourse de Londres'], place: true },
    { name: 'Bourse de Tokyo', forms: ['Bourse de Tokyo'], place: true },
    { name: 'Bourse de Bruxelles', forms: ['Bourse de Bruxelles'], place: true },
    { name: 'Euronext Paris', forms: ['Euronext Paris'], place: true }
  ],
  locatives: ['à', 'sur', 'en', 'dans', 'aux', 'au'],
  sources: ['selon', 'd\'après', 'analyste chez', 'analystes chez', 'analyste de', 'économiste chez'],
  levels: ['à', 'a', 'au', 'atteint', 'atteindre', 'atteignant', 'jusqu', 'passé'],
  restatements: ['soit', 'ou', 'environ', 'près de', 'quelque', 'soit environ', 'soit près de', 'équivalant à'],
  ranges: { open: ['entre', 'de'], join: ['et', 'à'] },
  distractors: [
    'électeurs', 'électrices', 'électorat', 'voix', 'votes', 'vote', 'suffrages', 'sondage', 'sondages', 'sondés', 'interrogés', 'personnes', 'français', 'françaises', 'population',
    'participation', 'abstention', 'intentions', 'opinions', 'ménages', 'foyers', 'impôt', 'impôts', 'imposition', 'taxe', 'taxes', 'taux', 'tva', 'inflation', 'chômage', 'pib', 'économie',
    'effectifs', 'emplois', 'emploi', 'postes', 'salariés', 'employés', 'collaborateurs', 'licenciements', 'suppressions', 'main-d\'oeuvre', 'prévision', 'prévisions', 'projections'
  ],
  determiners: ['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'ses', 'son', 'sa', 'leurs', 'leur', 'ces'],
  points: ['points', 'point', 'pts'],
  anaphors: ['il', 'elle', 'le groupe', 'la société', 'l\'entreprise', 'la banque', 'le constructeur', 'le fabricant', 'le géant', 'l\'indice', 'le titre', 'l\'action', 'la firme']
}

type Irregular = NonNullable<Parameters<typeof frenchForms>[1]>
const irregular = (present: [string, string], participle: string, stem: string, simplePast: [string, string], future: string): Irregular =>
  ({ present, participle, stem, simplePast, future })

// Speech verbs, by how they attach what was said. Verbs of belief and wish (penser, croire,
// souhaiter, craindre) are not speech and are left out on purpose.
const CLAUSE: (string | [string, Irregular])[] = [
  ['dire', irregular(['dit', 'disent'], 'dit', 'dis', ['dit', 'dirent'], 'dir')],
  ['écrire', irregular(['écrit', 'écrivent'], 'écrit', 'écriv', ['écrivit', 'écrivirent'], 'écrir')],
  ['répondre', irregular(['répond', 'répondent'], 'répondu', 'répond', ['répondit', 'répondirent'], 'répondr')],
  ['reconnaître', irregular(['reconnaît', 'reconnaissent'], 'reconnu', 'reconnaiss', ['reconnut', 'reconnurent'], 'reconnaîtr')],
  ['reconnaitre', irregular(['reconnait', 'reconnaissent'], 'reconnu', 'reconnaiss', ['reconnut', 'reconnurent'], 'reconnaitr')],
  ['admettre', irregular(['admet', 'admettent'], 'admis', 'admett', ['admit', 'admirent'], 'admettr')],
  ['promettre', irregular(['promet', 'promettent'], 'promis', 'promett', ['promit', 'promirent'], 'promettr')],
  ['prévenir', irregular(['prévient', 'préviennent'], 'prévenu', 'préven', ['prévint', 'prévinrent'], 'préviendr')],
  ['soutenir', irregular(['soutient', 'soutiennent'], 'soutenu', 'souten', ['soutint', 'soutinrent'], 'soutiendr')],
  ['maintenir', irregular(['maintient', 'maintiennent'], 'maintenu', 'mainten', ['maintint', 'maintinrent'], 'maintiendr')],
  ['convenir', irregular(['convient', 'conviennent'], 'convenu', 'conven', ['convint', 'convinrent'], 'conviendr')],
  ['réagir', irregular(['réagit', 'réagissent'], 'réagi', 'réagiss', ['réagit', 'réagirent'], 'réagir')],
  ['avertir', irregular(['avertit', 'avertissent'], 'averti', 'avertiss', ['avertit', 'avertirent'], 'avertir')],
  ['conclure', irregular(['conclut', 'concluent'], 'conclu', 'conclu', ['conclut', 'conclurent'], 'conclur')],
  ['prédire', irregular(['prédit', 'prédisent'], 'prédit', 'prédis', ['prédit', 'prédirent'], 'prédir')],
  ['décrire', irregular(['décrit', 'décrivent'], 'décrit', 'décriv', ['décrivit', 'décrivirent'], 'décrir')],
  ['poursuivre', irregular(['poursuit', 'poursuivent'], 'poursuivi', 'poursuiv', ['poursuivit', 'poursuivirent'], 'poursuivr')],
  ['démentir', irregular(['dément', 'démentent'], 'démenti', 'dément', ['démentit', 'démentirent'], 'démentir')],
  ['réjouir', irregular(['réjouit', 'réjouissent'], 'réjoui', 'réjouiss', ['réjouit', 'réjouirent'], 'réjouir')],
  ['réagir', irregular(['réagit', 'réagissent'], 'réagi', 'réagiss', ['réagit', 'réagirent'], 'réagir')],
  ['garantir', irregular(['garantit', 'garantissent'], 'garanti', 'garantiss', ['garantit', 'garantirent'], 'garantir')],
  ['contredire', irregular(['contredit', 'contredisent'], 'contredit', 'contredis', ['contredit', 'contredirent'], 'contredir')],
  ['redire', irregular(['redit', 'redisent'], 'redit', 'redis', ['redit', 'redirent'], 'redir')],
  ['interdire', irregular(['interdit', 'interdisent'], 'interdit', 'interdis', ['interdit', 'interdirent'], 'interdir')],
  ['défendre', irregular(['défend', 'défendent'], 'défendu', 'défend', ['défendit', 'défendirent'], 'défendr')],
  ['prétendre', irregular(['prétend', 'prétendent'], 'prétendu', 'prétend', ['prétendit', 'prétendirent'], 'prétendr')],
  'rétorquer', 'déclarer', 'affirmer', 'ajouter', 'estimer', 'expliquer', 'indiquer', 'préciser', 'souligner', 'rappeler', 'assurer',
  'confier', 'lancer', 'noter', 'observer', 'relever', 'juger', 'annoncer', 'raconter', 'rapporter', 'témoigner', 'commenter', 'résumer', 'tweeter',
  'twitter', 'publier', 'répliquer', 'objecter', 'arguer', 'argumenter', 'certifier', 'jurer', 'marteler', 'insister', 'confirmer', 'avouer', 'révéler',
  'signaler', 'mentionner', 'évoquer', 'répéter', 'réitérer', 'communiquer', 'informer', 'alerter', 'constater', 's\'exclamer', 'exclamer', 'ironiser',
  'lâcher', 'glisser', 'souffler', 'tempérer', 'nuancer', 'regretter', 'déplorer', 'protester', 'contester', 'plaider', 'proposer', 'suggérer',
  'interroger', 'questionner', 'demander', 'exiger', 'réclamer', 'menacer', 'prophétiser', 'pronostiquer', 'clamer', 'proclamer', 'crier', 's\'écrier',
  'écrier', 'murmurer', 'chuchoter', 'hurler', 'tonner', 'fulminer', 'plaisanter', 's\'amuser', 'badiner', 'railler', 'moquer', 'narrer', 'relater',
  'détailler', 'développer', 'justifier', 'corriger', 'rectifier', 'préciser', 'spécifier', 'stipuler', 'notifier', 'assener', 'asséner',
  'trancher', 'enchaîner', 'enchainer', 'renchérir', 'surenchérir', 'abonder', 'approuver', 'acquiescer', 'concéder', 'nier',
  'réfuter', 'rejeter', 'récuser', 'dénoncer', 'accuser', 'critiquer', 'fustiger', 'condamner', 'reprocher', 'blâmer', 'stigmatiser',
  'saluer', 'féliciter', 'remercier', 'applaudir', 'louer', 'vanter', 'insurger', 'emporter', 'engager', 'prononcer', 'étonner', 's\'inquiéter', 'inquiéter', 's\'étonner', 'étonner', 's\'indigner', 'indigner',
  'prévoir', 'anticiper', 'exhorter', 'appeler', 'inviter', 'encourager', 'enjoindre', 'conseiller',
  'recommander', 'préconiser', 'implorer', 'supplier', 'revendiquer', 'assumer', 'avancer', 'soulever', 'pointer', 'épingler', 'dénoncer', 'tacler',
  'taclé', 'lister', 'énumérer', 'chiffrer', 'estimer', 'évaluer', 'calculer', 'compter', 'dévoiler', 'divulguer', 'livrer', 'exposer', 'présenter'
]
// Their content is an object or an infinitive: "a appelé à la grève", "a exigé la libération", "a menacé de …".
const OBJECT = new Set(['exiger', 'réclamer', 'demander', 'menacer', 'exhorter', 'appeler', 'inviter', 'encourager', 'enjoindre', 'conseiller', 'recommander',
  'préconiser', 'proposer', 'suggérer', 'promettre', 'annoncer', 'revendiquer', 'dénoncer', 'accuser', 'critiquer', 'fustiger', 'condamner', 'reprocher',
  'saluer', 'féliciter', 'remercier', 'regretter', 'déplorer', 'plaider', 'défendre', 'justifier', 'rejeter', 'nier', 'démentir', 'contester', 'insister'])
// Praise and blame, and reactions: claims only when they carry a clause.
const JUDGEMENT = new Set(['dénoncer', 'accuser', 'critiquer', 'fustiger', 'condamner', 'reprocher', 'blâmer', 'stigmatiser', 'saluer', 'féliciter',
  'remercier', 'applaudir', 'louer', 'vanter', 'regretter', 'déplorer', 's\'inquiéter', 'inquiéter', 's\'étonner', 'étonner', 's\'indigner', 'indigner',
  'tacler', 'épingler', 'railler', 'moquer', 'approuver', 'abonder', 'présenter', 'exposer', 'livrer', 'dévoiler', 'divulguer', 'évaluer', 'calculer',
  'compter', 'chiffrer', 'lister', 'énumérer', 'anticiper', 'prévoir'])
// Manners of speaking and reactions: they attribute a quotation ("« Non ! », a réagi le ministre"), never a clause.
const QUOTE_ONLY = new Set(['réagir', 'réjouir', 'exclamer', 'écrier', 'ironiser', 'plaisanter', 'badiner', 'emporter', 'tonner', 'fulminer', 'hurler', 'crier',
  'murmurer', 'chuchoter', 'lâcher', 'glisser', 'souffler', 'enchaîner', 'enchainer', 'renchérir', 'surenchérir', 'railler', 'amuser', 'insurger'])
// Verbs with other common senses ("a publié un livre", "a relevé le défi", "a lancé un produit"): a clause only after "que".
const THAT = new Set(['emporter', 'engager', 'prononcer', 'publier', 'relever', 'lancer', 'présenter', 'exposer', 'livrer', 'dévoiler', 'divulguer', 'évaluer', 'calculer', 'compter', 'chiffrer',
  'lister', 'énumérer', 'soulever', 'pointer', 'développer', 'avancer', 'rapporter', 'signaler', 'évoquer', 'mentionner', 'répéter', 'communiquer', 'informer',
  'noter', 'observer', 'juger', 'raconter', 'décrire', 'écrire', 'défendre', 'justifier', 'assumer', 'revendiquer', 'anticiper', 'prévoir', 'glisser', 'souffler',
  'lâcher', 'corriger', 'rectifier', 'trancher', 'conclure', 'approuver', 'interroger', 'questionner', 'proposer', 'suggérer', 'appeler', 'inviter'])
// Forms that are more often something else ("compte", an account; "livre", a book; "estimé à", valued at): speech only when framed.
const WEAK = new Set(['compte', 'comptent', 'livre', 'livres', 'présente', 'présent', 'taclé', 'note', 'notes', 'lance', 'lancée', 'pointe', 'avance',
  'avancé', 'avancée', 'avancées', 'exposé', 'développé', 'développée', 'développe', 'développent', 'présenté', 'présentée', 'publié', 'publiée', 'publiés', 'publiées',
  'publie', 'relevé', 'relevée', 'évalué', 'évaluée', 'estimé', 'estimée', 'estimés', 'estimées', 'calculé', 'compté', 'juge', 'juges', 'crie', 'cri', 'appel',
  'appelé', 'appelée', 'appelés', 'appelées', 'souffle', 'assure', 'prévu', 'prévue', 'prévus', 'prévues', 'prévoit', 'inquiète', 'soulevé', 'soulevée', 'indigné', 'indignée',
  'livré', 'livrée', 'exposée', 'lancé', 'lancés', 'lancées', 'confié', 'confiée', 'rapporté', 'rapportée', 'signalé', 'signalée', 'présentés', 'présentées', 'justifié'])

const verbs = new Map<string, Verb>()
for (const entry of CLAUSE) {
  const [infinitive, irregularForms] = typeof entry === 'string' ? [entry, undefined] : entry
  const lemma = infinitive.replace(/^s'/, '')
  const quoteOnly = QUOTE_ONLY.has(lemma)
  const verb: Verb = { lemma, clause: !quoteOnly && (!JUDGEMENT.has(lemma) || lemma === 'regretter' || lemma === 'déplorer'), needsThat: THAT.has(lemma), object: !quoteOnly && OBJECT.has(lemma), judgement: JUDGEMENT.has(lemma) }
  for (const form of frenchForms(lemma, irregularForms)) {
    if (!verbs.has(form)) verbs.set(form, verb)
  }
}
const quotedObject = new Map<string, Verb>()
for (const lemma of ['qualifier', 'traiter', 'surnommer', 'taxer']) {
  for (const form of frenchForms(lemma)) quotedObject.set(form, { lemma, clause: false, needsThat: false, object: true, judgement: true })
}
// "a fait savoir", "fait valoir", "a fait part de", "a tenu à préciser" (the second verb is found on its own).
const particleVerbs = new Map<string, { particles: string[], verb: Verb }>()
for (const form of frenchForms('faire', irregular(['fait', 'font'], 'fait', 'fais', ['fit', 'firent'], 'fer'))) {
  particleVerbs.set(form, { particles: ['savoir', 'valoir', 'remarquer', 'observer', 'part', 'état', 'allusion'], verb: { lemma: 'faire savoir', clause: true, needsThat: false, object: true, judgement: false } })
}

const words = (text: string) => new Set(text.split(/\s+/).filter((w) => w.length > 0))

const pronoun = (gender: Gender | null, plural: boolean, person: boolean): Pronoun => ({ gender, plural, person })
const pronouns = new Map<string, Pronoun>([
  ['il', pronoun('m', false, false)], ['elle', pronoun('f', false, false)], ['lui', pronoun('m', false, true)], ['lui-même', pronoun('m', false, true)],
  ['elle-même', pronoun('f', false, true)], ['ils', pronoun('m', true, false)], ['elles', pronoun('f', true, false)], ['eux', pronoun('m', true, true)],
  ['celui-ci', pronoun('m', false, true)], ['celle-ci', pronoun('f', false, true)], ['ce dernier', pronoun('m', false, true)], ['cette dernière', pronoun('f', false, true)],
  ['je', pronoun(null, false, true)], ['nous', pronoun(null, true, false)], ['on', pronoun(null, false, false)]
])

const honorifics = new Map<string, Gender | null>([
  ['m.', 'm'], ['mm.', 'm'], ['mme', 'f'], ['mmes', 'f'], ['mlle', 'f'], ['mlles', 'f'], ['madame', 'f'], ['monsieur', 'm'], ['mademoiselle', 'f'],
  ['me', null], ['maître', null], ['dr', null], ['dr.', null], ['docteur', null], ['pr', null], ['pr.', null], ['professeur', null], ['mgr', 'm'],
  ['monseigneur', 'm'], ['père', 'm'], ['sœur', 'f'], ['frère', 'm'], ['abbé', 'm'], ['cheikh', 'm'], ['imam', 'm'], ['rabbin', 'm'], ['général', null],
  ['colonel', null], ['capitaine', null], ['commandant', null], ['lieutenant', null], ['sir', 'm'], ['lord', 'm'], ['lady', 'f'], ['roi', 'm'], ['reine', 'f'], ['prince', 'm'], ['princesse', 'f'], ['pape', 'm']
])

const ROLE_PHRASES = `président|présidente|président de la république|vice-président|vice-présidente|premier ministre|première ministre|ministre|secrétaire d'état|
secrétaire général|secrétaire générale|secrétaire|porte-parole|directeur|directrice|directeur général|directrice générale|pdg|p-dg|patron|patronne|chef|
chef de l'état|chef du gouvernement|député|députée|sénateur|sénatrice|maire|adjoint|adjointe|procureur|procureure|juge|avocat|avocate|dirigeant|dirigeante|
responsable|candidat|candidate|leader|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|économiste|analyste|expert|experte|chercheur|chercheuse|
scientifique|professeur|professeure|délégué|déléguée|ambassadeur|ambassadrice|commissaire|gouverneur|préfet|préfète|syndicaliste|militant|militante|opposant|
opposante|chancelier|chancelière|premier secrétaire|première secrétaire|conseiller|conseillère|président-directeur général|administrateur|administratrice|
gérant|gérante|trésorier|trésorière|rapporteur|rapporteure|médiateur|médiatrice|négociateur|négociatrice|émissaire|envoyé|envoyée|représentant|représentante|
élu|élue|maire-adjoint|coordinateur|coordinatrice|animateur|animatrice|journaliste|rédacteur|rédactrice|éditorialiste|chroniqueur|chroniqueuse|
entraîneur|entraineur|sélectionneur|capitaine|patron|président-fondateur|guide|témoin|habitant|habitante|porte-voix|roi|reine|pape|émir|cheikh|général|
colonel|commandant|dirigeant|numéro un|numéro deux|bras droit|chef de file|tête de liste|rapporteur|doyen|doyenne|recteur|rectrice|directeur de recherche|
directrice de recherche|physicien|physicienne|porte-drapeau|spécialiste|historien|historienne|sociologue|politologue|ancien ministre|ancienne ministre|
graphiste|designer|architecte|ingénieur|ingénieure|médecin|infirmier|infirmière|artiste|écrivain|écrivaine|auteur|autrice|chanteur|chanteuse|acteur|actrice|
photographe|policier|policière|enseignant|enseignante|étudiant|étudiante|agriculteur|agricultrice|pilote|entrepreneur|entrepreneuse|militaire|diplomate|
ambassadeur|consul|réalisateur|réalisatrice|producteur|productrice|présentateur|présentatrice|procureure générale|juriste|chirurgien|chirurgienne`
const roles = new Map<string, string[][]>()
for (const phrase of ROLE_PHRASES.split(/\s*\|\s*/)) {
  const parts = phrase.trim().split(/\s+/)
  if (parts[0]) roles.set(parts[0], [...(roles.get(parts[0]) ?? []), parts].sort((a, b) => b.length - a.length))
}

const STOPWORDS = `le la les l' un une des du de d' ce cet cette ces il elle ils elles on nous vous je tu me te se moi toi lui leur eux
mais et ou donc or ni car pour par sur sous dans avec sans selon après avant depuis pendant lors dès en au aux à chez entre vers contre malgré parmi
si quand lorsque comme alors ainsi aussi puis ensuite enfin déjà encore toujours jamais plus moins très tout toute tous toutes cela ceci ça celui
celle ceux celles qui que quoi dont où son sa ses notre votre mon ma mes ton ta tes nos vos leurs d'après hier aujourd'hui demain
cependant pourtant toutefois néanmoins certes surtout notamment également aussi même seulement environ près loin ici là voici voilà
selon face grâce suite lors autour auprès afin quant outre hors via est sont était étaient a ont avait avaient sera seront être avoir
premier première dernier dernière nouveau nouvelle ancien ancienne plusieurs certains certaines aucun aucune chaque autre autres tel telle
oui non bien mal peu beaucoup trop assez tant autant pourquoi comment combien the of and`
const NOT_NAMES = `lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
aujourd'hui hier demain dieu internet web
ia ai gpu cpu llm pdg ceo pib tva tv pc ok`

export const lexicon: Lexicon = {
  language: 'fr',
  continuations: 'separate',
  passages: 'each',
  verbs,
  weak: WEAK,
  quotedObject,
  particleVerbs,
  according: [['selon'], ["d'", 'après'], ['pour'], ['de', "l'avis", 'de'], ['aux', 'yeux', 'de'], ['citant'], ['cité', 'par'], ['citée', 'par']],
  between: words(`a ont avait avaient aurait auraient aura auront est sont était étaient serait seraient sera seront été ne n' pas plus jamais
aussi également encore ensuite alors déjà toujours pourtant cependant enfin finalement notamment d'abord surtout même ainsi donc bien certes
publiquement ouvertement clairement fermement vivement immédiatement récemment aujourd'hui hier dimanche lundi mardi mercredi jeudi vendredi samedi
soir matin lui-même elle-même t-il t-elle t-ils t-elles -t-il -t-elle il elle ils elles y en s' se l' lui leur sobrement simplement`),
  asides: [['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['pour', 'sa', 'part'], ['pour', 'leur', 'part'], ['quant', 'à', 'lui'], ['quant', 'à', 'elle'], ['à', 'son', 'tour'], ['lui', 'aussi'], ['elle', 'aussi'], ['pour', 'sa', 'défense'], ['de', 'nouveau'], ['à', 'nouveau'], ['une', 'nouvelle', 'fois'], ['tout', 'de', 'suite']],
  participle: /ant$/,
  auxiliaries: words("a ont avait avaient aurait auraient aura auront est sont était étaient serait seraient sera seront s'est se s'était"),
  complementizers: words("que qu'"),
  pronouns,
  relatives: words('qui lequel laquelle lesquels lesquelles'),
  honorifics,
  roles,
  roleModifiers: words('ancien ancienne anciens ex futur future intérimaire'),
  spokespeople: words('porte-parole porte-paroles représentant représentante représentants porte-voix'),
  of: words("de du des d' pour chez auprès"),
  documents: words('communiqué communiqués déclaration lettre lettres rapport message messages tweet texte note courrier courriel document documents tribune éditorial livre discours entretien interview vidéo publication presse'),
  prepositions: words("à au aux sur dans en pendant après avant depuis pour avec par lors de du des d' devant chez vers contre sous entre"),
  stopwords: words(STOPWORDS),
  particles: words("de du des d' la le van von der den da di del della dos das ben bin ibn al el"),
  organizationWords: words(`ministère ministères parti partis association associations fédération fédérations syndicat syndicats centrale union comité commission conseil cour tribunal agence institut fondation
université banque groupe société compagnie entreprise organisation ligue confédération front mouvement rassemblement gouvernement assemblée sénat
parlement mairie préfecture armée police gendarmerie office centre observatoire autorité direction service bureau chambre ordre collectif coalition
alliance fédéral fédérale communauté conférence fonds caisse haute haut académie école lycée hôpital clinique laboratoire journal quotidien bourse hebdomadaire
magazine radio télévision chaîne agence parquet brigade régiment état-major cabinet`),
  nameAdjectives: /^(?:\p{Ll}{3,}(?:ien|ienne|iens|iennes|ais|aise|ain|aine|ains|aines|ois|oise|éen|éenne|éens|al|ale|aux|ales|el|elle|ique|iques|iste|istes|aire|aires)|arabe|arabes|russe|russes|belge|belges|suisse|suisses|turc|turque|grec|grecque|kurde|kurdes|musulmans|national|nationale|nationaux)$/u,
  determiners: words("le la les l' un une des du d' de ce cet cette ces son sa ses leur leurs notre votre plusieurs certains certaines quelques nombreux nombreuses"),
  noComment: /(n['’](?:a|ont|avait|avaient) pas (?:souhaité |voulu |encore |immédiatement )?(?:commenter|réagir|répondre|donné suite|commenté|réagi|répondu)[^.;]*|(?:s['’]est|se sont) refusée?s? à (?:tout|(?:faire )?(?:le )?moindre) commentaire[^.;]*|(?:a|ont) refusé de (?:commenter|réagir|répondre|s['’]exprimer)[^.;]*|n['’](?:était|étaient) pas joignables?[^.;]*|n['’](?:a|ont) pas pu être joints?[^.;]*|n['’]ait rien publié[^.;,]*|(?:s['’]est|se sont) murée?s? dans le silence[^.;]*)/iu,
  mediumCues: [
    [/linkedin/i, 'linkedin_post'],
    [/(?:sur|on)\s+(?:X|Twitter)\b|\btweet|\bplate-?forme X\b|\bpublié sur X\b/u, 'x_post'],
    [/appel (?:de|sur les) (?:bénéfices|résultats)|conférence (?:téléphonique )?(?:sur les|de) résultats/i, 'earnings_call'],
    [/communiqué|déclaration écrite|a déclaré (?:à|au) \p{Lu}|a déclaré à L['’]|a indiqué (?:à|au) \p{Lu}|a confié (?:à|au) \p{Lu}/iu, 'press_statement']
  ],
  notNames: words(NOT_NAMES),
  termCues: words('appelé appelée appelés appelées baptisé baptisée intitulé intitulée intitulés surnommé surnommée dit dite dénommé dénommée nommé nommée qualifié qualifiée terme mot expression slogan devise mot-dièse hashtag chanson album film livre émission série programme épisode titre opération plan projet loi label catégorie vigilance rubrique')
}
