import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { codeCommand, evalCommand } from '../../src/cli/commands.ts';
import { coderContext } from '../../src/cli/context.ts';
import { importCommand } from '../../src/cli/export-command.ts';
import { openStore } from '../../src/store/index.ts';
import { corpus, inProcess, SEED, SEED_EVENTS, Tally } from './fuzz-harness.ts';

// The fuzz corpus (bad-inputs.ts) through `code FILE`, `code --jsonl FILE`, `eval FILE` and `import FILE`.
// Every run must give one clear line per problem, naming the file, and the right exit code. It must never
// print a stack trace, hang past its deadline or skip something without saying so, and nothing already
// stored may be lost. The commands run in this process, so the knowledge base loads once (before any
// deadline starts). `ingest` and `POST /articles` are in fuzz-ingest-serve.test.ts.
const { inputs, dir, pathOf, cleanup } = corpus('fuzz-commands');
before(() => { coderContext(); });
after(cleanup);

describe('fuzz corpus through the commands', { timeout: 170_000 }, () => {
  test(`${inputs.length} inputs, more than 60`, () => assert.ok(inputs.length >= 60));

  for (const jsonl of [false, true]) {
    const what = jsonl ? 'code --jsonl' : 'code';
    test(`${what} FILE`, async (t) => {
      const tally = new Tally(what);
      for (const input of inputs) {
        const r = await inProcess((io) => (jsonl ? codeCommand(io, [], { jsonl: pathOf(input) }) : codeCommand(io, [pathOf(input)], {})));
        tally.checkCli(input.name, r);
        // the good inputs code (a good text file is only expected to code as text)
        if (input.valid && (!jsonl || input.name.endsWith('.jsonl')) && r.code !== 0) tally.problem('other', `${input.name}: a good input failed: ${r.err.join('; ')}`);
        for (const line of r.out) if (typeof JSON.parse(line) !== 'object') tally.problem('other', `${input.name}: not a JSON event: ${line}`);
        // read nothing and said nothing: a silent skip, unless the file is plain text that holds no event
        if (r.code === 0 && r.err.length === 0 && r.out.length === 0 && jsonl && !input.name.endsWith('.jsonl')) tally.problem('silent loss', `${input.name}: nothing read, nothing said`);
      }
      t.diagnostic(tally.summary(inputs.length));
      assert.deepEqual(tally.broken(), []);
    });
  }

  test('eval FILE: no gold is one clear line and exit 1', async (t) => {
    const tally = new Tally('eval');
    for (const input of inputs) {
      const r = await inProcess((io) => evalCommand(io, pathOf(input), { json: true }));
      tally.checkCli(input.name, r);
      if (input.binary && r.err.join('\n') !== `eventlens: ${pathOf(input)}: binary file, not text (a gold file is JSON Lines)`) tally.problem('other', `${input.name}: a binary file is not one line: ${r.err.join('; ')}`);
      if (r.code === 0 && !/^\{"documents":[1-9]/.test(r.out.at(-1) ?? '')) tally.problem('silent loss', `${input.name}: exit 0 without scores`);
    }
    t.diagnostic(tally.summary(inputs.length));
    assert.deepEqual(tally.broken(), []);
  });

  test('import FILE into a database that holds events: those stay', async (t) => {
    const db = join(dir, 'import.db');
    const store = await openStore(db);
    await store.saveArticle(SEED, SEED_EVENTS);
    const stored = (await store.queryEvents({})).length;
    await store.close();
    assert.ok(stored > 0);
    const tally = new Tally('import');
    for (const input of inputs) {
      const r = await inProcess((io) => importCommand(io, [pathOf(input)], { db }));
      tally.checkCli(input.name, r, [1, 3]); // no fuzz input is an export file: never exit 0
    }
    t.diagnostic(tally.summary(inputs.length));
    assert.deepEqual(tally.broken(), []);
    const check = await openStore(db, { mustExist: true });
    assert.equal((await check.queryEvents({ docId: SEED.id })).length, stored);
    await check.close();
  });
});
