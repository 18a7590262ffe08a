import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll, expectNone, T } from './class-fixture.ts';

// Session 46 classes of political and diplomatic reporting, each on sentences written for this file, with negatives
// that must keep their coding. 6 May 2025 is a Tuesday.
const code = coderPublishedOn('2025-05-06');

/** One test per case: the text codes exactly one CONSULT, with this actor and target ("actor > target" texts). */
function expectOneConsult(name: string, cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, roles] of cases) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).map(brief).filter((b) => b.startsWith('CONSULT '));
      assert.deepEqual(got, [`CONSULT ${roles}`], JSON.stringify(got));
    });
  }
}

// "flew to Beijing for talks with Wang Yi", "traveled to Addis Ababa to meet Abiy", "is due to visit Tehran and will hold
// talks with Pezeshkian": a visit's target was the city it went to (standing for its state), and the talks or the
// meeting it was for were folded into it or left as a second CONSULT with no one holding them (a planned visit's
// "for talks" noun read as told, on the day of the news). The people met are whom the visit is for: a purpose noun
// "for talks with Y" folds into the visit with Y as target, and a visit merged with a meeting of that city's state's
// people takes them as its target (core/visit-host.ts).
expectOneConsult('the people a visit is for are its target', [
  ['The Indian foreign minister flew to Beijing on Sunday for talks with his Chinese counterpart Wang Yi.', 'Indian foreign minister > Chinese counterpart Wang Yi'],
  ['The Kenyan president traveled to Addis Ababa to meet Ethiopian Prime Minister Abiy Ahmed.', 'Kenyan president > Ethiopian Prime Minister Abiy Ahmed'],
  ['The Turkish foreign minister flew to Brussels on Monday for talks with NATO Secretary General Mark Rutte.', 'Turkish foreign minister > NATO Secretary General Mark Rutte'],
  ['The Greek prime minister is due to travel to Madrid on Thursday for talks with Spanish Prime Minister Pedro Sanchez.', 'Greek prime minister > Spanish Prime Minister Pedro Sanchez'],
]);
// a visit for talks with no one named, or a meeting on another occasion, keeps the city it went to
expectOneConsult('a visit with no partner named keeps its city', [
  ['The Turkish foreign minister traveled to Moscow for talks.', 'Turkish foreign minister > Moscow'],
  ['The Hungarian prime minister flew to Beijing on Monday for a trade fair.', 'Hungarian prime minister > Beijing'],
]);
test('a visit and a meeting with another state\'s leader elsewhere stay two acts', T, () => {
  const got = code('The Saudi foreign minister visited Kyiv on Monday, two weeks after he met Russian President Vladimir Putin in Moscow.').map(brief);
  assert.ok(got.includes('CONSULT Saudi foreign minister > Kyiv'), JSON.stringify(got));
});

// "Trump warned that Hamas would be disarmed, by force if necessary, if it did not give up its weapons": a forceful act
// in store under a condition, told in the passive of a warning's that-clause, named no harm the warning machinery knew
// (a price to pay, consequences to face), so the warning had no object and was dropped. A side that governs or bears
// arms warning that another would be disarmed, expelled or crushed if it acts threatens it (PLOVER THREATEN, "coercive
// or forceful warnings"; clause-cues.tsv imposed-harm, extract/warned-consequence.ts); told by others it forecasts.
expectAll(code, 'a forceful act in store for a side under a condition is a threat to it', [
  ['Trump warned that Hamas would be disarmed, by force if necessary, if it did not give up its weapons.', ['THREATEN Trump > Hamas']],
  ['The junta warned that foreign journalists would be expelled if they reported without accreditation.', ['THREATEN junta > foreign journalists']],
  ["Israel's defense minister warned that Hezbollah would be crushed if it fired on northern towns.", ["THREATEN Israel's defense minister > Hezbollah"]],
  ['Tehran warned that Kurdish militias would be disarmed if they crossed the border.', ['THREATEN Tehran > militias']],
]);
expectNone(code, 'a harm forecast by no side, or not forceful, is no threat', 'THREATEN', [
  'Economists warned that savers would be hurt if inflation rose.',
  'The minister warned that the bill would be defeated if the opposition walked out.',
  'The minister said the rebels were disarmed after they signed the accord.',
]);

// "Troops opened fire on people approaching their positions in Gaza City on Wednesday, killing two": the parse read the
// noun after the act's preposition as the subject of the -ing participle after it, and the participle as an adverbial
// clause of the act; a clause with a subject of its own dates and places its own act, so the shooting took the story's
// day and the country of its target. A subject takes no preposition: the noun is the act's oblique and the participle
// modifies it (extract/tree-repair/marked-participle-subject.ts).
const LEAD = 'Talks resumed in Geneva on Tuesday. ';
const codeOct = coderPublishedOn('2025-10-18');
for (const [text, date, place] of [
  ['Israeli troops opened fire on people approaching their positions in Gaza City on Wednesday, killing two.', '2025-10-15', /^Gaza City$/],
  ['Soldiers opened fire on people approaching the fence in Rafah on Friday, killing one.', '2025-10-17', /^Rafa/],
  ['Police opened fire on people approaching the palace in Antananarivo on Thursday, killing one.', '2025-10-16', /^Antananarivo$/],
] as const) {
  test(`a participle after a marked noun modifies it, told at the act's time and place: ${text}`, T, () => {
    const e = codeOct(LEAD + text).find((x) => x.type === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.equal(e.date?.value, date, JSON.stringify(e.date));
    assert.match(e.location?.name ?? '', place, JSON.stringify(e.location));
  });
}
// an absolute clause opened by "with" keeps its subject, and its own act
expectAll(codeOct, 'a "with" absolute keeps its subject', [
  ['Police fired tear gas on Monday, with protesters chanting slogans outside the ministry.', ['PROTEST protesters > null']],
]);

// "Carney's Liberals won Canada's snap election in April": the noun row "snap election" (CAMEO 0834, calling early
// elections, a CONCEDE) fired on the election a party won or lost, with the country's possessive as the one who called
// it. An election noun that a contestant's verb takes as its object is the vote contested, not its calling
// (clause-cues.tsv contest-verb, contested-occasion; extract/pattern-requirements.ts).
expectNone(codeOct, 'an election won or lost is no calling of it', 'CONCEDE', [
  "Carney's Liberals won Canada's snap election in April.",
  "The ruling party lost Japan's snap poll on Sunday.",
  "Labour won Britain's early election in July.",
]);
expectAll(codeOct, 'calling or announcing an early election stays a concession', [
  ['The Danish prime minister called a snap election for October.', ['CONCEDE Danish prime minister > null']],
  ['The Spanish prime minister announced an early election on Monday.', ['CONCEDE Spanish prime minister > null']],
  ["The opposition boycotted Bangladesh's snap election in January.", ['PROTEST The opposition > Bangladesh']],
]);
