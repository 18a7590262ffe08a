import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as zod from 'zod';

// Exactness of session 23's speed changes to the build (scripts/build.js): the compiled CLI loads zod from one
// bundled module, dist/vendor/zod.js, instead of its 94. That module must give what the package gives: every
// export by the same name, and the same answers of a schema built with it. Skipped when there is no build.

const VENDORED = new URL('../../dist/vendor/zod.js', import.meta.url);

test('the vendored zod exports every name the package exports', { timeout: 60_000, skip: !existsSync(VENDORED) }, async () => {
  const vendored = await import(VENDORED.href) as Record<string, unknown>;
  const names = (m: object) => Object.keys(m).filter((k) => k !== 'default').sort();
  assert.deepEqual(names(vendored), names(zod));
  assert.equal(typeof (vendored.z as typeof zod.z).object, 'function');
});

test('a schema made with the vendored zod accepts and rejects what the package\'s does, with the same messages', { timeout: 60_000, skip: !existsSync(VENDORED) }, async () => {
  const { z } = await import(VENDORED.href) as typeof zod;
  const make = (lib: typeof zod.z) => lib.object({ type: lib.enum(['ASSAULT', 'PROTEST']), span: lib.tuple([lib.number().int(), lib.number().int()]), actor: lib.string().nullable() });
  const ours = make(z), theirs = make(zod.z);
  const records: unknown[] = [
    { type: 'ASSAULT', span: [3, 9], actor: 'Rebels' },
    { type: 'PROTEST', span: [0, 4], actor: null },
    { type: 'RETREAT', span: [0, 4], actor: null },
    { type: 'ASSAULT', span: [0.5, 4], actor: 'Police' },
    { type: 'ASSAULT', span: [1], actor: 7 },
  ];
  for (const record of records) {
    const a = ours.safeParse(record), b = theirs.safeParse(record);
    assert.equal(a.success, b.success, JSON.stringify(record));
    assert.deepEqual(a.success ? a.data : a.error.message, b.success ? b.data : b.error.message);
  }
});
