import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { makeArticle, tempDir } from './event-factory.ts';
import { BACKENDS, PG_URL } from './backends.ts';

const postgres = BACKENDS.find((b) => b.name === 'postgres');
const tmp = tempDir('pg-migrations');
after(tmp.cleanup);

describe('PostgreSQL migrations', { skip: postgres?.skip ?? 'no postgres backend' }, () => {
  let client: pg.Client;
  before(async () => {
    client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
  });
  after(async () => client.end());
  const schemaOf = (url: string): string => new URL(url).searchParams.get('schema') ?? '';

  it('openStore creates the schema, its tables and views, and records the version', async () => {
    const url = postgres?.freshUrl(tmp.dir) ?? '';
    await (await openStore(url)).close();
    const { rows } = await client.query<{ table_name: string; table_type: string }>(
      'SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schemaOf(url)]);
    // Other features (incidents) add their own tables; these are the event store's.
    const found = rows.map((r) => `${r.table_name}:${r.table_type}`);
    const expected = ['actors:VIEW', 'articles:BASE TABLE', 'claims:VIEW', 'events:BASE TABLE', 'names:BASE TABLE', 'places:VIEW',
      'quotes:VIEW', 'schema_version:BASE TABLE'];
    assert.deepEqual(expected.filter((t) => !found.includes(t)), []);
    const versions = await client.query(`SELECT version FROM "${schemaOf(url)}".schema_version`);
    assert.deepEqual(versions.rows, PG_MIGRATIONS.map((m) => ({ version: m.version })));
  });

  it('reopening keeps the data and runs nothing again; several openers of a new schema at once agree', async () => {
    const url = postgres?.freshUrl(tmp.dir) ?? '';
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    await stores[0].saveArticle(makeArticle('kept'), []);
    await Promise.all(stores.map((s) => s.close()));
    const again = await openStore(url);
    assert.equal(await again.countArticles(), 1);
    await again.close();
    const versions = await client.query(`SELECT version FROM "${schemaOf(url)}".schema_version`);
    assert.equal(versions.rowCount, PG_MIGRATIONS.length);
  });

  it('refuses a database from a newer version, naming it without its password', async () => {
    const url = postgres?.freshUrl(tmp.dir) ?? '';
    await (await openStore(url)).close();
    await client.query(`INSERT INTO "${schemaOf(url)}".schema_version VALUES (999, 'later')`);
    await assert.rejects(openStore(url), (error: Error) => error.message.includes('v999 is newer') && error.message.includes(schemaOf(url)));
  });

  it('a bad schema name or an unreachable server is one clear error', async () => {
    await assert.rejects(openStore('postgres://u:secret@127.0.0.1:54329/db?schema=bad-name'),
      { message: "postgres://u:***@127.0.0.1:54329/db?schema=bad-name: invalid schema name 'bad-name' (letters, digits and _)" });
    await assert.rejects(openStore('postgres://u:secret@127.0.0.1:1/db'), (error: Error) =>
      error.message.startsWith('postgres://u:***@127.0.0.1:1/db: ') && !error.message.includes('secret'));
  });
});
