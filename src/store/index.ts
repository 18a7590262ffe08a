export { openStore, isPostgresUrl } from './open-store.ts';
export { applyMigrations, currentVersion, MIGRATIONS } from './sqlite/migrations.ts';
export type { Migration } from './migration.ts';
export { articleHash, contentHash } from './content-hash.ts';
export { parseTextQuery } from './text-query.ts';
export { checkEventFilter } from './check-filter.ts';
export { DEFAULT_LIMIT, EVENT_SORTS, MAX_LIMIT } from './event-order.ts';
export { displayUrl } from './postgres/pg-url.ts';
export type {
  ActorCount, ActorQuery, ArticleHit, ArticleSearch, EventFilter, EventSort, SaveFailure, SaveItem, SaveManyResult,
  SaveMeta, SaveResult, ScannedEvent, StatsQuery, StatsRow, Store, StoredArticle,
} from './store.ts';
