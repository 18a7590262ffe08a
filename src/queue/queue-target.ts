import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePgUrl, quoteIdent } from '../store/postgres/pg-url.ts';
import { packageVersion } from '../paths.ts';

// Where a queue lives: in the PostgreSQL database of the store it fills. The store's tables (and the
// queue's own: dead letters, worker leases, finished batches) are in the URL's ?schema= (default:
// the connection's search_path); Graphile Worker's tables in a schema of their own next to it.

export interface QueueTarget {
  /** The URL as given: what openStore opens. */
  readonly url: string;
  /** libpq connection string, without our ?schema= parameter. */
  readonly connectionString: string;
  /** The store's schema, or null for the connection's default. */
  readonly storeSchema: string | null;
  /** Graphile Worker's schema: `graphile_worker`, or `<schema>_jobs` beside a named store schema. */
  readonly workerSchema: string;
}

const POSTGRES = /^postgres(ql)?:\/\//;

export function queueTarget(url: string, flag: string): QueueTarget {
  if (!POSTGRES.test(url)) throw new Error(`${flag} must be a postgres:// URL (the queue lives in PostgreSQL), not '${url}'`);
  const { connectionString, schema } = parsePgUrl(url);
  return { url, connectionString, storeSchema: schema, workerSchema: schema === null ? 'graphile_worker' : `${schema}_jobs` };
}

/** `SET search_path` for a pg.Pool's `options`, so our table names resolve in the store's schema. */
export function searchPathOption(target: QueueTarget): { options?: string } {
  return target.storeSchema === null ? {} : { options: `-c search_path=${quoteIdent(target.storeSchema)}` };
}

// What codes a batch: the eventlens version and the --kb files merged over the bundled knowledge. It is
// part of every job key, so a batch queued for one coder is never mistaken for the same batch queued
// after an upgrade, and the dead-letter table says which coder failed on a document.
export function coderVersion(kbFiles: readonly string[]): string {
  const version = packageVersion();
  if (kbFiles.length === 0) return version;
  const hash = createHash('sha256');
  for (const file of kbFiles) hash.update(readFileSync(file));
  return `${version}+kb.${hash.digest('hex').slice(0, 10)}`;
}
