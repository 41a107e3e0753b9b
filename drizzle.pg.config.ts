// drizzle-kit settings for PostgreSQL: where its schema lives and where its generated SQL migrations go (SQLite's: drizzle.config.ts).
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/pg-schema.ts',
  out: './migrations/pg'
})
