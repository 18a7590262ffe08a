import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A part of the story's country named by its compass side alone ("in the northwest", "in the north of the country") is
// that country, not the dateline city (src/resolve/compass-parts.ts).
const coder = createCoder(loadKnowledge());
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .map((e) => ({ type: e.type, place: e.location?.name ?? null, text: e.location?.text ?? null, rules: e.rules }));

const PART: Array<[string, string]> = [
  ['ISLAMABAD (AP) — Gunmen attacked a police station in the northwest, killing four officers, officials said.', 'Pakistan'],
  ['KYIV, Ukraine (AP) — Russian forces shelled several villages in the east of the country overnight.', 'Ukraine'],
  ["ABUJA, Nigeria (AP) — Gunmen killed 12 villagers in the country's north on Sunday.", 'Nigeria'],
  ['KHARTOUM, Sudan — The army and the paramilitary RSF clashed in the west on Friday.', 'Sudan'],
];
for (const [text, country] of PART) {
  test(`compass part: "${text.slice(0, 50)}" → ${country}`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === 'ASSAULT');
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) {
      assert.equal(e.place, country, JSON.stringify(e));
      assert.ok(e.rules.includes('place:compass-part-of-country') && !e.rules.includes('place:dateline'), JSON.stringify(e));
    }
  });
}

// Negatives: a side of a named place, a place noun after the side, a named town, and no country to be part of.
const KEPT: Array<[string, string | null]> = [
  ['BAMAKO, Mali — Jihadists attacked an army post in the north of Mali on Sunday.', 'Mali'],
  ['KABUL, Afghanistan — Insurgents ambushed a convoy in northern Helmand province.', 'Helmand'],
  ['NAIROBI, Kenya — Police fired tear gas at protesters in the western town of Kisumu.', 'Kisumu'],
  ['Gunmen killed 12 villagers in the north of the country on Sunday.', null],
];
for (const [text, place] of KEPT) {
  test(`compass part: not read in "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = events(text).filter((e) => e.type === 'ASSAULT');
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) {
      assert.equal(e.place, place, JSON.stringify(e));
      assert.ok(!e.rules.includes('place:compass-part-of-country'), JSON.stringify(e));
    }
  });
}
