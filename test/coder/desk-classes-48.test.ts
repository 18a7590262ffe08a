import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 48 classes of who says so in political reporting (statements dated against other acts, quotations holding a
// speech of their own, speakers with long names), each on sentences written for this file, with negatives that must
// keep their attribution. 27 October 2025 is a Monday.
const code = coderPublishedOn('2025-10-27');

/** One test per case: the event on `trigger` is told with `certainty`, by `source` ('outlet' for the outlet's voice; an article before it aside). */
function expectSource(name: string, cases: ReadonlyArray<readonly [string, string, string, string]>): void {
  for (const [text, trigger, certainty, source] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      const said = e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text;
      assert.equal(said.replace(/^the /i, ''), source.replace(/^the /i, ''), JSON.stringify(e.provenance));
      assert.equal(e.provenance.certainty, certainty, JSON.stringify(e.provenance));
    });
  }
}

// "Ruto said on Wednesday he would not sign the bill, a day after protesters stormed parliament": a time measured from
// another act after a comma (", a day after", ", hours before", ", a week after") sets the statement in time; the act it
// measures from is the outlet's, however the tree hangs the measure (on the reported verb, or the clause as parataxis).
// The report ends at that comma (provenance/frame-end.ts) and the tree's climb to a speaker stops there
// (provenance/tree-speaker.ts), with the words of closing-verb.ts opensRelativeTime, which a trailing "..., days after
// ..., officials said" already used.
expectSource('a time measured from another act is the outlet\'s', [
  ['The president said on Wednesday he would not sign the budget, a day after protesters stormed parliament.', 'stormed', 'asserted', 'outlet'],
  ['The governor said the curfew would be lifted, hours after soldiers fired on demonstrators in the capital.', 'fired on', 'asserted', 'outlet'],
  ['The party announced it would boycott the vote, a week after police arrested its leader.', 'arrested', 'asserted', 'outlet'],
  ['The minister said on Monday that talks would resume, two days after rebels attacked a convoy near the border.', 'attacked', 'asserted', 'outlet'],
]);
// what the speaker says, and a measured time the speaker gives with no comma, stay the speaker's
expectSource('the reported act itself stays claimed', [
  ['The army said on Sunday that gunmen attacked a base in the north, killing four soldiers.', 'attacked', 'claimed', 'army'],
  ['Witnesses said police fired tear gas at protesters two hours after the rally began.', 'fired tear gas', 'claimed', 'Witnesses'],
  ['Officials said rebels shelled the town, a day after they had seized a nearby village.', 'shelled', 'claimed', 'Officials'],
  ['Police arrested 30 protesters two days after the rally, the ministry said.', 'arrested', 'claimed', 'ministry'],
]);

// '"Having listened to the people of Kenya, who have said they want nothing of this bill, I concede," Ruto said': a
// reporting verb inside a quotation still open speaks only inside it; the quote-then-speaker frame is for a speaker
// after the quotation closes (frames.ts quoteClosesBefore), and a frame over the whole quotation names its speaker
// before any frame a verb inside it opened (choose-frame.ts).
expectSource('a speaker inside a quotation is not the quotation\'s', [
  ['"Having heard the farmers, who have said loudly that they reject this tax, we will withdraw the bill," the minister said.', 'withdraw', 'planned', 'minister'],
  ['"We will not be intimidated by soldiers who said they would crush us, and we will march again," the students said.', 'march', 'planned', 'students'],
  ['"For the families, who told us they want their sons home, we will withdraw our troops," the president said.', 'withdraw', 'planned', 'president'],
]);
expectSource('a quotation\'s own speaker stays', [
  ['"We will withdraw the bill," the minister said.', 'withdraw', 'planned', 'minister'],
  ['"The army has shelled our villages," the rebel spokesman said.', 'shelled', 'claimed', 'rebel spokesman'],
]);

