import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { forceKind } from '../../src/core/force-kind.ts';
import type { SentenceContext } from '../../src/extract/context.ts';
import type { ActorPhrase } from '../../src/resolve/types.ts';

// The kind of armed force an actor phrase names (src/core/force-kind.ts), kept by what it reads of a phrase: a copy
// of a phrase (a candidate's actor) gets the answer the phrase got, and a phrase with other words or codes its own.
const ctx = { kb: loadKnowledge() } as unknown as SentenceContext;
const phrase = (text: string, code: string | null, kind: ActorPhrase['kind'] = 'role'): ActorPhrase =>
  ({ start: 0, end: text.length, text, name: text, code, kind, plural: true, entry: null, locative: false, rule: 'test' });

test('force kind: police, troops and a gang by their role words and codes; a delegation is none', { timeout: 60_000 }, () => {
  const police = phrase('riot police', 'COP'), troops = phrase('the soldiers', 'MIL'), gang = phrase('gang members', 'CRM');
  const delegation = phrase('a rebel delegation', 'REB');
  assert.equal(forceKind(ctx, police), 'police');
  assert.equal(forceKind(ctx, troops), 'forces');
  assert.equal(forceKind(ctx, gang), 'criminals');
  assert.equal(forceKind(ctx, delegation), null);
  // asked again, of copies: the same answers
  assert.deepEqual([police, troops, gang, delegation].map((p) => forceKind(ctx, { ...p, rule: 'copy' })), ['police', 'forces', 'criminals', null]);
  // the same words with another code: its own answer
  assert.equal(forceKind(ctx, { ...troops, code: 'COP' }), 'police');
});
