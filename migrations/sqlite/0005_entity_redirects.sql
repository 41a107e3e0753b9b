CREATE TABLE `entity_redirects` (
	`from_id` text PRIMARY KEY NOT NULL,
	`to_id` text NOT NULL,
	FOREIGN KEY (`to_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entity_redirects_to` ON `entity_redirects` (`to_id`);