// drizzle-kit settings for SQLite: where its schema lives and where its generated SQL migrations go (PostgreSQL's: drizzle.pg.config.ts).
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations/sqlite'
})
