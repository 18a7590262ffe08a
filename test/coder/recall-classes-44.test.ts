import { coderPublishedOn, expectAll, expectNone } from './class-fixture.ts';

// Session 44 classes of events the coder missed (recall), each on texts written for this file, with negatives that look
// alike and must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

// A warning whose that-clause puts a harm in store names it with words the harm list lacked: "there would be severe
// penalties if ...", "would suffer a crushing defeat if ...", "would face a bitter fate". Penalties, defeat and a fate
// told as bitter are as coercive as "consequences" or "a heavy price" (PLOVER THREATEN: "coercive or forceful
// warnings"; data/lexicon/clause-cues.tsv warned-consequence); "warned that" alone is no event.
expectAll(code, 'a warning of penalties, defeat or a bitter fate in store is a threat', [
  ['The defence minister of Rwanda warned that there would be severe penalties if the militia broke the truce.', ['THREATEN']],
  ['President Lula warned that there would be "very tough penalties" if either party violated the ceasefire.', ['THREATEN']],
  ['Beijing warned on Tuesday that Manila would suffer a humiliating defeat if it sent warships to the shoal.', ['THREATEN Beijing > Manila']],
  ['North Korea warned that South Korea would suffer "a crushing defeat" if it staged the drills.', ['THREATEN North Korea > South Korea']],
  ['Iran\'s supreme leader warned that Israel would face a bitter fate.', ['THREATEN']],
  ['The Houthis warned that the United States would meet a painful fate if its warships stayed in the Red Sea.', ['THREATEN Houthis > United States']],
]);
// forecasts of a loss, a defeat in a vote or a game, or a fate of people who are no side, threaten no one
expectNone(code, 'a forecast of a loss or a defeat is no threat', 'THREATEN', [
  'Economists warned that farmers would suffer heavy losses if the drought continued.',
  'Analysts warned that the ruling party would suffer a defeat in the election.',
  'Doctors warned that patients would face a grim fate if the hospital closed.',
  'The coach warned that his team would suffer a heavy defeat if it kept playing so badly.',
]);
