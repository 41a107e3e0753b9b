CREATE TABLE `audit` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`key_id` text NOT NULL,
	`operation` text NOT NULL,
	`target` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit` (`at`,`seq`);--> statement-breakpoint
ALTER TABLE `articles` ADD `url` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `content_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
ALTER TABLE `entities` ADD `origin` text DEFAULT 'curated' NOT NULL;--> statement-breakpoint
ALTER TABLE `market_events` ADD `origin` text DEFAULT 'curated' NOT NULL;--> statement-breakpoint
ALTER TABLE `market_events` ADD `confidence` real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `stance` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `origin` text DEFAULT 'curated' NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `confidence` real DEFAULT 1 NOT NULL;