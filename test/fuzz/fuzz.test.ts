import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { codeCommand, evalCommand } from '../../src/cli/commands.ts';
import { coderContext } from '../../src/cli/context.ts';
import type { Coder } from '../../src/core/index.ts';
import { importCommand } from '../../src/cli/export-command.ts';
import type { Io } from '../../src/cli/io.ts';
import { articleFetcher, inProcessCoder } from '../../src/serve/index.ts';
import { openStore } from '../../src/store/index.ts';
import { listen } from '../serve/fixture.ts';
import { badInputs, type BadInput } from './bad-inputs.ts';

// Every input of the fuzz corpus through every command that reads input: one clear line per problem
// (naming the file), the right exit code, never a stack trace, a hang or a silent skip, and nothing
// already stored lost. Each input has a deadline; the commands run in this process (one knowledge
// base load) except `ingest`, which runs the real CLI once over the whole corpus.
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const PER_INPUT_MS = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-fuzz-'));
const inputs = badInputs();
const pathOf = (input: BadInput): string => join(dir, input.name);
const STACK = /^\s+at .+:\d+:\d+\)?$|^(TypeError|RangeError|ReferenceError)\b/m;
const SEED = { id: 'seed-1', published: '2024-03-01', title: 'Seed', text: 'Rebels attacked a police station in Beni on Friday, the army said.' };

before(() => {
  for (const input of inputs) writeFileSync(pathOf(input), input.bytes);
  coderContext(); // the knowledge base loads once, before any input's deadline starts
});
const coder = (): Coder => coderContext().coder;
after(() => rmSync(dir, { recursive: true, force: true }));

interface Ran { readonly code: number; readonly out: string[]; readonly err: string[]; readonly ms: number }

// A command in this process; a thrown error is what bin/eventlens prints as "eventlens: <message>", exit 1.
async function inProcess(run: (io: Io) => number | Promise<number>): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  let code: number;
  try {
    code = await run({ out: (l) => out.push(l), err: (l) => err.push(l) });
  } catch (error) {
    assert.ok(!(error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError), `internal error: ${(error as Error).stack}`);
    err.push(`eventlens: ${(error as Error).message}`);
    code = 1;
  }
  return { code, out, err, ms: performance.now() - started };
}

// The rules every command's result obeys, whatever the input.
function checkOutcome(what: string, input: BadInput, r: Ran, expectDone = false): void {
  const label = `${what} ${input.name}: exit ${r.code}\n${r.err.join('\n')}`;
  assert.ok(r.ms < PER_INPUT_MS, `${label}: took ${Math.round(r.ms)} ms`);
  assert.ok([0, 1, 3].includes(r.code), label);
  assert.doesNotMatch(r.err.join('\n'), STACK, label);
  if (r.code !== 0) assert.ok(r.err.length > 0, `${label}: failed without a word`);
  for (const line of r.err) assert.ok(line.includes(input.name) || !line.startsWith('eventlens:'), `${label}: the error does not name the file`);
  if (expectDone) assert.equal(r.code, 0, label);
}

