import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A material act the text ties to no place happened at the dateline city (coding guide: "else the dateline city when
// the act clearly happened there"): rule place:dateline (src/resolve/dateline-place.ts).
const coder = createCoder(loadKnowledge());
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .map((e) => ({ type: e.type, place: e.location?.name ?? null, country: e.location?.country ?? null, rules: e.rules }));

const FILED: Array<[string, string, string]> = [
  ['KABUL, Afghanistan (AP) — A suicide bomber killed 12 people at a mosque on Friday, police said.', 'Kabul', 'AFG'],
  ['TRIPOLI, Libya (AP) — Rival militias clashed near the city\'s airport on Sunday, killing four people.', 'Tripoli', 'LBY'],
  ['DHAKA, Bangladesh (Reuters) - Police fired rubber bullets at garment workers protesting low wages on Monday.', 'Dhaka', 'BGD'],
  ['ATLANTA, Georgia (AP) — Police arrested 20 protesters on Tuesday, officials said.', 'Atlanta', 'USA'],
  // a city whose own name is the dateline's, not a bigger one that had it as a former name (Chittagong)
  ['ISLAMABAD (AP) — Police arrested 20 protesters on Tuesday, officials said.', 'Islamabad', 'PAK'],
  ['WASHINGTON (AP) — Police arrested 20 protesters on Tuesday, officials said.', 'Washington, D.C.', 'USA'],
];
for (const [text, place, country] of FILED) {
  test(`dateline place: "${text.slice(0, 40)}" → ${place}`, { timeout: 120_000 }, () => {
    const found = events(text);
    assert.ok(found.length > 0, 'an event is coded');
    assert.ok(found.some((e) => e.place === place && e.country === country && e.rules.includes('place:dateline')), JSON.stringify(found));
  });
}

// Negatives: a place the text states, a desk abroad, two desks, and a statement keep the dateline out.
const NOT_FILED: string[] = [
  'BEIRUT (Reuters) - Israeli strikes killed three people in southern Lebanon on Tuesday, the health ministry said.',
  'WASHINGTON (AP) — Gunmen killed six villagers in northern Burkina Faso, officials said on Monday.',
  'WASHINGTON / PORT-AU-PRINCE - Police arrested 20 protesters on Tuesday, officials said.',
  'MOSCOW (AP) — Russia accused Ukraine on Monday of violating the ceasefire.',
];
for (const text of NOT_FILED) {
  test(`dateline place: not read in "${text.slice(0, 40)}"`, { timeout: 120_000 }, () => {
    for (const e of events(text)) assert.ok(!e.rules.includes('place:dateline'), JSON.stringify(e));
  });
}

// Class: the dateline counts among the story's places, so a later act placed nowhere stays at the dateline even when
// the story recalls attacks abroad ("similar attacks in Kenya").
test('dateline place: a later act of a dateline story placed nowhere is at the dateline', { timeout: 120_000 }, () => {
  const text = 'MOGADISHU, Somalia (AP) — Al-Shabab militants stormed a hotel in the Somali capital on Friday night, killing at least nine people, police said.\n\n'
    + 'Security forces ended the siege early Saturday after killing all five attackers, police said.\n\n'
    + 'The group has carried out similar attacks in Kenya, where its fighters killed 148 people at a university in Garissa in 2015.';
  const later = events(text).filter((e) => e.rules.includes('place:dateline'));
  assert.ok(later.length > 0 && later.every((e) => e.place === 'Mogadishu'), JSON.stringify(events(text)));
});
