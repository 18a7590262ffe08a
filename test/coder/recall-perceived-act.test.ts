import { table } from './non-events-table.ts';

// The -ing participle after the object of a verb of perception ("saw troops firing", "watched soldiers shooting")
// is the act seen or heard, not a description of its doer (data/lexicon/clause-cues.tsv effect perception,
// src/core/perceived-act.ts; the participle description rule candidate:tree-description:participle yields).
table('what a witness saw happening is the act', [
  ['Residents watched soldiers shooting at protesters outside the palace.', ['ASSAULT >protesters']],
  ['A journalist saw troops firing on the crowd in Khartoum.', ['ASSAULT SDNMIL']],
  ['Villagers saw Russian helicopters bombing the bridge on Monday.', ['ASSAULT RUSMIL']],
]);

// a coordinated object ("a drone or aircraft", "soldiers and police") is still the object the participle follows
table('what a witness saw several doers doing is the act', [
  ['Residents watched soldiers and police shooting at protesters outside the palace.', ['ASSAULT -']],
  ['A journalist saw Sudanese troops or militiamen firing on the crowd in Khartoum.', ['ASSAULT -']],
  ['Villagers saw Russian helicopters and jets bombing the bridge on Monday.', ['ASSAULT RUSMIL']],
]);

// a participle right after a noun with no verb of perception still only describes it
table('a participle describing its noun is still no act', [
  ['The court hearing examining the killing of protesters opened on Monday.', []],
  ['Militias fighting in the north said on Monday they had agreed to talks.', ['AGREE']],
]);
