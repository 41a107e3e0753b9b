CREATE TABLE `affiliations` (
	`from_entity_id` text NOT NULL,
	`kind` text NOT NULL,
	`to_entity_id` text NOT NULL,
	`role` text,
	`article_id` text NOT NULL,
	`evidence` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	PRIMARY KEY(`from_entity_id`, `kind`, `to_entity_id`),
	FOREIGN KEY (`from_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "affiliations_kind" CHECK(kind IN ('works_for', 'founded', 'owns', 'made_by')),
	CONSTRAINT "affiliations_span" CHECK("affiliations"."span_start" >= 0 AND "affiliations"."span_end" > "affiliations"."span_start")
);
--> statement-breakpoint
CREATE INDEX `affiliations_to` ON `affiliations` (`to_entity_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`author` text,
	`language` text NOT NULL,
	`publisher` text,
	`published_date` text,
	`published_date_precision` text,
	`date_key` text GENERATED ALWAYS AS (coalesce(published_date, '')) VIRTUAL NOT NULL,
	`standfirst` text,
	`photo_caption` text,
	`body` text NOT NULL,
	CONSTRAINT "articles_precision" CHECK(("articles"."published_date" IS NULL) = ("articles"."published_date_precision" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_id_unique` ON `articles` (`id`);--> statement-breakpoint
CREATE INDEX `articles_date` ON `articles` (`date_key`,`id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`description` text NOT NULL,
	`statement_count` integer DEFAULT 0 NOT NULL,
	`subject_count` integer DEFAULT 0 NOT NULL,
	`mention_count` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "entities_type" CHECK(type IN ('person', 'organization', 'product', 'platform', 'concept'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_id_unique` ON `entities` (`id`);--> statement-breakpoint
CREATE INDEX `entities_name` ON `entities` ("name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `entities_type_name` ON `entities` (`type`,"name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `entities_statement_count` ON `entities` (`statement_count`,`id`);--> statement-breakpoint
CREATE INDEX `entities_subject_count` ON `entities` (`subject_count`,`id`);--> statement-breakpoint
CREATE INDEX `entities_mention_count` ON `entities` (`mention_count`,`id`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`entity_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`entity_id`, `alias`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kb_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "kb_version_single_row" CHECK("kb_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `market_events` (
	`id` text PRIMARY KEY NOT NULL,
	`entity_id` text NOT NULL,
	`article_id` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text NOT NULL,
	`figures` text NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`date` text,
	`date_precision` text,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "market_events_kind" CHECK(kind IN ('share_price_change', 'market_value_change')),
	CONSTRAINT "market_events_direction" CHECK(direction IN ('up', 'down')),
	CONSTRAINT "market_events_span" CHECK("market_events"."span_start" >= 0 AND "market_events"."span_end" > "market_events"."span_start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `market_events_article_span` ON `market_events` (`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE INDEX `market_events_entity` ON `market_events` (`entity_id`,`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE INDEX `market_events_kind` ON `market_events` (`kind`,`article_id`,`span_start`,`id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`article_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`article_id`, `span_start`, `entity_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentions_span" CHECK("mentions"."span_start" >= 0 AND "mentions"."span_end" > "mentions"."span_start")
);
--> statement-breakpoint
CREATE INDEX `mentions_entity` ON `mentions` (`entity_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `row_counts` (
	`table_name` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statement_subjects` (
	`statement_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`article_date` text NOT NULL,
	`article_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `entity_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_date`,`article_id`,`position`) REFERENCES `statements`(`article_date`,`article_id`,`position`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statement_subjects_entity` ON `statement_subjects` (`entity_id`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE TABLE `statements` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`article_id` text NOT NULL,
	`article_date` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`speaker_id` text NOT NULL,
	`speaker_label` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`medium` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind" CHECK(kind IN ('quote', 'partial_quote', 'paraphrase', 'no_comment')),
	CONSTRAINT "statements_medium" CHECK(medium IS NULL OR medium IN ('press_statement', 'earnings_call', 'linkedin_post', 'x_post', 'news_report')),
	CONSTRAINT "statements_span" CHECK("statements"."span_start" >= 0 AND "statements"."span_end" > "statements"."span_start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_id_unique` ON `statements` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `statements_reading_order` ON `statements` (`article_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `statements_newest` ON `statements` ("article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_oldest` ON `statements` (`article_date`,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_speaker` ON `statements` (`speaker_id`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_kind` ON `statements` (`kind`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_medium` ON `statements` (`medium`,"article_date" DESC,`article_id`,`position`);--> statement-breakpoint
CREATE TABLE `terms` (
	`article_id` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`text` text NOT NULL,
	`note` text,
	PRIMARY KEY(`article_id`, `span_start`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
