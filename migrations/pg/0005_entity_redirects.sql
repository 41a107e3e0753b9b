CREATE TABLE "entity_redirects" (
	"from_id" text PRIMARY KEY NOT NULL,
	"to_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entity_redirects" ADD CONSTRAINT "entity_redirects_to_id_entities_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_redirects_to" ON "entity_redirects" USING btree ("to_id");