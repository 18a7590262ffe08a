import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 24's lead classes, each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-10-15');

// A state's craft one rides in ("aboard a French military aircraft") is the means of a journey, not a side of the
// story: it does not name the country of the story's bare "soldiers" or "the military" (resolve/conveyance.ts).
const CONVEYANCE: Array<[string, string, string]> = [
  ['ANTANANARIVO, Madagascar (Reuters) - The president left the country aboard a French military aircraft on Sunday.\n\nHours later, a colonel announced that the military was taking power.', 'taking power', 'MDGMIL'],
  ['NIAMEY, Niger (Reuters) - The ousted minister flew to Paris on a French military plane on Monday.\n\nSoldiers arrested two opposition leaders in Niamey on Tuesday.', 'arrested', 'NERMIL'],
  ['BAMAKO, Mali (Reuters) - The envoy arrived in Bamako in a Russian military helicopter on Friday.\n\nThe army said troops had killed 12 militants near Gao.', 'killed', 'MLIMIL'],
];
for (const [text, trigger, actorCode] of CONVEYANCE) {
  test(`a craft one travels in names no side: ${text.slice(0, 60)}`, T, () => {
    assert.equal(find(code(text), trigger).actor?.code, actorCode);
  });
}
const NAMING_CRAFT: Array<[string, string, string]> = [
  // the craft that acts still names its side for the bare role after it
  ['GAZA (Reuters) - Israeli warplanes struck Rafah on Sunday.\n\nTroops later raided a hospital in Khan Younis.', 'raided', 'ISRMIL'],
  ['KHAN YOUNIS (Reuters) - Israeli troops raided a camp on Sunday.\n\nThe military said troops arrested 20 Palestinians in Jenin.', 'arrested', 'ISRMIL'],
  ['ALEPPO, Syria (Reuters) - Turkish troops shelled Kurdish positions on Sunday.\n\nThe army said soldiers arrested 20 people in Afrin.', 'arrested', 'TURMIL'],
];
for (const [text, trigger, actorCode] of NAMING_CRAFT) {
  test(`an armed side named by its acts still names the bare role: ${text.slice(0, 60)}`, T, () => {
    assert.equal(find(code(text), trigger).actor?.code, actorCode);
  });
}

// "the court" after "the International Criminal Court", "the council" after "Honduras's electoral council", "the
// commission" after "the European Commission": "the" + the head noun of a body named before is that body, not the
// story country's court or a nameless council (resolve/named-body-head.ts).
const NAMED_BODY_HEADS: Array<[string, string, 'actor' | 'target', string]> = [
  ['THE HAGUE (Reuters) - Judges at the International Criminal Court ruled on Thursday that former Philippine President Rodrigo Duterte is fit to stand trial.\n\nThe court rejected a request by the defence for his release last month.', 'rejected', 'actor', 'icc'],
  ['THE HAGUE (Reuters) - Judges at the International Criminal Court ruled on Thursday that the trial can go ahead.\n\nThe Philippine government said it would cooperate with the court.', 'cooperate', 'target', 'icc'],
  ['TEGUCIGALPA, Honduras (AP) - Honduras\'s electoral council began a special count of disputed ballots on Monday.\n\nOpposition leader Salvador Nasralla accused the council of manipulating the results.', 'accused', 'target', 'HNDGOV'],
  ['BRUSSELS (Reuters) - The European Commission fined Google 2.4 billion euros on Tuesday.\n\nThe U.S. government condemned the commission for targeting American firms.', 'condemned', 'target', 'european-commission'],
];
for (const [text, trigger, role, wanted] of NAMED_BODY_HEADS) {
  test(`"the" + a named body's head noun is that body: ${text.slice(0, 70)}`, T, () => {
    assert.equal(find(code(text), trigger)[role]?.code, wanted);
  });
}
test('"the court" with no named court before stays the story\'s court', T, () => {
  const e = find(code('MANILA (Reuters) - The court on Monday convicted the senator of graft.'), 'convicted');
  assert.equal(e.actor?.code, 'PHLJUD');
});
test('"the government" after a country\'s government is left to the story\'s country', T, () => {
  const e = find(code('KYIV (Reuters) - The Ukrainian government on Monday accused Russia of shelling Kharkiv. The Russian government denied it. The government in Kyiv later urged Moscow to stop the attacks.'), 'urged');
  assert.equal(e.actor?.code, 'UKRGOV');
});
