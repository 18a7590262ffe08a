import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { lookupCameo } from '../../src/knowledge/ontology.ts';
import { PLOVER_TYPES } from '../../src/schema/event.ts';
import { normalizeWithMap } from '../../src/nlp/normalize.ts';

const kb = loadKnowledge();

test('ontology: every PLOVER type is reachable and scores come from the CAMEO code', () => {
  const types = new Set([...kb.ontology.values()].map((c) => c.type));
  assert.deepEqual([...types].sort(), [...PLOVER_TYPES].sort());
  const rocket = lookupCameo(kb.ontology, '195');
  assert.equal(rocket?.type, 'ASSAULT');
  assert.equal(rocket?.quadClass, 4);
  assert.equal(rocket?.goldstein, -10);
  assert.equal(lookupCameo(kb.ontology, '046')?.type, 'CONSULT');
  assert.equal(lookupCameo(kb.ontology, '046')?.quadClass, 1);
  assert.equal(lookupCameo(kb.ontology, '0874')?.type, 'RETREAT');
  assert.equal(lookupCameo(kb.ontology, '0211')?.type, 'REQUEST'); // appeals fold into REQUEST
});

test('patterns: every PLOVER type has trigger patterns', () => {
  const types = new Set<string>();
  for (const list of kb.patterns.values()) for (const p of list) types.add(lookupCameo(kb.ontology, p.cameo)?.type ?? '?');
  for (const t of PLOVER_TYPES) assert.ok(types.has(t), `no pattern for ${t}`);
});

test('actors: countries, demonyms, acronyms in capitals only', () => {
  assert.equal(kb.actors.lookup('Iraqi')[0]?.code, 'IRQ');
  assert.equal(kb.actors.lookup('United States')[0]?.code, 'USA');
  assert.ok(kb.actors.lookup('Kata’ib Hezbollah').length > 0, 'apostrophe-insensitive');
  const text = 'Ask us about the US.';
  const hits = kb.actors.findAll(text, normalizeWithMap(text));
  assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['US']);
});

test('places: sites and cities', () => {
  assert.equal(kb.places.lookup('Camp Taji')[0]?.precision, 'site');
  assert.ok(kb.cities('tripoli').some((c) => c.country === 'LBY'));
  assert.ok(kb.cities('tripoli').some((c) => c.country === 'LBN'));
});

test('a malformed pattern file gives an error naming the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-kb-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'patterns/extra-verbs.tsv'), 'pattern\tcameo\trequires\tnote\nbombard\t999\t\t\n');
  assert.throws(() => loadKnowledge(dir), /data\/patterns\/extra-verbs\.tsv:2: unknown CAMEO code '999'/);
});
