import type { Migration } from 'kysely'
import { documentsMigration } from './documents.js'
import { extractionMigration } from './extraction.js'
import { extractorMigration } from './extractor.js'
import { factPairMigration } from './fact-pair.js'
import { pairEventDatesMigration } from './pair-event-dates.js'
import { pairSummariesMigration } from './pair-summaries.js'
import { pairWindowsMigration } from './pair-windows.js'
import { queryIndexesMigration } from './query-indexes.js'

/**
 * Migrations shared by every engine, in the order they run: Kysely orders them by key, so keys start with a sortable stamp.
 * An engine adds its own (full-text indexes) between these keys.
 */
export const sharedMigrations: Readonly<Record<string, Migration>> = {
  '2026-11-24.1-documents': documentsMigration,
  '2026-11-24.2-extraction': extractionMigration,
  '2026-11-24.3-extractor': extractorMigration,
  '2026-11-29.1-fact-pair': factPairMigration,
  '2026-11-30.1-query-indexes': queryIndexesMigration,
  '2026-11-30.2-pair-summaries': pairSummariesMigration,
  '2026-11-30.3-pair-event-dates': pairEventDatesMigration,
  '2026-11-30.4-pair-windows': pairWindowsMigration,
}
