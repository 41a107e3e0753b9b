// English lexicon: the words each extraction stage looks for in English text.

/** Market figures: see src/extract/market.ts for what each list means. */
export const market = {}
