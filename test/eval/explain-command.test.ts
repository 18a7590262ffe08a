import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand } from '../../src/cli/commands.ts';
import { goldLine } from './make-event.ts';

// `eventlens eval GOLD --explain` end to end: the real coder with its trace on, over a gold file of our own.
const dir = mkdtempSync(join(tmpdir(), 'eventlens-explain-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Iraqi forces did not attack the base on Monday. Police arrested 40 protesters in Basra on Tuesday. Stocks attacked the record high.';
const GOLD = join(dir, 'gold.jsonl');
writeFileSync(GOLD, `${goldLine('e1', TEXT, [
  { type: 'ASSAULT', evidence: 'Iraqi forces did not attack the base on Monday' },
  { type: 'COERCE', evidence: 'Police arrested 40 protesters in Basra on Tuesday', actor: 'Police' },
  { type: 'PROTEST', evidence: 'Stocks attacked the record high' },
])}\n`);

async function run(opts: { json?: boolean; explain?: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await evalCommand({ out: (l) => out.push(l), err: (l) => err.push(l) }, GOLD, opts);
  return { code, out: out.join('\n'), err };
}

test('eval --explain: the stage and reason that dropped each missed event, the score table first', { timeout: 120_000 }, async () => {
  const { code, out, err } = await run({ explain: true });
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.match(out, /^level +precision/m);
  assert.match(out, /MISSED ASSAULT .*"Iraqi forces did not attack the base on Monday"\n {6}trigger "attack.*" \(data\/patterns\/.*\) found, dropped at certainty by certainty:negated:not/);
  assert.match(out, /MISSED PROTEST .*\n {6}only a trigger of another type: "attacked" ASSAULT .* dropped at candidate by candidate:no-roles/);
  assert.doesNotMatch(out, /MISSED COERCE/);
  assert.match(out, /missed gold events: 2/);
});

test('eval --explain --json: the explanation, then the scores as the last line', { timeout: 120_000 }, async () => {
  const { out } = await run({ explain: true, json: true });
  const last = JSON.parse(out.trim().split('\n').at(-1) ?? '') as { events: { tp: number; fn: number } };
  assert.deepEqual([last.events.tp, last.events.fn], [1, 2]);
  assert.match(out, /MISSED ASSAULT/);
});
