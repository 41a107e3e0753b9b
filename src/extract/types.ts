// The extractor's contract: what it reads (the body, its language, what the knowledge base knows) and what every stage returns, each item tied to its span in the body.
import type { AffiliationKind, EntityType, MarketEventKind, Medium, StatementKind } from '../db/schema.js'

export type Language = 'fr' | 'en'

/** Offsets into the body: JavaScript string indices, end exclusive. */
export interface Range {
  start: number
  end: number
}

export interface KnownEntity {
  id: string
  name: string
  type: EntityType
  aliases: string[]
}

export interface KnownAffiliation {
  from: string
  to: string
  kind: AffiliationKind
  role: string | null
}

/** What the knowledge base already knows: entities to link to, affiliations to resolve roles with. */
export interface Knowledge {
  entities: KnownEntity[]
  affiliations: KnownAffiliation[]
}

export interface ExtractedStatement extends Range {
  /** The speaker entity, or null when the text names no one the extractor can resolve (the label keeps the words). */
  speaker: string | null
  label: string
  kind: StatementKind
  text: string
  medium: Medium | null
  about: string[]
  confidence: number
}

export interface ExtractedEntity {
  id: string
  name: string
  type: EntityType
  description: string
}

export interface ExtractedMention extends Range {
  entityId: string
  text: string
}

export interface ExtractedFigure {
  value: number
  unit: 'percent' | 'currency'
  currency: string | null
  text: string
}

export interface ExtractedMarketEvent extends Range {
  entity: string
  kind: MarketEventKind
  /** Up or down for a move; null for a figure that is not a move (a deal's value, a sum). */
  direction: 'up' | 'down' | null
  figures: ExtractedFigure[]
  text: string
  confidence: number
}

export interface Extraction {
  statements: ExtractedStatement[]
  /** Entities the text names that the knowledge base did not know. */
  newEntities: ExtractedEntity[]
  mentions: ExtractedMention[]
  marketEvents: ExtractedMarketEvent[]
}
