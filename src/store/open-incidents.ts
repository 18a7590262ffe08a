import type { IncidentIndex } from './incidents-index.ts';
import { openPostgresIncidents } from './incidents-postgres.ts';
import { openSqliteIncidents } from './incidents-sqlite.ts';
import type { Store } from './store.ts';

/** The incident tables of an open store (its migrations created them). Close it when done. */
export function openIncidentIndex(store: Pick<Store, 'url' | 'backend'>): IncidentIndex {
  return store.backend === 'postgres' ? openPostgresIncidents(store.url) : openSqliteIncidents(store.url);
}

/** Opens, runs `fn`, closes. */
export async function withIncidentIndex<T>(store: Pick<Store, 'url' | 'backend'>, fn: (index: IncidentIndex) => Promise<T>): Promise<T> {
  const index = openIncidentIndex(store);
  try {
    return await fn(index);
  } finally {
    await index.close();
  }
}
