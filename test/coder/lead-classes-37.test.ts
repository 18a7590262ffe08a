import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, brief, T } from './class-fixture.ts';

// Session 37 classes of the lead, each on texts written for this file, with negatives that must not change.
// 10 June 2025 is a Tuesday.
const code = coderPublishedOn('2025-06-10');
const briefs = (text: string) => code(text).map(brief);

// Page furniture: text taken from a web page or a wire feed carries lines that are no part of the story: links to
// other stories ("RELATED: ..."), photo captions and their credits ("FILE - ... (AP Photo/...)"), reporting credits,
// copyright notices. Their acts are other stories' and other days', and their names became actors and targets of the
// story's own acts ("The Associated Press" as the target of an attack). The coder reads the text with those lines
// blanked (data/lexicon/page-furniture.tsv, nlp/page-furniture.ts); every offset stays an offset into the text given.
const STORY = 'Rebels attacked an army base near Beni on Monday, killing four soldiers, a military spokesman said.';
const WITH_FURNITURE: ReadonlyArray<readonly [string, string]> = [
  ['a link to another story', `${STORY}\nRELATED: Kenyan police accused of abducting government critics\nThe army said it repelled the assault.`],
  ['a read-more line', `${STORY}\nRead more: Hamas fighters attacked a kibbutz in 2023\nThe army said it repelled the assault.`],
  ['a file photo caption', `FILE - Congolese soldiers detain a suspected rebel near Goma, Jan. 28, 2025. (AP Photo/Moses Sawasawa, File)\n${STORY}`],
  ['a caption ending in a photo credit', `${STORY}\nPolice detained protesters outside parliament in Kinshasa on Sunday. (Reuters photo)`],
  ['a credit and a copyright line', `${STORY}\n(Reporting by Jane Doe in Goma; Editing by John Roe)\nCopyright 2025 The Associated Press. All rights reserved.\nAFP contributed to this report.`],
  ['a caption with a short credit', `${STORY}\nSoldiers detain a suspected rebel in Goma on Sunday. (Photo: Reuters)`],
  ['a watch label', `${STORY}\nWATCH: Protesters clash with police in Nairobi\nThe army said it repelled the assault.`],
];
for (const [name, text] of WITH_FURNITURE) {
  test(`page furniture is no part of the story: ${name}`, T, () => {
    const events = code(text);
    assert.ok(events.some((e) => e.type === 'ASSAULT' && e.actor?.code === 'CODREB'), briefs(text).join('; '));
    // only the story's own acts, and each event's words are where its offsets say
    for (const e of events) {
      assert.ok(e.trigger.span[0] >= 0 && text.slice(e.trigger.span[0], e.trigger.span[1]) === e.trigger.text, `${e.trigger.text} at ${e.trigger.span}`);
      assert.doesNotMatch(`${e.actor?.text} ${e.target?.text} ${e.trigger.text}`, /Associated Press|AP Photo|Reuters|Kenyan|Hamas|Protesters|detain/i, brief(e));
    }
  });
}
// Lines that only look like furniture stay the story's: a label word inside a sentence, a bracket that is no credit.
const STORY_LINES: ReadonlyArray<readonly [string, string]> = [
  ['Related talks between the two sides collapsed on Monday, and rebels attacked an army base near Beni.', 'attacked an army base'],
  ['Rebels attacked an army base near Beni (North Kivu province) on Monday, the army said.', 'attacked an army base'],
  ['Police watched as rebels attacked an army base near Beni on Monday, killing four soldiers.', 'attacked an army base'],
];
for (const [text, trigger] of STORY_LINES) {
  test(`a story line that looks like furniture stays: ${text.slice(0, 40)}`, T, () => {
    assert.ok(code(text).some((e) => e.trigger.text === trigger), briefs(text).join('; '));
  });
}
// A long blank run (a blanked line, an extracted page's indentation) kept every later token's offset: the tokenizer's
// offsets were lost after more than 50 blank characters.
test('a long blank run before a sentence keeps its offsets', T, () => {
  const text = `${' '.repeat(120)}\n${STORY}`;
  const attack = code(text).find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.equal(text.slice(attack.trigger.span[0], attack.trigger.span[1]), attack.trigger.text);
  assert.match(attack.trigger.text, /attacked/);
});
test('blanked furniture keeps the text\'s length and line breaks', T, async () => {
  const { blankPageFurniture } = await import('../../src/nlp/page-furniture.ts');
  const rows = [{ kind: 'label', phrase: 'related' }, { kind: 'credit', phrase: 'ap photo' }] as const;
  const text = 'One.\nRELATED: Two\nThree. (AP Photo/X)\nFour (a photo of the AP office).';
  const out = blankPageFurniture(text, rows);
  assert.equal(out.length, text.length);
  assert.deepEqual(out.split('\n').map((l) => l.trim()), ['One.', '', '', 'Four (a photo of the AP office).']);
});

