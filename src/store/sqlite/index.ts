export { BUSY_TIMEOUT_MS, createSqliteStore, type SqliteStoreOptions } from './sqlite-store.js'
