import { after } from 'node:test';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';

// Every storage test runs against each backend in this list; a new backend joins here.
export interface Backend {
  readonly name: string;
  /** A reason to skip this backend's tests, or false. */
  readonly skip: string | false;
  /** The URL of a new, empty database: a file in `dir`, or a PostgreSQL schema of its own. */
  freshUrl(dir: string): string;
  open(dir: string): Promise<Store>;
}

export const PG_URL = process.env.EVENTLENS_PG_URL;
const PG_SKIP = PG_URL ? false : 'EVENTLENS_PG_URL is not set: the PostgreSQL backend is not tested (.ci/run sets it)';

let counter = 0;
const schemas: string[] = [];

// Each store gets its own schema, named after this process, so parallel runs never share tables; all of
// them are dropped when the test file ends.
function pgUrl(): string {
  const schema = `eventlens_t${process.pid}_${counter++}`;
  schemas.push(schema);
  const url = new URL(PG_URL ?? 'postgres://unset');
  url.searchParams.set('schema', schema);
  return url.toString();
}

after(async () => {
  if (!PG_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

function backend(name: string, skip: string | false, freshUrl: (dir: string) => string): Backend {
  return { name, skip, freshUrl, open: (dir) => openStore(freshUrl(dir)) };
}

export const BACKENDS: readonly Backend[] = [
  backend('sqlite file', false, (dir) => join(dir, `store-${counter++}.db`)),
  backend('sqlite memory', false, () => ':memory:'),
  backend('postgres', PG_SKIP, pgUrl),
];

/** The backends that hold data across connections (not :memory:), for tests with several processes. */
export const SHARED_BACKENDS: readonly Backend[] = BACKENDS.filter((b) => b.name !== 'sqlite memory');
