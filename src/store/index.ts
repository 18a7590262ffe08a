export { openStore } from './open-store.ts';
export { applyMigrations, currentVersion, MIGRATIONS } from './migrations.ts';
export type { Migration } from './migrations.ts';
export { contentHash } from './content-hash.ts';
export type { EventFilter } from './event-filter.ts';
export type { SaveFailure, SaveItem, SaveManyResult, SaveMeta, SaveResult, Store } from './store.ts';
