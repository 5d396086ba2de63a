import { type Kysely, type Migration, sql } from 'kysely'

/** SQLite-only migrations (FTS5), keyed to run right after the shared migration they extend. */
export const sqliteMigrations: Readonly<Record<string, Migration>> = {
  '2026-11-24.1-documents.sqlite-fts': {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current Database type
    async up(db: Kysely<any>) {
      // External-content FTS over versions: rows are inserted by the store in the same transaction as the version.
      await sql`create virtual table documents_fts using fts5(
        title, clean_text, content='document_versions', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')`.execute(db)
    },
  },
}
