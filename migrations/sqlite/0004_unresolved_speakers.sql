-- Statements may have no speaker (the extractor found the words but not who said them), and market
-- events take four more kinds and may have no direction. SQLite cannot drop NOT NULL, so both tables
-- are rebuilt (drizzle-kit's output, checked by hand). Dropping a table drops its indexes and
-- triggers: every one of them is recreated below exactly as before, and seq is copied, so the FTS5
-- external-content index still points at the same rows. The migrator runs inside one transaction,
-- where PRAGMA foreign_keys cannot change: openDb turns foreign keys off around it instead (else
-- DROP TABLE statements would cascade-delete every statement_subjects row) and runs
-- foreign_key_check before turning them back on (test/db/migrations.test.ts).
CREATE TABLE `__new_market_events` (
	`id` text PRIMARY KEY NOT NULL,
	`entity_id` text NOT NULL,
	`article_id` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text,
	`figures` text NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`date` text,
	`date_precision` text,
	`origin` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "market_events_kind" CHECK(kind IN ('share_price_change', 'market_value_change', 'index_change', 'deal_value', 'financial_result', 'amount')),
	CONSTRAINT "market_events_direction" CHECK(direction IS NULL OR direction IN ('up', 'down')),
	CONSTRAINT "market_events_span" CHECK("__new_market_events"."span_start" >= 0 AND "__new_market_events"."span_end" > "__new_market_events"."span_start")
);
--> statement-breakpoint
INSERT INTO `__new_market_events`("id", "entity_id", "article_id", "kind", "direction", "figures", "text", "span_start", "span_end", "date", "date_precision", "origin", "confidence") SELECT "id", "entity_id", "article_id", "kind", "direction", "figures", "text", "span_start", "span_end", "date", "date_precision", "origin", "confidence" FROM `market_events`;--> statement-breakpoint
DROP TABLE `market_events`;--> statement-breakpoint
ALTER TABLE `__new_market_events` RENAME TO `market_events`;--> statement-breakpoint
CREATE UNIQUE INDEX `market_events_article_span` ON `market_events` (`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE INDEX `market_events_entity` ON `market_events` (`entity_id`,`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE INDEX `market_events_kind` ON `market_events` (`kind`,`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE TABLE `__new_statements` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`article_id` text NOT NULL,
	`article_date` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`speaker_id` text,
	`speaker_label` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`medium` text,
	`stance` text,
	`origin` text DEFAULT 'curated' NOT NULL,
	`confidence` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind" CHECK(kind IN ('quote', 'partial_quote', 'paraphrase', 'no_comment')),
	CONSTRAINT "statements_medium" CHECK(medium IS NULL OR medium IN ('press_statement', 'earnings_call', 'linkedin_post', 'x_post', 'news_report')),
	CONSTRAINT "statements_span" CHECK("__new_statements"."span_start" >= 0 AND "__new_statements"."span_end" > "__new_statements"."span_start")
);
--> statement-breakpoint
INSERT INTO `__new_statements`("seq", "id", "article_id", "article_date", "position", "speaker_id", "speaker_label", "kind", "text", "span_start", "span_end", "medium", "stance", "origin", "confidence") SELECT "seq", "id", "article_id", "article_date", "position", "speaker_id", "speaker_label", "kind", "text", "span_start", "span_end", "medium", "stance", "origin", "confidence" FROM `statements`;--> statement-breakpoint
-- A trigger on articles writes to statements: renaming the new table into place re-reads every
-- trigger, and this one would name a table that is gone, so it is dropped first and recreated below.
DROP TRIGGER articles_date_update;--> statement-breakpoint
DROP TABLE `statements`;--> statement-breakpoint
ALTER TABLE `__new_statements` RENAME TO `statements`;--> statement-breakpoint
CREATE UNIQUE INDEX `statements_id_unique` ON `statements` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `statements_reading_order` ON `statements` (`article_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `statements_newest` ON `statements` ("article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_oldest` ON `statements` (`article_date`,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_speaker` ON `statements` (`speaker_id`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_speaker_reading` ON `statements` (`speaker_id`,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_kind` ON `statements` (`kind`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_medium` ON `statements` (`medium`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
-- The triggers of migrations/0001_search.sql on the two rebuilt tables, unchanged (a NULL speaker counts for no entity).
CREATE TRIGGER statements_row_count_insert AFTER INSERT ON statements BEGIN
  UPDATE row_counts SET n = n + 1 WHERE table_name = 'statements';
END;
--> statement-breakpoint
CREATE TRIGGER statements_row_count_delete AFTER DELETE ON statements BEGIN
  UPDATE row_counts SET n = n - 1 WHERE table_name = 'statements';
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, text) VALUES (new.seq, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO statements_fts (rowid, text) VALUES (new.seq, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_insert AFTER INSERT ON statements BEGIN
  UPDATE entities SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements BEGIN
  UPDATE entities SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_update AFTER UPDATE OF speaker_id ON statements BEGIN
  UPDATE entities SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
  UPDATE entities SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_article_date_insert AFTER INSERT ON statements
WHEN new.article_date IS NOT (SELECT coalesce(published_date, '') FROM articles WHERE id = new.article_id) BEGIN
  UPDATE statements SET article_date = (SELECT coalesce(published_date, '') FROM articles WHERE id = new.article_id) WHERE seq = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_insert AFTER INSERT ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_update AFTER UPDATE ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_delete AFTER DELETE ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_insert AFTER INSERT ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_update AFTER UPDATE ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_delete AFTER DELETE ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_date_update AFTER UPDATE OF published_date ON articles BEGIN
  UPDATE statements SET article_date = coalesce(new.published_date, '') WHERE article_id = new.id;
END;
