import { coderPublishedOn, expectAll, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 38 classes of tokens, tags and attachments, each on sentences written for this file, with negatives that
// must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "faced mounting criticism from lawmakers", "faced renewed attacks from rebels": a form of growth or persistence
// between a verb and its noun was read as the verb's `xcomp` taking the noun as its object, so the noun's act had the
// verb's subject as its actor and lost its "from" source. It describes the noun (adjectival-participles.tsv rows read
// by tree-repair/adjectival-participle.ts and tags:describing-participle): the noun is the verb's object.
expectAll(code, 'a growth participle before the object describes it', [
  ['The minister faced mounting criticism from lawmakers.', ['ACCUSE lawmakers > The minister']],
  ['The prime minister faced escalating criticism from opposition parties on Tuesday.', ['ACCUSE opposition parties > The prime minister']],
  ['The ruling party faced mounting accusations from the opposition.', ['ACCUSE the opposition > The ruling party']],
  ['The army faced renewed attacks from rebels near Goma.', ['ASSAULT rebels > null']],
  ['Kyiv faced intensifying strikes from Russian drones on Sunday.', ['ASSAULT Russian > null']],
]);
// after a verb of phase, after a verb of -ing complement, or before a determiner, the form stays the verb it is
expectAll(code, 'a phase verb, a denial and a determiner keep the participle a verb', [
  ['The rebels began mounting attacks on army posts.', ['ASSAULT The rebels > army posts']],
  ['The rebels denied escalating attacks on civilians.', ['REJECT The rebels > null', 'ASSAULT The rebels > civilians']],
  ['The army renewed attacks on rebel positions on Monday.', ['ASSAULT army > rebel positions']],
]);
expectNone('no act on the escalated conflict', 'ASSAULT', ['Russia risks escalating the conflict in Ukraine.']);