// "..., the Kenya National Commission on Human Rights said": a known name ("Kenya") followed by capitalised words of a
// longer name (joined by "of", "on", "for", "and") only opens that name; the whole name speaks, with no code of its own
// (speaker-phrase.ts longerNameEnd, used by trailing-speaker.ts and according-to.ts). A possessive or a preposition
// after the known name leaves it the speaker.
expectSource('a known name opening a longer one', [
  ['Police opened fire on the crowd, killing at least 19 people, the Kenya National Commission on Human Rights said.', 'opened fire', 'claimed', 'the Kenya National Commission on Human Rights'],
  ['Police shot dead 19 protesters, according to the Kenya National Commission on Human Rights.', 'shot dead', 'claimed', 'the Kenya National Commission on Human Rights'],
  ['Rebels attacked a convoy near Goma, the Congo Research Group said on Friday.', 'attacked', 'claimed', 'the Congo Research Group'],
]);
expectSource('a known name that is the speaker stays', [
  ['Troops shelled the village on Sunday, Ukraine\'s air force said.', 'shelled', 'claimed', 'Ukraine\'s air force'],
  ['Militants attacked a checkpoint, the Sudanese army said.', 'attacked', 'claimed', 'Sudanese army'],
  ['Police fired tear gas at students, police in Nairobi said.', 'fired tear gas', 'claimed', 'police'],
]);

// "Students blocked the road hours before the army announced it had arrested the protest leaders": after a
// subordinator the speaker's phrase may leave out its article ("the | government"); the search for a subject then
// reached the main clause's noun ("Students") (subordinate-speaker.ts).
expectSource('a speaker after a subordinator and an article', [
  ['Students blocked the road hours before the army announced it had arrested the protest leaders.', 'arrested', 'claimed', 'army'],
  ['Police fired tear gas at thousands of protesters after the government said it would suspend talks with the European Union.', 'suspend talks', 'planned', 'government'],
  ['Hundreds rallied outside the court after the ministry said police had detained the opposition leader.', 'detained', 'claimed', 'ministry'],
]);
expectSource('the main clause stays the outlet\'s', [
  ['Students blocked the road hours before the army announced it had arrested the protest leaders.', 'blocked', 'asserted', 'outlet'],
  ['Hundreds rallied outside the court after the ministry said police had detained the opposition leader.', 'rallied', 'asserted', 'outlet'],
]);

test('the measured time leaves the speaker\'s own act coded', T, () => {
  const events = code('The party announced it would boycott the vote, a week after police arrested its leader.');
  assert.ok(events.some((e) => e.type === 'PROTEST' && e.provenance.source === 'outlet'), JSON.stringify(events.map((e) => e.type)));
});

// "The army said it had repelled the attack; rebels shelled the town again": a semicolon opens a clause of its own, which
// no report before it reaches (frame-end.ts; the tree's climb to a speaker stops there too, tree-speaker.ts), unless a
// quotation is open at the verb or opened by it (inside one, the semicolon parts the speaker's own sentences).
expectSource('a semicolon ends what was said before it', [
  ['The army said it had repelled the attack; rebels shelled the town again on Monday.', 'shelled', 'asserted', 'outlet'],
  ['The ministry said police had arrested 12 people; protesters blocked roads in the capital.', 'blocked', 'asserted', 'outlet'],
]);
expectSource('what is said before the semicolon, or inside a quotation, stays said', [
  ['The ministry said police had arrested 12 people; protesters blocked roads in the capital.', 'arrested', 'claimed', 'ministry'],
  ['The general said: "The enemy attacked our positions; we repelled them and shelled their base."', 'shelled', 'claimed', 'general'],
  ['The spokesman told reporters: "The army says it wants talks; troops shelled our villages on Sunday."', 'shelled', 'claimed', 'spokesman'],
  ['"The enemy attacked our positions; we shelled their base," the general said.', 'shelled', 'claimed', 'general'],
]);
