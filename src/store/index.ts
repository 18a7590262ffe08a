export { openStore } from './open-store.ts';
export { applyMigrations, currentVersion, MIGRATIONS } from './migrations.ts';
export type { Migration } from './migrations.ts';
export { contentHash } from './content-hash.ts';
export type {
  ActorCount, ActorQuery, ArticleHit, ArticleSearch, EventFilter, EventSort, SaveFailure, SaveItem, SaveManyResult,
  SaveMeta, SaveResult, ScannedEvent, StatsQuery, StatsRow, Store, StoredArticle,
} from './store.ts';
