import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { tempDir } from './event-factory.ts';

const tmp = tempDir('open-errors');
after(tmp.cleanup);

describe('openStore errors name the path', () => {
  it('a directory that does not exist', async () => {
    const path = join(tmp.dir, 'no', 'such', 'dir', 'events.db');
    await assert.rejects(async () => (await openStore(path)), (error: Error) =>
      error.message.startsWith(`${path}: directory `) && error.message.endsWith('does not exist'));
    assert.equal(existsSync(join(tmp.dir, 'no')), false, 'nothing is created');
  });

  it('a file that is not a SQLite database, left untouched', async () => {
    const path = join(tmp.dir, 'notes.db');
    const content = 'These are my notes, not a database. '.repeat(40);
    writeFileSync(path, content);
    await assert.rejects(async () => (await openStore(path)), { message: `${path}: not a SQLite database` });
    assert.equal(readFileSync(path, 'utf8'), content);
    assert.equal(existsSync(`${path}-wal`), false);
  });

  it('a path that is a directory', async () => {
    const path = join(tmp.dir, 'a-dir.db');
    mkdirSync(path);
    await assert.rejects(async () => (await openStore(path)), { message: `${path}: is a directory, expected a database file` });
  });

  it('a parent that is a file', async () => {
    const parent = join(tmp.dir, 'plain-file');
    writeFileSync(parent, 'x');
    const path = join(parent, 'events.db');
    await assert.rejects(async () => (await openStore(path)), { message: `${path}: ${parent} is not a directory` });
  });

  it('an empty file is a new, empty database', async () => {
    const path = join(tmp.dir, 'empty.db');
    writeFileSync(path, '');
    const store = (await openStore(path));
    assert.equal((await store.countArticles()), 0);
    (await store.close());
  });
});