// Live pages: an entry opens with its time and a dash ("10:32 GMT - ..."), which the parser read as part of the
// clause: a time zone's letters joined the subject ("BST - Ukrainian drones", no code) or the subject was lost. The
// time is set aside as a wire story's dateline is (nlp/syntax/set-aside-words.ts).
const LIVE_ENTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['10:32 GMT - Israeli strikes killed 12 people in Gaza City, the civil defence agency said.', 'ASSAULT', 'ISRMIL'],
  ['11:47 BST - Ukrainian drones struck an oil depot in Russia\'s Bryansk region, the governor said.', 'ASSAULT', 'UKRMIL'],
  ['07:40 UTC - Sudanese army jets bombed a base near El Obeid held by the paramilitaries, a military source said.', 'ASSAULT', 'SDNMIL'],
];
for (const [text, type, actor] of LIVE_ENTRIES) {
  test(`a live page entry's time is no part of its clause: ${text.slice(0, 30)}`, T, () => {
    assert.ok(code(text).some((e) => e.type === type && e.actor?.code === actor), briefs(text).join('; '));
  });
}
test('a live page codes each timed entry on its own', T, () => {
  const page = 'Live updates\n10:32 GMT - Israeli strikes killed 12 people in Gaza City, the civil defence agency said.\n09:15 GMT - Egyptian mediators met Hamas leaders in Cairo, an Egyptian official said.';
  const found = code(page).map((e) => `${e.type} ${e.actor?.code}`);
  assert.ok(found.includes('ASSAULT ISRMIL') && found.some((f) => f.startsWith('CONSULT')), found.join('; '));
});
// a time inside the clause is the clause's
test('a time that is the subject stays in the clause', T, () => {
  const text = 'At 10:32 - an hour after the talks began - rebels attacked an army base near Beni.';
  assert.ok(code(text).some((e) => e.type === 'ASSAULT' && e.actor?.code === 'CODREB'), briefs(text).join('; '));
});

// Lists: a page's "key points" or a brief's items, one per line after a bullet, a dash, a star or a number, with no
// final stop. The sentence splitter ran an item into the next (or a "Key points:" line into the first item), so the
// next item's act became part of what the first item's speaker said, or the label a target. A line opening with a
// list marker starts a sentence (nlp/analyze.ts); a hard-wrapped line of running text still goes on the one before.
const LISTS: ReadonlyArray<readonly [string, string, (e: ReturnType<typeof code>[number]) => boolean]> = [
  ['Key points:\n• Israeli strikes killed 12 people in Gaza City on Tuesday.\n• Aid trucks waited at the Rafah crossing.', 'killed 12 people',
    (e) => e.target?.code === 'PSECVL'],
  ['• Hamas accused Israel of blocking aid\n- Egypt hosted new talks in Cairo on Monday.', 'hosted new talks',
    (e) => e.actor?.code === 'EGY' && e.provenance.source === 'outlet'],
  ['* The opposition accused the government of rigging the vote\n* Police arrested 30 protesters in Tbilisi on Sunday.', 'arrested',
    (e) => e.actor?.code === 'GEOCOP' && e.provenance.source === 'outlet'],
];
for (const [text, trigger, right] of LISTS) {
  test(`a list item is a sentence of its own: ${trigger}`, T, () => {
    const events = code(text).filter((e) => e.trigger.text === trigger);
    assert.ok(events.length === 1 && right(events[0]), briefs(text).join('; '));
  });
}
test('a hard-wrapped sentence stays one across its line break', T, () => {
  const text = 'Rebels attacked an army base near Beni on Monday and\nkilled four soldiers, a military spokesman said.';
  const attack = code(text).find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.actor?.code, 'CODREB', briefs(text).join('; '));
  assert.equal(attack?.provenance.certainty, 'claimed');
});
