import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { describeActor } from '../../src/cli/actor-command.ts';

// `eventlens actor NAME [--date D]`: the code on the date, its range and its origin. A few runs in a child
// process (each loads the knowledge base), the rest in this process.
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'actor', ...args], { encoding: 'utf8', timeout: 100_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('actor (child process): a dictionary person in office, unknown names, bad dates', { timeout: 170_000 }, () => {
  const during = run('Mohammad Najibullah', '--date', '1990-06-01');
  assert.equal(during.code, 0, during.err);
  assert.match(during.out, /Mohammad Najibullah\tperson\tAFGGOV\t1987-11-30 – 1992-04-16\tdata\/actors\/petrarch\/actors\.tsv \(Phoenix Countries:\d+\)/);
  const unknown = run('Nobody Atall Whatsoever');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no actor or role named 'Nobody Atall Whatsoever'/);
  const bad = run('Lavrov', '--date', '2020-13');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--date must be YYYY-MM-DD/);
});

test('actor: out of office, every dated code without a date, our own entries and roles', () => {
  const kb = loadKnowledge();
  assert.match(describeActor(kb, 'Mohammad Najibullah', '2001-06-01').join('\n'), /\tAFGELI\tany date\t/);
  assert.match(describeActor(kb, 'Mohammad Najibullah', null).join('\n'), /codes: AFGGOV@1987-09-30\.\.1987-11-30 AFGGOV@1987-11-30\.\.1992-04-16 AFGELI/);
  assert.match(describeActor(kb, 'Sergey Lavrov', '2020-01-01').join('\n'), /\tperson\tRUSGOV\t2004-03-09 – now\tdata\/actors\/people\.json/);
  assert.match(describeActor(kb, 'Sergey Lavrov', '1990-01-01').join('\n'), /\tno code on 1990-01-01\t/);
  assert.match(describeActor(kb, 'fishermen', null).join('\n'), /fishermen\trole \(civilian\)\t…AGR .*\tdata\/actors\/petrarch\/agents\.tsv$/m);
});
