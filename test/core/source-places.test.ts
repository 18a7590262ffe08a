import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A place in an "according to" phrase is where the source is, not where the act happened (src/core/clause-places.ts).
const coder = createCoder(loadKnowledge());
const byTrigger = (text: string, trigger: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null })
  .filter((e) => e.trigger.text.startsWith(trigger))
  .map((e) => ({ type: e.type, trigger: e.trigger.text, place: e.location?.span ? e.location.name : null, rules: e.rules }));

const SOURCE: Array<[string, string, string]> = [
  ['Police arrested 30 protesters on Sunday, according to a rights group based in London.', 'arrested', 'London'],
  ['Government forces shelled rebel-held towns on Sunday, according to a monitoring group based in Britain.', 'shelled', 'United Kingdom'],
  ['According to a source in Beirut, Israeli jets struck a convoy near the Syrian border.', 'struck', 'Beirut'],
  ['According to officials in Kabul, insurgents attacked a checkpoint in Kunduz.', 'attacked', 'Kabul'],
];
for (const [text, trigger, not] of SOURCE) {
  test(`source places: "${trigger}" is not placed at its source — "${text.slice(0, 50)}"`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    for (const e of found) assert.notEqual(e.place, not, JSON.stringify(e));
  });
}

// Negatives: the act's own place beside a source's, and a speaker's place where the act has none of its own.
const KEPT: Array<[string, string, string]> = [
  ['Gunmen stormed a bank in Kano, according to police.', 'stormed', 'Kano'],
  ['Troops killed 12 rebels near Goma, according to an army spokesman in Kinshasa.', 'killed', 'Goma'],
  ['Police in Lagos said they arrested 12 robbers.', 'arrested', 'Lagos'],
  ['Officials in Kandahar said gunmen killed five soldiers in Helmand on Monday.', 'killed', 'Helmand'],
  ['According to officials in Kabul, insurgents attacked a checkpoint in Kunduz.', 'attacked', 'Kunduz'],
];
for (const [text, trigger, place] of KEPT) {
  test(`source places: kept — "${text.slice(0, 50)}" "${trigger}" → ${place}`, { timeout: 120_000 }, () => {
    const found = byTrigger(text, trigger);
    assert.ok(found.length > 0, 'the event is coded');
    assert.ok(found.some((e) => e.place === place), JSON.stringify(found));
  });
}