describe('fuzz corpus', () => {
  test(`${inputs.length} inputs, more than 60`, () => assert.ok(inputs.length >= 60));

  test('code FILE and code --jsonl FILE', { timeout: 300_000 }, async () => {
    for (const input of inputs) {
      for (const jsonl of [false, true]) {
        const r = await inProcess((io) => codeCommand(io, [pathOf(input)], { jsonl }));
        checkOutcome(jsonl ? 'code --jsonl' : 'code', input, r, input.valid === true && (!jsonl || input.name.endsWith('.jsonl')));
        for (const line of r.out) assert.equal(typeof JSON.parse(line), 'object');
        // an input that codes to nothing and says nothing is a silent skip, unless it is plainly text
        if (r.code === 0 && r.err.length === 0 && r.out.length === 0) assert.ok(!jsonl || input.name.endsWith('.jsonl'), `code --jsonl ${input.name}: nothing read, nothing said`);
      }
    }
  });

  test('eval FILE: no gold is one clear line and exit 1', { timeout: 300_000 }, async () => {
    for (const input of inputs) {
      const r = await inProcess((io) => evalCommand(io, pathOf(input), { json: true }));
      checkOutcome('eval', input, r);
      if (input.binary) assert.deepEqual(r.err, [`eventlens: ${pathOf(input)}: binary file, not text (a gold file is JSON Lines)`], `eval ${input.name}: one line`);
      if (r.code === 0) assert.match(r.out.at(-1) ?? '', /^\{"documents":[1-9]/, `eval ${input.name}`);
    }
  });

  test('import FILE into a database that holds events: those stay', { timeout: 300_000 }, async () => {
    const db = join(dir, 'import.db');
    const store = await openStore(db);
    await store.saveArticle(SEED, coder().code(SEED));
    const before = (await store.queryEvents({})).length;
    await store.close();
    assert.ok(before > 0);
    for (const input of inputs) {
      const r = await inProcess((io) => importCommand(io, [pathOf(input)], { db }));
      checkOutcome('import', input, r);
      assert.notEqual(r.code, 0, `import ${input.name}: no fuzz input is an export`);
    }
    const check = await openStore(db, { mustExist: true });
    assert.equal((await check.queryEvents({ docId: SEED.id })).length, before);
    await check.close();
  });

  test('ingest of the whole corpus: every input accounted for, the stored article kept', { timeout: 300_000 }, async () => {
    const db = join(dir, 'ingest.db');
    const store = await openStore(db);
    await store.saveArticle(SEED, coder().code(SEED));
    await store.close();
    const r = await runCli(['ingest', ...inputs.map(pathOf), '--db', db, '--workers', '1', '--no-progress'], 200_000);
    assert.doesNotMatch(r.err, STACK, r.err);
    assert.equal(r.code, 3, r.err);
    const documents = Number(/([\d,]+) documents in/.exec(r.out)?.[1].replace(/,/g, '') ?? NaN);
    const named = inputs.filter((input) => r.err.includes(input.name)).length;
    assert.ok(documents + named >= inputs.length, `${documents} documents counted + ${named} inputs named < ${inputs.length}\n${r.out}\n${r.err}`);
    const check = await openStore(db, { mustExist: true });
    assert.ok((await check.queryEvents({ docId: SEED.id })).length > 0);
    assert.ok((await check.queryEvents({})).length > (await check.queryEvents({ docId: SEED.id })).length, 'the good inputs were stored');
    await check.close();
  });

  test('POST /articles: each input as pasted text and as a fetched page is a 2xx or a 4xx with a message', { timeout: 300_000 }, async () => {
    const store = await openStore(join(dir, 'serve.db'));
    const web = createHttpServer((req, res) => {
      const input = inputs.find((i) => `/${i.name}` === req.url);
      if (!input) return void res.writeHead(404).end();
      const type = input.name.endsWith('.html') ? 'text/html' : input.name.endsWith('.xml') ? 'application/xml' : 'text/plain';
      res.writeHead(200, { 'content-type': type }).end(input.bytes);
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const webBase = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    const api = await listen({ store, coder: inProcessCoder(coder), fetchArticle: articleFetcher({ allowAddress: () => true }) });
    try {
      for (const input of inputs) {
        // inputs over 1 MB are left to serve's own test (a 10 MB POST, coded in the real coder threads
        // with their deadline): this server codes on its own thread, and a 10 MB article there takes minutes
        if (input.bytes.length > 1_000_000) continue;
        const stored = await store.countArticles();
        for (const payload of [{ text: input.bytes.toString('utf8'), published: '2024-03-04' }, { url: `${webBase}/${input.name}` }]) {
          const started = performance.now();
          const r = await api.post<{ message?: string; error?: string }>('/articles', payload);
          const label = `POST ${'url' in payload ? 'url' : 'text'} ${input.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
          assert.ok(performance.now() - started < PER_INPUT_MS, label);
          assert.ok(r.status < 500, label);
          if (r.status >= 400) assert.equal(typeof (r.body.message ?? r.body.error), 'string', label);
          if (input.binary) assert.equal(r.status, 422, `${label}: binary content must be refused`);
        }
        if (input.binary) assert.equal(await store.countArticles(), stored, `${input.name}: binary content was stored`);
      }
      assert.equal((await api.get('/health')).status, 200);
    } finally {
      await api.app.close();
      await new Promise((resolve) => web.close(resolve));
      await store.close();
    }
  });
});

// The real CLI, killed if it outlives its deadline.
function runCli(args: readonly string[], deadlineMs: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}
