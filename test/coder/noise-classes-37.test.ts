import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll as expectAllCoded, expectExactSpecs, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 37 precision on text that should yield few or no events, and history: old acts keep their old date, game
// pieces are no rulers, and the soft news of ten articles written for the purpose (kept outside the repository).
// Every sentence here is written for this file; negatives show the news sense still fires. 10 June 2025 is a Tuesday.
const code = coderPublishedOn('2025-06-10');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
/** Each text codes no event at all. */
const expectNoEvents = (name: string, texts: readonly string[]) => expectExactSpecs(code, texts.map((t) => [name, t, []] as const));
/** One test per case: the event on `trigger` is dated `date`. */
const expectDates = (name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, date: string]>) => {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.rules));
    });
  }
};
void expectAll; void expectNone; void expectNoEvents;

// "On September 17, 1944, paratroopers landed near Arnhem. German tanks attacked them.": a history goes on in the time
// its old date opened, through its paragraph and the next, until another date or a word of the story's own time ("is",
// "now", "said"; clause-cues.tsv story-now). The act after it is dated then, not on the day of publication
// (resolve/article-dates.ts historyCarried, rule date:history-carried). A date told in the past perfect ("had promised
// in 2005") looks back from a later time and carries to nothing (story-flashback).
expectDates('a dateless act after an old date takes that date', [
  ['On September 17, 1944, Allied paratroopers landed near Arnhem. German tanks attacked the paratroopers at the bridge.', 'attacked', '1944-09-17'],
  ['Soviet tanks entered Prague on August 21, 1968.\n\nThe soldiers arrested the party leader and took him to Moscow.', 'arrested', '1968-08-21'],
  ['The Falklands war began in 1982. A British submarine sank the Argentine cruiser General Belgrano.', 'sank', '1982'],
  ['In 1979, students occupied the embassy for a year. Three years later, the regime crushed a revolt in the north. Troops shelled the rebel towns for weeks.', 'shelled', '1982'],
]);
expectDates('an act back in the story\'s own time, or after a look back, keeps the story\'s day', [
  ['Soldiers crushed an uprising in the city in 1956. The square is a memorial now, and police detained 20 protesters there.', 'detained', '2025-06-10'],
  ['The government had promised the funds in 2005. Police fired tear gas at protesters in the capital.', 'fired', '2025-06-10'],
  ['On June 4, 1989, soldiers opened fire on protesters near Tiananmen Square.\n\nA veteran of the protests said troops killed hundreds of people.', 'killed', '2025-06-10'],
  ['Police arrested two activists in Minsk on Sunday. Officers also detained a journalist outside the court.', 'detained', '2025-06-08'],
]);

// "the Norwegian attacked the king with a rook": chess and board-game words (off-topic.tsv: chess, grandmaster, rook,
// pawn, checkmate ... as sport) make the sentence or the story a game, where a nationality is a player and the king, the
// queen, a bishop or a knight is a piece (off-topic.tsv `piece`; core/off-topic.ts isGamePiece): no armed or state
// participant stands for the act. A real king, or gunmen, in news near a tournament stay.
expectNoEvents('attacking a piece in a game is no assault', [
  'In the final round, the Norwegian attacked the king with a rook and a pawn.',
  'The American attacked the enemy king with both rooks and won the chess final.',
  'In the endgame the Ukrainian attacked the exposed king with his queen and a rook.',
  'Magnus Carlsen won the chess tournament in Stavanger on Friday.\nThe Norwegian attacked the king from the first moves.\nHis opponent resigned after 30 moves, a rook and two pawns down.',
]);
expectAll('attacking a king, his guards or a palace stays an assault', [
  ['Protesters attacked the king\'s convoy in Kathmandu on Sunday.', ['ASSAULT Protesters > the king']],
  ['Rebels attacked the king\'s guards near the palace on Sunday.', ['ASSAULT']],
  ['Gunmen attacked the queen\'s palace during a chess tournament in the capital on Sunday.', ['ASSAULT']],
  ['The king was detained by soldiers in the palace on Sunday.', ['COERCE soldiers > The king']],
]);
