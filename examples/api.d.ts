// Generated from openapi.yaml by openapi-typescript (npm run openapi); do not edit. A test fails when it is out of date.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process is up. It does not touch the database, so a slow disk never restarts a healthy process.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers 200 when the database answers a query and the process is not overloaded, 503 (with Retry-After) otherwise, so a load balancer sends traffic only to instances that can serve it.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search statements
         * @description Statements filtered by speaker, subject, either role, article, kind, medium, article date, origin, confidence and whether the speaker is resolved, and searched in full text with `q` (relevance-ranked, with a highlighted snippet per hit). Filters combine with AND; an id that matches nothing gives an empty list. Sorted newest article first by default. To review what the extractor doubted: `origin=extracted&maxConfidence=0.5`, or `hasSpeaker=false` for the statements it could not attribute. Send `Accept: text/csv` or `application/x-ndjson` to export every match.
         */
        get: operations["listStatements"];
        put?: never;
        /**
         * Add a statement
         * @description Adds a statement the extractor missed, as `origin: "curated"` with confidence 1. Send where it is (`article` and `span`), never its words: the server reads them from the article body at the span, trimmed of whitespace at either end. The speaker and subjects must exist. The same speaker, kind and words twice in one article is a 409.
         */
        post: operations["createStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a statement
         * @description One statement with its speaker, subjects, article and exact span in the article body.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        /**
         * Delete a statement
         * @description Removes one statement (an extraction error, say) and its subjects.
         */
        delete: operations["deleteStatement"];
        options?: never;
        head?: never;
        /**
         * Correct a statement
         * @description Changes the speaker, kind, subjects, stance or span of a statement; it becomes `origin: "curated"` with confidence 1. Entities must exist. A new span is read from the article body, so the text always equals `body.slice(span.start, span.end)`.
         */
        patch: operations["updateStatement"];
        trace?: never;
    };
    "/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List, sort and autocomplete entities
         * @description People, organizations, products, platforms and concepts, with how often each speaks, is spoken about and is mentioned. Filter by `type`; search names and aliases with `q` (each hit says which spelling matched); sort by name or by any count (`sort=-statementCount` for the most quoted). Send `Accept: text/csv` or `application/x-ndjson` to export every match.
         */
        get: operations["listEntities"];
        put?: never;
        /**
         * Add an entity
         * @description Adds a person, organization or other entity the extractor missed, as `origin: "curated"`, so statements can be attributed to it. Its id is the slug of its name unless `id` says otherwise; an id that is taken (or that a merged entity had) is a 409.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an entity
         * @description One entity with its aliases, its affiliations in both directions (each with the passage that supports it) and its statement and mention counts.
         */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        /**
         * Delete an entity
         * @description Removes an entity nothing is said by or about, with its aliases, mentions and affiliations. While statements (as speaker or subject) or market events refer to it, the answer is 409: re-attribute or delete them, or merge the entity into another.
         */
        delete: operations["deleteEntity"];
        options?: never;
        head?: never;
        /**
         * Correct an entity
         * @description Renames, retypes or redescribes an entity, or replaces its aliases; it becomes `origin: "curated"`. A renamed entity keeps its old name as an alias unless `aliases` is sent too, and every statement shows the new name at once.
         */
        patch: operations["updateEntity"];
        trace?: never;
    };
    "/v1/entities/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an entity's statements
         * @description Statements the entity made (`role=speaker`), statements about it (`role=subject`), or both (`role=any`, the default), with the same filters, search, sorts and exports as /v1/statements.
         */
        get: operations["listEntityStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}/market-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an entity's market events
         * @description The market moves and sums of the entity that articles report (share price, market value, index moves; deal values, financial results, other amounts), in reading order.
         */
        get: operations["listEntityMarketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge an entity into another
         * @description For two entities that are one ("Marie Le Pen" for Jean-Marie Le Pen): the statements it made and those about it, its mentions, affiliations, market events, name and aliases move to `into`, and this entity is deleted. Its id answers 301 to the other from then on. Answers with the entity that stays.
         */
        post: operations["mergeEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search articles
         * @description Articles without their bodies, newest first (undated last), or searched in full text with `q` (relevance-ranked, with a highlighted snippet). Send `Accept: text/csv` or `application/x-ndjson` to export every match.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Ingest an article
         * @description Adds an article and extracts its statements (speaker, kind, subjects, span), the entities it names and its market figures, all written in one transaction and served at once, marked `origin: "extracted"` with a confidence. Posting the same language, title and body again answers 200 with the existing article and changes nothing. List what was extracted with `GET /v1/statements?article=` and `GET /v1/market-events?article=`.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article
         * @description One article with its body, the entities its body names (with spans) and the quoted terms that are not statements.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article
         * @description Removes the article and everything that hangs off it: its statements, mentions, market events, terms and the affiliations it is the evidence for.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/market-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List market events
         * @description Market moves (share prices, market values, indexes) and sums tied to organizations (deal values, financial results, other amounts) reported by articles, in reading order, filtered by entity, article and kind. Send `Accept: text/csv` or `application/x-ndjson` to export every match.
         */
        get: operations["listMarketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/market-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a market event
         * @description One market move or sum with its figures (every currency the article gives), entity, article and span.
         */
        get: operations["getMarketEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything
         * @description Full-text search across statements (their text), entities (names and aliases) and articles (headline, standfirst, body), as one relevance-ranked list of typed hits, each with a highlighted snippet and the path of the resource.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the write log
         * @description Every write made through the API, newest first: which key (by id), when, what, on which resource. Needs an API key.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A directed link between two entities, read "from KIND to" (Sam Altman works_for OpenAI). */
        Affiliation: {
            /**
             * @description `works_for`: person → organization; `founded`: person → organization; `owns`: owner → platform or company; `made_by`: product → maker.
             * @enum {string}
             */
            kind: "works_for" | "founded" | "owns" | "made_by";
            /** @description The role as the article words it ("PDG"), for `works_for`; otherwise null. */
            role: string | null;
            from: components["schemas"]["EntityRef"];
            to: components["schemas"]["EntityRef"];
            /** @description Where the article supports this affiliation. */
            evidence: {
                /** @description The article that supports the affiliation. */
                articleId: string;
                /** @description The passage that supports it, exactly as printed. */
                text: string;
                span: components["schemas"]["Span"];
            };
        };
        /**
         * @description An article with its body, the entities it names and the quoted terms it uses.
         * @example {
         *       "id": "deepseek-reactions",
         *       "title": "«  Salles de guerre  », allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek",
         *       "standfirst": "La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.",
         *       "author": "Milos Schmidt",
         *       "language": "fr",
         *       "publisher": "L’Observatoire de l’Europe",
         *       "publishedDate": "2025",
         *       "publishedDatePrecision": "year",
         *       "statementCount": 31,
         *       "marketEventCount": 2,
         *       "url": null,
         *       "photoCaption": "The Icons for the smartphone apps DeepSeek and ChatGPT are seen on a smartphone screen in Beijing, Tuesday, Jan. 28, 2025.",
         *       "body": "La bulle de l’intelligence artificielle (IA) a eu une photo d’air cette semaine après que le laboratoire de recherche chinois Deepseek a déclaré […]",
         *       "mentions": [
         *         {
         *           "entity": {
         *             "id": "deepseek",
         *             "name": "DeepSeek",
         *             "type": "organization"
         *           },
         *           "text": "Deepseek",
         *           "span": {
         *             "start": 126,
         *             "end": 134
         *           }
         *         }
         *       ],
         *       "terms": [
         *         {
         *           "text": "salles de guerre",
         *           "note": "Meta's \"war rooms\" of engineers, as reported by The Information.",
         *           "span": {
         *             "start": 1465,
         *             "end": 1481
         *           }
         *         }
         *       ]
         *     }
         */
        Article: {
            /** @description Stable article id (slug). */
            id: string;
            /** @description The headline exactly as printed. */
            title: string;
            /** @description The introductory paragraph under the headline, when there is one. */
            standfirst: string | null;
            /** @description The byline, when there is one. */
            author: string | null;
            /** @description ISO 639-1 language of the text. */
            language: string;
            /** @description The outlet that published it, when known. */
            publisher: string | null;
            /** @description ISO 8601 date written only as precisely as known: `2025`, `2025-01` or `2025-01-28`; null when unknown. */
            publishedDate: string | null;
            /** @description How precise `date` is; null when the date is unknown. */
            publishedDatePrecision: ("year" | "month" | "day") | null;
            /**
             * Format: int32
             * @description Statements extracted from the body.
             */
            statementCount: number;
            /**
             * Format: int32
             * @description Market events extracted from the body.
             */
            marketEventCount: number;
            /** @description Where the article was published, when known. */
            url: string | null;
            /** @description The caption of the lead photo, when there is one (it may be in another language). */
            photoCaption: string | null;
            /** @description The article text alone: headline, standfirst, byline, caption and page debris are kept out. Every span indexes into it. */
            body: string;
            /** @description Every place the body names a known entity, in reading order. */
            mentions: components["schemas"]["Mention"][];
            /** @description Quoted terms that are not statements. */
            terms: components["schemas"]["Term"][];
        };
        ArticleCreated: {
            data: components["schemas"]["ArticleSummary"];
        };
        ArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            page: components["schemas"]["Page"];
        };
        /** @description A short reference to an article; fetch `/v1/articles/{id}` for the rest. */
        ArticleRef: {
            /** @description Stable article id (slug). */
            id: string;
            /** @description The headline as printed. */
            title: string;
            /** @description ISO 8601 date written only as precisely as known: `2025`, `2025-01` or `2025-01-28`; null when unknown. */
            publishedDate: string | null;
            /** @description How precise `date` is; null when the date is unknown. */
            publishedDatePrecision: ("year" | "month" | "day") | null;
        };
        ArticleResponse: {
            data: components["schemas"]["Article"];
        };
        /**
         * @description An article without its body.
         * @example {
         *       "id": "deepseek-reactions",
         *       "title": "«  Salles de guerre  », allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek",
         *       "standfirst": "La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.",
         *       "author": "Milos Schmidt",
         *       "language": "fr",
         *       "publisher": "L’Observatoire de l’Europe",
         *       "publishedDate": "2025",
         *       "publishedDatePrecision": "year",
         *       "statementCount": 31,
         *       "marketEventCount": 2
         *     }
         */
        ArticleSummary: {
            /** @description Stable article id (slug). */
            id: string;
            /** @description The headline exactly as printed. */
            title: string;
            /** @description The introductory paragraph under the headline, when there is one. */
            standfirst: string | null;
            /** @description The byline, when there is one. */
            author: string | null;
            /** @description ISO 639-1 language of the text. */
            language: string;
            /** @description The outlet that published it, when known. */
            publisher: string | null;
            /** @description ISO 8601 date written only as precisely as known: `2025`, `2025-01` or `2025-01-28`; null when unknown. */
            publishedDate: string | null;
            /** @description How precise `date` is; null when the date is unknown. */
            publishedDatePrecision: ("year" | "month" | "day") | null;
            /**
             * Format: int32
             * @description Statements extracted from the body.
             */
            statementCount: number;
            /**
             * Format: int32
             * @description Market events extracted from the body.
             */
            marketEventCount: number;
            search?: components["schemas"]["SearchMatch"];
        };
        /**
         * @example {
         *       "seq": 1,
         *       "at": "2026-11-29T10:00:00.000Z",
         *       "keyId": "editor",
         *       "operation": "statement.update",
         *       "target": "/v1/statements/st_593468df5bcd",
         *       "detail": "{\"stance\":\"positive\"}"
         *     }
         */
        AuditEntry: {
            /**
             * Format: int32
             * @description Order of the write.
             */
            seq: number;
            /** @description When it happened (ISO 8601, UTC). */
            at: string;
            /** @description The id of the API key that made it (never the key). */
            keyId: string;
            /**
             * @description What was done.
             * @enum {string}
             */
            operation: "article.create" | "article.delete" | "entity.create" | "entity.update" | "entity.merge" | "entity.delete" | "statement.create" | "statement.update" | "statement.delete";
            /** @description The resource it was done to. */
            target: string;
            /** @description What changed, when useful. */
            detail: string | null;
        };
        AuditList: {
            data: components["schemas"]["AuditEntry"][];
            page: components["schemas"]["Page"];
        };
        /**
         * @description A person, organization, product, platform or concept named in the news.
         * @example {
         *       "id": "sam-altman",
         *       "name": "Sam Altman",
         *       "type": "person",
         *       "description": "Chief executive of OpenAI.",
         *       "origin": "curated",
         *       "aliases": [
         *         "Sam Altman"
         *       ],
         *       "statementCount": 6,
         *       "subjectCount": 0,
         *       "mentionCount": 1
         *     }
         */
        Entity: {
            /** @description Stable human-readable id (slug). */
            id: string;
            /** @description Canonical name. */
            name: string;
            type: components["schemas"]["EntityType"];
            /** @description Short neutral description. */
            description: string;
            /**
             * @description `curated`, or `extracted` when the extractor created it from an ingested article.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            /** @description Every spelling the knowledge base knows, the canonical name included (the article writes "Openai", "NVIDIA", "XAI"). */
            aliases: string[];
            /**
             * Format: int32
             * @description Statements this entity made (as speaker).
             */
            statementCount: number;
            /**
             * Format: int32
             * @description Statements about this entity (as a subject).
             */
            subjectCount: number;
            /**
             * Format: int32
             * @description Times article bodies name it.
             */
            mentionCount: number;
            match?: components["schemas"]["EntityMatch"];
        };
        /**
         * @example {
         *       "name": "Tim Kaine",
         *       "type": "person",
         *       "description": "United States senator from Virginia.",
         *       "aliases": [
         *         "Kaine"
         *       ]
         *     }
         */
        EntityCreateInput: {
            /** @description Its slug; by default the slug of its name ("Tim Kaine" → `tim-kaine`). */
            id?: string;
            /** @description Canonical name. */
            name: string;
            type: components["schemas"]["EntityTypeInput"];
            /** @description Short neutral description; empty by default. */
            description?: string;
            /** @description Other spellings articles use ("Altman", "le patron d’OpenAI"); the name is always one of them. */
            aliases?: string[];
        };
        /**
         * @example {
         *       "id": "sam-altman",
         *       "name": "Sam Altman",
         *       "type": "person",
         *       "description": "Chief executive of OpenAI.",
         *       "origin": "curated",
         *       "aliases": [
         *         "Sam Altman"
         *       ],
         *       "statementCount": 6,
         *       "subjectCount": 0,
         *       "mentionCount": 1,
         *       "affiliations": [
         *         {
         *           "kind": "works_for",
         *           "role": "PDG",
         *           "from": {
         *             "id": "sam-altman",
         *             "name": "Sam Altman",
         *             "type": "person"
         *           },
         *           "to": {
         *             "id": "openai",
         *             "name": "OpenAI",
         *             "type": "organization"
         *           },
         *           "evidence": {
         *             "articleId": "deepseek-reactions",
         *             "text": "Le PDG d’Openai, Sam Altman",
         *             "span": {
         *               "start": 4097,
         *               "end": 4124
         *             }
         *           }
         *         }
         *       ]
         *     }
         */
        EntityDetail: {
            /** @description Stable human-readable id (slug). */
            id: string;
            /** @description Canonical name. */
            name: string;
            type: components["schemas"]["EntityType"];
            /** @description Short neutral description. */
            description: string;
            /**
             * @description `curated`, or `extracted` when the extractor created it from an ingested article.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            /** @description Every spelling the knowledge base knows, the canonical name included (the article writes "Openai", "NVIDIA", "XAI"). */
            aliases: string[];
            /**
             * Format: int32
             * @description Statements this entity made (as speaker).
             */
            statementCount: number;
            /**
             * Format: int32
             * @description Statements about this entity (as a subject).
             */
            subjectCount: number;
            /**
             * Format: int32
             * @description Times article bodies name it.
             */
            mentionCount: number;
            /** @description Affiliations in both directions: where this entity is `from` and where it is `to`. */
            affiliations: components["schemas"]["Affiliation"][];
        };
        EntityList: {
            data: components["schemas"]["Entity"][];
            page: components["schemas"]["Page"];
        };
        /** @description Present only when the list is a search (`q`): which spelling matched, as autocomplete shows it. */
        EntityMatch: {
            /**
             * @description Whether the canonical name or an alias matched.
             * @enum {string}
             */
            field: "name" | "alias";
            /** @description The spelling that matched. */
            text: string;
        };
        /**
         * @example {
         *       "into": "jean-marie-le-pen"
         *     }
         */
        EntityMergeInput: {
            /** @description The entity that stays: everything that refers to this one moves to it. */
            into: string;
        };
        /**
         * @example {
         *       "name": "Jean-Marie Le Pen",
         *       "description": "French far-right politician, founder of the Front national."
         *     }
         */
        EntityPatchInput: {
            /** @description Canonical name. The old one stays an alias unless `aliases` is sent too. */
            name?: string;
            type?: components["schemas"]["EntityTypeInput"];
            /** @description Short neutral description. */
            description?: string;
            /** @description Every alias, replacing the ones there are; the name is always kept as one. */
            aliases?: string[];
        };
        /**
         * @description A short reference to an entity; fetch `/v1/entities/{id}` for the rest.
         * @example {
         *       "id": "sam-altman",
         *       "name": "Sam Altman",
         *       "type": "person"
         *     }
         */
        EntityRef: {
            /** @description Stable human-readable id (slug). */
            id: string;
            /** @description Canonical name. */
            name: string;
            /**
             * @description What kind of entity it is.
             * @enum {string}
             */
            type: "person" | "organization" | "product" | "platform" | "concept";
        };
        EntityResponse: {
            data: components["schemas"]["EntityDetail"];
        };
        /**
         * @description What kind of entity it is.
         * @enum {string}
         */
        EntityType: "person" | "organization" | "product" | "platform" | "concept";
        /**
         * @description What kind of entity it is.
         * @enum {string}
         */
        EntityTypeInput: "person" | "organization" | "product" | "platform" | "concept";
        FieldError: {
            /**
             * @description Where the offending value was sent.
             * @enum {string}
             */
            location: "query" | "path" | "header" | "body";
            /** @description The parameter or body field at fault; empty when the whole part is at fault. */
            name: string;
            /** @description What is wrong with it, in words a person can act on. */
            message: string;
        };
        Figure: {
            /** @description Signed amount: negative for a fall or a loss. Percent figures are in percentage points (-17 is -17%); currency figures in whole units of the currency. */
            value: number;
            /**
             * @description What `value` counts.
             * @enum {string}
             */
            unit: "percent" | "currency";
            /** @description ISO 4217 code for currency figures; null for percent figures. */
            currency: string | null;
            /** @description The figure as printed. */
            text: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description A market move (a share price, a market value, an index) or a sum tied to an organization (a deal's value, a result, a fine) that an article reports, with its figures and the span they come from.
         * @example {
         *       "id": "me_dcf508ea93b1",
         *       "entity": {
         *         "id": "nvidia",
         *         "name": "Nvidia",
         *         "type": "organization"
         *       },
         *       "kind": "market_value_change",
         *       "direction": "down",
         *       "figures": [
         *         {
         *           "value": -593000000000,
         *           "unit": "currency",
         *           "currency": "USD",
         *           "text": "593 milliards de dollars"
         *         },
         *         {
         *           "value": -570000000000,
         *           "unit": "currency",
         *           "currency": "EUR",
         *           "text": "570 milliards d’euros"
         *         }
         *       ],
         *       "text": "évaporant 593 milliards de dollars (570 milliards d’euros) sur sa valeur marchande",
         *       "span": {
         *         "start": 818,
         *         "end": 900
         *       },
         *       "article": {
         *         "id": "deepseek-reactions",
         *         "title": "«  Salles de guerre  », allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek",
         *         "publishedDate": "2025",
         *         "publishedDatePrecision": "year"
         *       },
         *       "date": null,
         *       "datePrecision": null,
         *       "origin": "curated",
         *       "confidence": 1
         *     }
         */
        MarketEvent: {
            /** @description Stable id, derived from the article, entity, kind and text. */
            id: string;
            entity: components["schemas"]["EntityRef"];
            kind: components["schemas"]["MarketEventKind"];
            /** @description Whether the figures rose or fell; null for a figure that is not a move (a deal's value, a result, a fine). */
            direction: ("up" | "down") | null;
            /** @description Every figure the article gives for this event, one per unit or currency. */
            figures: components["schemas"]["Figure"][];
            /** @description The passage that reports it, exactly as printed. */
            text: string;
            span: components["schemas"]["Span"];
            article: components["schemas"]["ArticleRef"];
            /** @description When it happened, as precisely as the article says; null when it does not. */
            date: string | null;
            /** @description How precise `date` is; null when the date is unknown. */
            datePrecision: ("year" | "month" | "day") | null;
            /**
             * @description `curated`: annotated or corrected by an editor; `extracted`: found by the extractor in an ingested article.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            /** @description How sure the extractor is, from 0 to 1; 1 for curated items. */
            confidence: number;
        };
        /**
         * @description Moves: `share_price_change`, a move in a share price; `market_value_change`, a gain or loss of market capitalization; `index_change`, a move of a stock index or market ("the Dow fell 0.4%"). Figures that are not moves: `deal_value`, what a deal, acquisition or investment is worth; `financial_result`, revenue, profit or loss for a period; `amount`, any other sum tied to an organization (a fine, a cost, a stolen sum).
         * @enum {string}
         */
        MarketEventKind: "share_price_change" | "market_value_change" | "index_change" | "deal_value" | "financial_result" | "amount";
        MarketEventList: {
            data: components["schemas"]["MarketEvent"][];
            page: components["schemas"]["Page"];
        };
        MarketEventResponse: {
            data: components["schemas"]["MarketEvent"];
        };
        /**
         * @description Where the words were said or published, when the article says so.
         * @enum {string}
         */
        Medium: "press_statement" | "earnings_call" | "linkedin_post" | "x_post" | "news_report";
        /**
         * @description Where the words were said or published, when the article says so.
         * @enum {string}
         */
        MediumInput: "press_statement" | "earnings_call" | "linkedin_post" | "x_post" | "news_report";
        /** @description A place where the body names an entity. */
        Mention: {
            entity: components["schemas"]["EntityRef"];
            /** @description The spelling used at this point. */
            text: string;
            span: components["schemas"]["Span"];
        };
        /**
         * @example {
         *       "title": "Chipmakers slide as investors weigh cheaper AI models",
         *       "body": "Shares of Nvidia fell 4.2% on Thursday.\n\n“We are seeing a healthy correction, not a collapse,” said Priya Raman, chief investment officer at Halden Capital.",
         *       "language": "en",
         *       "publisher": "Example Wire",
         *       "publishedAt": "2025-01-30"
         *     }
         */
        NewArticleInput: {
            /** @description The headline. */
            title: string;
            /** @description The article text alone (no headline, byline or page furniture): paragraphs separated by blank lines. */
            body: string;
            /**
             * @description The language of the text.
             * @enum {string}
             */
            language: "fr" | "en";
            /** @description The byline. */
            author?: string;
            /** @description The outlet. */
            publisher?: string;
            /**
             * Format: uri
             * @description Where the article was published.
             */
            url?: string;
            /** @description When it was published, as precisely as known. */
            publishedAt?: string;
            /** @description The caption of the lead photo. */
            caption?: string;
        };
        Page: {
            /**
             * Format: int32
             * @description The page size used.
             */
            limit: number;
            /** @description Pass as `cursor` to fetch the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int32
             * @description How many items match, whatever the page; only with `count=true`.
             */
            total?: number;
            /**
             * @description Present when a search has more matches than it ranks (the 2,000 most recent; 500 for a search of stopwords only): `total` then counts those it ranks.
             * @constant
             */
            totalIsLowerBound?: true;
        };
        /**
         * @description An RFC 9457 problem details object, served as `application/problem+json` for every error.
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "The request has 1 invalid field.",
         *       "instance": "/v1/statements?limit=500",
         *       "code": "validation_failed",
         *       "errors": [
         *         {
         *           "location": "query",
         *           "name": "limit",
         *           "message": "Must be a whole number from 1 to 100."
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI reference naming the problem type; `about:blank` means the HTTP status says it all. */
            type: string;
            /** @description The HTTP status phrase. */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status code, repeated for clients that lose it.
             */
            status: number;
            /** @description What went wrong with this request. Never contains internals. */
            detail: string;
            /** @description The path of the request that failed. */
            instance: string;
            /** @description A stable machine-readable code: `validation_failed`, `not_found`, `route_not_found`, `internal_error`, or a lower-cased Fastify error code for other client errors. */
            code: string;
            /** @description One entry per invalid field (validation failures only), at most 20; past that, a last entry with an empty `name` says how many more were left out. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * @description One full-text hit, of any type.
         * @example {
         *       "type": "statement",
         *       "id": "st_5b90a0107ff0",
         *       "label": "Sam Altman",
         *       "snippet": "Openai continuera de livrer de meilleurs <mark>modèles</mark>",
         *       "score": 1.7617738882918408,
         *       "href": "/v1/statements/st_5b90a0107ff0"
         *     }
         */
        SearchHit: {
            /**
             * @description What the hit is: fetch it at `href`.
             * @enum {string}
             */
            type: "statement" | "entity" | "article";
            /** @description The id of the statement, entity or article. */
            id: string;
            /** @description A short title: the speaker for a statement (as the text names them when unresolved), the name for an entity, the headline for an article. */
            label: string;
            /** @description The best-matching passage, HTML-escaped, with matched words in <mark>…</mark>. */
            snippet: string;
            /** @description Relevance (negated BM25): higher is better. Scores rank hits within one query. */
            score: number;
            /** @description The API path of the resource. */
            href: string;
        };
        SearchList: {
            data: components["schemas"]["SearchHit"][];
            page: components["schemas"]["Page"];
        };
        /** @description Present only when the list is a full-text search (`q`). */
        SearchMatch: {
            /** @description Relevance (negated BM25): higher is a better match. Comparable within one query only. */
            score: number;
            /** @description The best-matching passage, HTML-escaped, with matched words in <mark>…</mark>. */
            snippet: string;
        };
        /** @description Half-open character range [start, end) in the article body, in JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the text. */
        Span: {
            /**
             * Format: int32
             * @description Offset of the first character in the article body.
             */
            start: number;
            /**
             * Format: int32
             * @description Offset just past the last character.
             */
            end: number;
        };
        /** @description Half-open character range [start, end) in the article body, in JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the text. */
        SpanInput: {
            /**
             * Format: int32
             * @description Offset of the first character in the article body.
             */
            start: number;
            /**
             * Format: int32
             * @description Offset just past the last character.
             */
            end: number;
        };
        /**
         * @description Something an entity said or is reported to have said, tied to the exact characters of its source. An extracted statement may have no resolved speaker (`speaker: null`), with a low confidence, for an editor to review.
         * @example {
         *       "id": "st_593468df5bcd",
         *       "article": {
         *         "id": "deepseek-reactions",
         *         "title": "«  Salles de guerre  », allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek",
         *         "publishedDate": "2025",
         *         "publishedDatePrecision": "year"
         *       },
         *       "position": 2,
         *       "kind": "quote",
         *       "text": "Deepseek est une excellente progression de l’IA et un parfait exemple de mise à l’échelle du temps de test",
         *       "speaker": {
         *         "id": "nvidia",
         *         "name": "Nvidia",
         *         "type": "organization"
         *       },
         *       "speakerLabel": "un porte-parole de NVIDIA",
         *       "medium": "press_statement",
         *       "stance": null,
         *       "origin": "curated",
         *       "confidence": 1,
         *       "subjects": [
         *         {
         *           "id": "deepseek",
         *           "name": "DeepSeek",
         *           "type": "organization"
         *         }
         *       ],
         *       "span": {
         *         "start": 905,
         *         "end": 1011
         *       }
         *     }
         */
        Statement: {
            /** @description Stable id, derived from the article, speaker (as first stored), kind and text. */
            id: string;
            article: components["schemas"]["ArticleRef"];
            /**
             * Format: int32
             * @description Reading order within the article (1 = first).
             */
            position: number;
            kind: components["schemas"]["StatementKind"];
            /** @description The words exactly as printed: `article.body.slice(span.start, span.end)`. Quotes exclude the « » marks. */
            text: string;
            /** @description Who said it. Organizations speaking through a spokesperson are the speaker. null when the extractor found words but could not tell who said them; `speakerLabel` keeps how the text names the speaker (list them with `hasSpeaker=false`). */
            speaker: components["schemas"]["EntityRef"] | null;
            /** @description How the article names the speaker at this point, e.g. "un porte-parole de NVIDIA" or "il"; for an unresolved speaker, the words the text gives ("a source close to the talks"). */
            speakerLabel: string;
            /** @description Where it was said, when the article says so; otherwise null. */
            medium: components["schemas"]["Medium"] | null;
            /** @description How the statement leans toward its subjects, when an editor has said so; otherwise null. */
            stance: ("positive" | "negative" | "neutral" | "mixed") | null;
            /**
             * @description `curated`: annotated or corrected by an editor; `extracted`: found by the extractor in an ingested article.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            /** @description How sure the extractor is, from 0 to 1; 1 for curated items. */
            confidence: number;
            /** @description Entities the statement is about. */
            subjects: components["schemas"]["EntityRef"][];
            span: components["schemas"]["Span"];
            search?: components["schemas"]["SearchMatch"];
        };
        /**
         * @example {
         *       "article": "deepseek-reactions",
         *       "span": {
         *         "start": 905,
         *         "end": 1011
         *       },
         *       "speaker": "sam-altman",
         *       "kind": "quote",
         *       "subjects": [
         *         "deepseek"
         *       ]
         *     }
         */
        StatementCreateInput: {
            /** @description The article it is in. */
            article: string;
            /** @description Where the words are in the article body. The text is read there, trimmed of whitespace at either end. */
            span: components["schemas"]["SpanInput"];
            /** @description The entity who said it (create it first with POST /v1/entities if it is missing). */
            speaker: string;
            kind: components["schemas"]["StatementKindInput"];
            /** @description Every entity it is about. */
            subjects?: string[];
            /** @description Where it was said, when the article says. */
            medium?: components["schemas"]["MediumInput"] | null;
            /** @description How it leans toward its subjects. */
            stance?: ("positive" | "negative" | "neutral" | "mixed") | null;
        };
        /**
         * @description `quote`: a full quotation in « »; `partial_quote`: quoted words embedded in the narrator's sentence; `paraphrase`: a claim reported without quotation marks; `no_comment`: a reported refusal or absence of comment.
         * @enum {string}
         */
        StatementKind: "quote" | "partial_quote" | "paraphrase" | "no_comment";
        /**
         * @description `quote`: a full quotation in « »; `partial_quote`: quoted words embedded in the narrator's sentence; `paraphrase`: a claim reported without quotation marks; `no_comment`: a reported refusal or absence of comment.
         * @enum {string}
         */
        StatementKindInput: "quote" | "partial_quote" | "paraphrase" | "no_comment";
        StatementList: {
            data: components["schemas"]["Statement"][];
            page: components["schemas"]["Page"];
        };
        /**
         * @example {
         *       "speaker": "nvidia",
         *       "stance": "positive"
         *     }
         * @example {
         *       "span": {
         *         "start": 905,
         *         "end": 1011
         *       }
         *     }
         */
        StatementPatchInput: {
            /** @description The entity who said it; sets the speaker of an unresolved statement too. It cannot be set back to null. */
            speaker?: string;
            /**
             * @description The kind of statement.
             * @enum {string}
             */
            kind?: "quote" | "partial_quote" | "paraphrase" | "no_comment";
            /** @description Every entity it is about (replaces the list). */
            subjects?: string[];
            /** @description How it leans toward its subjects; null to clear. */
            stance?: ("positive" | "negative" | "neutral" | "mixed") | null;
            /** @description Where the words are in the article body: the text is read there, trimmed of whitespace at either end, and the statement takes its place in reading order. */
            span?: components["schemas"]["SpanInput"];
        };
        StatementResponse: {
            data: components["schemas"]["Statement"];
        };
        /** @description Words the narrator puts in quotation marks that nobody is quoted as saying («salles de guerre»). */
        Term: {
            /** @description The quoted words, without the « » marks. */
            text: string;
            /** @description What the term means or refers to. */
            note: string | null;
            span: components["schemas"]["Span"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers. */
            200: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Only statements made by this entity id. */
                speaker?: string;
                /** @description Only statements about this entity id (one of their subjects). */
                about?: string;
                /** @description Only statements where this entity id is the speaker or a subject. */
                entity?: string;
                /** @description Only statements from this article id. */
                article?: string;
                /** @description Only statements of this kind. */
                kind?: "quote" | "partial_quote" | "paraphrase" | "no_comment";
                /** @description Only statements said or published through this medium. */
                medium?: "press_statement" | "earnings_call" | "linkedin_post" | "x_post" | "news_report";
                /** @description Only statements from articles dated on or after this ISO 8601 date (2025, 2025-01 or 2025-01-28). A partially dated article matches when its period overlaps; undated ones never do. */
                from?: string;
                /** @description Only statements from articles dated on or before this ISO 8601 date, read the same way as `from`. */
                to?: string;
                /** @description Only statements of this origin: `extracted` (found by the extractor, not yet reviewed) or `curated` (annotated or corrected by an editor). */
                origin?: "curated" | "extracted";
                /** @description Only statements the extractor is at least this sure of, from 0 to 1, the bound included (curated statements have 1). */
                minConfidence?: number;
                /** @description Only statements the extractor is at most this sure of, from 0 to 1, the bound included; with `origin=extracted`, the doubtful ones to review. Must not be below `minConfidence`. */
                maxConfidence?: number;
                /** @description `false`: only statements whose speaker the extractor could not resolve (`speaker` is null, `speakerLabel` has the text's words), for an editor to attribute; `true`: only attributed ones. */
                hasSpeaker?: "true" | "false";
                /** @description Full-text search in the statement text: accent- and case-blind, words match as prefixes and in singular or plural, all words must match (the first 16 are searched). Sorts by relevance unless `sort` says otherwise. */
                q?: string;
                /** @description `-date` (default): newest article first, each article in reading order; `date`: oldest first; `position`: by article, in reading order; `-position`: the reverse; `relevance` (default with `q`): best match first. */
                sort?: "-date" | "date" | "position" | "-position" | "relevance";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `article`, `position`, `kind`, `text`, `speaker`, `speakerLabel`, `medium`, `stance`, `origin`, `confidence`, `subjects`, `span`, `search`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements (or every match, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementCreateInput"];
            };
        };
        responses: {
            /** @description The new statement. `Location` gives its URL. */
            201: {
                headers: {
                    /** @description The new resource. */
                    Location?: string;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry). */
            409: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Statement id.
                 * @example st_593468df5bcd
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Statement id.
                 * @example st_593468df5bcd
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Statement id.
                 * @example st_593468df5bcd
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementPatchInput"];
            };
        };
        responses: {
            /** @description The corrected statement. */
            200: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry). */
            409: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /** @description Only entities of this type. */
                type?: "person" | "organization" | "product" | "platform" | "concept";
                /** @description Search names and aliases for autocomplete: accent- and case-blind, each word matching the start of a word ("alt" finds Sam Altman, "echelle" finds Scale AI through its alias "l’échelle de l’IA"). Each hit says which spelling matched. Sorts by relevance unless `sort` says otherwise. */
                q?: string;
                /** @description `name` (default): A to Z; `statementCount`: statements made; `subjectCount`: statements about it; `mentionCount`: times named; a leading `-` reverses (`-statementCount`: most quoted first); `relevance` (default with `q`): best match first. */
                sort?: "name" | "-name" | "statementCount" | "-statementCount" | "subjectCount" | "-subjectCount" | "mentionCount" | "-mentionCount" | "relevance";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `name`, `type`, `description`, `origin`, `aliases`, `statementCount`, `subjectCount`, `mentionCount`, `match`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities (or every match, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityCreateInput"];
            };
        };
        responses: {
            /** @description The new entity. `Location` gives its URL. */
            201: {
                headers: {
                    /** @description The new resource. */
                    Location?: string;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry). */
            409: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            /** @description The entity was merged into another: `Location` is its URL. */
            301: {
                headers: {
                    /** @description Where the resource is now, with the rest of the path and the query kept. */
                    Location?: string;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry). */
            409: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityPatchInput"];
            };
        };
        responses: {
            /** @description The corrected entity. */
            200: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityStatements: {
        parameters: {
            query?: {
                /** @description `speaker`: statements the entity made; `subject`: statements about it; `any`: either. */
                role?: "speaker" | "subject" | "any";
                /** @description Only statements from this article id. */
                article?: string;
                /** @description Only statements of this kind. */
                kind?: "quote" | "partial_quote" | "paraphrase" | "no_comment";
                /** @description Only statements said or published through this medium. */
                medium?: "press_statement" | "earnings_call" | "linkedin_post" | "x_post" | "news_report";
                /** @description Only statements from articles dated on or after this ISO 8601 date (2025, 2025-01 or 2025-01-28). A partially dated article matches when its period overlaps; undated ones never do. */
                from?: string;
                /** @description Only statements from articles dated on or before this ISO 8601 date, read the same way as `from`. */
                to?: string;
                /** @description Only statements of this origin: `extracted` (found by the extractor, not yet reviewed) or `curated` (annotated or corrected by an editor). */
                origin?: "curated" | "extracted";
                /** @description Only statements the extractor is at least this sure of, from 0 to 1, the bound included (curated statements have 1). */
                minConfidence?: number;
                /** @description Only statements the extractor is at most this sure of, from 0 to 1, the bound included; with `origin=extracted`, the doubtful ones to review. Must not be below `minConfidence`. */
                maxConfidence?: number;
                /** @description `false`: only statements whose speaker the extractor could not resolve (`speaker` is null, `speakerLabel` has the text's words), for an editor to attribute; `true`: only attributed ones. */
                hasSpeaker?: "true" | "false";
                /** @description Full-text search in the statement text: accent- and case-blind, words match as prefixes and in singular or plural, all words must match (the first 16 are searched). Sorts by relevance unless `sort` says otherwise. */
                q?: string;
                /** @description `-date` (default): newest article first, each article in reading order; `date`: oldest first; `position`: by article, in reading order; `-position`: the reverse; `relevance` (default with `q`): best match first. */
                sort?: "-date" | "date" | "position" | "-position" | "relevance";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `article`, `position`, `kind`, `text`, `speaker`, `speakerLabel`, `medium`, `stance`, `origin`, `confidence`, `subjects`, `span`, `search`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements (or every match, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description The entity was merged into another: `Location` is its URL. */
            301: {
                headers: {
                    /** @description Where the resource is now, with the rest of the path and the query kept. */
                    Location?: string;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntityMarketEvents: {
        parameters: {
            query?: {
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `entity`, `kind`, `direction`, `figures`, `text`, `span`, `article`, `date`, `datePrecision`, `origin`, `confidence`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of market events (or every one, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketEventList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description The entity was merged into another: `Location` is its URL. */
            301: {
                headers: {
                    /** @description Where the resource is now, with the rest of the path and the query kept. */
                    Location?: string;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Entity id (slug).
                 * @example sam-altman
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityMergeInput"];
            };
        };
        responses: {
            /** @description The entity merged into, with everything moved. */
            200: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResponse"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Full-text search in headline, standfirst and body (headline weighs most): accent- and case-blind, words match as prefixes and in singular or plural (the first 16 are searched). Sorts by relevance unless `sort` says otherwise. */
                q?: string;
                /** @description `-date` (default): newest first, undated last; `date`: oldest first; `relevance` (default with `q`): best match first. */
                sort?: "-date" | "date" | "relevance";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `title`, `standfirst`, `author`, `language`, `publisher`, `publishedDate`, `publishedDatePrecision`, `statementCount`, `marketEventCount`, `search`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles (or every match, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewArticleInput"];
            };
        };
        responses: {
            /** @description The same content was already there: the existing article, unchanged. */
            200: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleCreated"];
                };
            };
            /** @description The article was created. `Location` gives its URL. */
            201: {
                headers: {
                    /** @description The new resource. */
                    Location?: string;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleCreated"];
                };
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry). */
            409: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article could not be extracted within its time budget (`extraction_timeout`); nothing was written. */
            422: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Article id (slug).
                 * @example deepseek-reactions
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article id (slug).
                 * @example deepseek-reactions
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server has no room left for this write (`storage_full`); nothing was written. */
            507: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMarketEvents: {
        parameters: {
            query?: {
                /** @description Only events of this entity id. */
                entity?: string;
                /** @description Only events this article reports (an article id). */
                article?: string;
                /** @description Only events of this kind: a move (`share_price_change`, `market_value_change`, `index_change`) or a sum (`deal_value`, `financial_result`, `amount`). */
                kind?: "share_price_change" | "market_value_change" | "index_change" | "deal_value" | "financial_result" | "amount";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `id`, `entity`, `kind`, `direction`, `figures`, `text`, `span`, `article`, `date`, `datePrecision`, `origin`, `confidence`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of market events (or every match, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketEventList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Market event id.
                 * @example me_dcf508ea93b1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The market event. */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketEventResponse"];
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No resource has this id. */
            404: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 200 characters. */
            414: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Words to find in statements, entity names and aliases, and articles: accent- and case-blind, each word matching as a prefix and in singular or plural; all words must match. The first 16 words are searched, one-letter words aside.
                 * @example modele
                 */
                q: string;
                /** @description Only hits of this type. */
                type?: "statement" | "entity" | "article";
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `type`, `id`, `label`, `snippet`, `score`, `href`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits (or every hit, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Shared caches may keep the response for a minute, and serve it stale for another while revalidating.
                     * @example public, max-age=60, stale-while-revalidate=60
                     */
                    "Cache-Control"?: "public, max-age=60, stale-while-revalidate=60";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /**
                 * @description Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.
                 * @example 20
                 */
                limit?: number;
                /** @description The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it. */
                cursor?: string;
                /** @description With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page. */
                count?: "true" | "false";
                /** @description Only these fields in each item, comma-separated: `seq`, `at`, `keyId`, `operation`, `target`, `detail`. Without it, every field. A field outside the list is a 400. Exports keep them too: NDJSON lines carry only these fields, and CSV only their columns. */
                fields?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold; answered with 304 and no body while it is current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the write log (or all of it, as CSV or NDJSON). */
            200: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Only the client may keep the response, and must revalidate it before reuse.
                     * @example private, no-cache
                     */
                    "Cache-Control"?: "private, no-cache";
                    /**
                     * @description The next page, `<url>; rel="next"`; absent on the last page.
                     * @example </v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"
                     */
                    Link?: string;
                    /**
                     * @description How many items match, whatever the page; only with `count=true`.
                     * @example 31
                     */
                    "X-Total-Count"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                    "text/csv": unknown;
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Not Modified: the representation you hold (`If-None-Match`) is current. */
            304: {
                headers: {
                    /**
                     * @description The representation's validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.
                     * @example W/"3f-Gx9mQ2c1Zt0aB7kP"
                     */
                    ETag?: string;
                    /**
                     * @description Only the client may keep the response, and must revalidate it before reuse.
                     * @example private, no-cache
                     */
                    "Cache-Control"?: "private, no-cache";
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is malformed or unknown; `errors` lists each one. */
            400: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one; `WWW-Authenticate` says how to send one. */
            401: {
                headers: {
                    /**
                     * @description How to authenticate: a bearer key.
                     * @example Bearer realm="who-said-what"
                     */
                    "WWW-Authenticate"?: "Bearer realm=\"who-said-what\"";
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Writes are disabled: this server has no API keys configured. */
            403: {
                headers: {
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /**
                     * @description Seconds to wait before retrying.
                     * @example 60
                     */
                    "Retry-After"?: number;
                    /**
                     * @description Requests a client may make per window (absent when rate limiting is off).
                     * @example 600
                     */
                    "X-RateLimit-Limit"?: number;
                    /**
                     * @description Requests left in the current window.
                     * @example 599
                     */
                    "X-RateLimit-Remaining"?: number;
                    /**
                     * @description Seconds until the window resets.
                     * @example 60
                     */
                    "X-RateLimit-Reset"?: number;
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the body never shows internals. */
            500: {
                headers: {
                    /**
                     * @description `*`, or the calling origin when `CORS_ORIGINS` lists it.
                     * @example *
                     */
                    "Access-Control-Allow-Origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
