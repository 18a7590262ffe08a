import type { Dialect, SqlValue } from './dialect.ts';
import type { SaveItem, SaveManyResult, SaveResult, Store } from './store.ts';

// The little a shared query needs from a database connection. SQL uses `?` placeholders; the driver
// numbers them if its dialect wants.
export interface SqlDriver {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  close(): Promise<void>;
}

// Writing is where the backends differ most (better-sqlite3 is synchronous and fastest row by row;
// PostgreSQL wants few round trips), so each backend brings its own writer.
export interface Writer {
  saveArticle(...args: Parameters<Store['saveArticle']>): Promise<SaveResult>;
  saveMany(items: Iterable<SaveItem>): Promise<SaveManyResult[]>;
}
