import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNounClasses } from '../../src/knowledge/noun-classes.ts';
import { parseSenses } from '../../src/knowledge/senses.ts';
import { DataFileError } from '../../src/knowledge/patterns.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

// "@class" in argument-senses.tsv args stands for a class of data/lexicon/noun-classes.tsv.
const classes = parseNounClasses('classes.tsv', 'class\tlemmas\tnote\nabstract\tproblem|issue\t\nabstract\ttime\t\nanimal\tdog\t\n');
const ontology = loadKnowledge().ontology;

test('noun classes: rows of one class merge; @class expands in a sense row', { timeout: 60_000 }, () => {
  assert.deepEqual(classes.get('abstract'), ['problem', 'issue', 'time']);
  const senses = parseSenses('senses.tsv', 'word\tside\targs\tcameo\tnote\nattack\tobject\t@abstract|@animal|cat\t-\tx\n', ontology, classes);
  assert.deepEqual([...senses.get('attack')![0].args].sort(), ['cat', 'dog', 'issue', 'problem', 'time']);
  assert.equal(senses.get('attack')![0].side, 'object');
});

test('noun classes: an unknown class is an error naming the file and line', { timeout: 60_000 }, () => {
  assert.throws(() => parseSenses('senses.tsv', 'word\tside\targs\tcameo\nkill\tobject\t@abstrakt\t-\n', ontology, classes), (e: unknown) => e instanceof DataFileError && /senses\.tsv.*2|@abstrakt/.test(String(e)));
});

test('noun classes: the shipped classes load and keep war targets out', { timeout: 60_000 }, () => {
  const kb = loadKnowledge();
  const rows = kb.senses.get('hit')!.filter((r) => r.side === 'object');
  assert.ok(rows.length > 0 && rows[0].args.has('stage') && rows[0].args.has('time'));
  for (const word of ['market', 'position', 'target', 'base', 'town', 'convoy', 'people']) assert.ok(!rows[0].args.has(word), word);
});
