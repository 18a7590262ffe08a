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
  ['In 1982, Argentina invaded the Falkland Islands. A British submarine sank the Argentine cruiser General Belgrano.', 'sank', '1982'],
  ['In 1979, students occupied the embassy for a year. Three years later, the regime crushed a revolt in the north. Troops shelled the rebel towns for weeks.', 'shelled', '1982'],
]);
expectDates('an act back in the story\'s own time, or after a look back, keeps the story\'s day', [
  ['Soldiers crushed an uprising in the city in 1956. The square is a memorial now, and police detained 20 protesters there.', 'detained', '2025-06-10'],
  ['The government had promised the funds in 2005. Police fired tear gas at protesters in the capital.', 'fired', '2025-06-10'],
  ['On June 4, 1989, soldiers opened fire on protesters near Tiananmen Square.\n\nA veteran of the protests said troops killed hundreds of people.', 'killed', '2025-06-10'],
  ['Police arrested two activists in Minsk on Sunday. Officers also detained a journalist outside the court.', 'detained', '2025-06-08'],
  // (lead) a year told inside a background sentence dates that sentence's act only, as a month does (recentCarried): the
  // news after it is today's
  ['Russia annexed Crimea in 2014. Ukrainian drones struck a fuel depot near Sevastopol, killing two people.', 'struck', '2025-06-10'],
  ['Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 1994. Azerbaijani troops shelled Armenian positions near the border, killing two soldiers.', 'shelled', '2025-06-10'],
  ['The Falklands war began in 1982. A British submarine shadowed an Argentine tanker near the islands.', 'shadowed', '2025-06-10'],
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

// "Shares were slaughtered on Wall Street", "slaughtered three chickens for a pie": shares, stocks, prices and farm
// animals slaughtered or massacred are a market's fall or a kitchen's work (argument-senses.tsv slaughter and massacre
// rows, object @currency, share, poultry). People slaughtered stay massacres, and cattle stay raided.
expectNoEvents('slaughtered shares or chickens are no massacre', [
  'Bank shares were slaughtered in Frankfurt on Monday after the lender warned of losses.',
  'Tech shares were massacred in Tokyo on Monday.',
  'Mining shares were massacred in Sydney on Wednesday.',
]);
expectAll('slaughtering or massacring people stays an assault', [
  ['Gunmen slaughtered 30 villagers in Borno state on Sunday.', ['ASSAULT Gunmen > villagers']],
  ['Militants massacred dozens of worshippers in a mosque on Friday.', ['ASSAULT']],
  // (precision-46: two details of one raid listed by "and" are one ASSAULT, core/one-attack-details.ts)
  ['Raiders slaughtered cattle and killed three herders in Jonglei on Sunday.', ['ASSAULT Raiders > cattle']],
]);

// "water bombers attacked the flames": firefighting attacks a fire, no one's people or property (argument-senses.tsv
// attack row, object fire, flame, blaze, inferno, wildfire). A fire station attacked, or arson, stays.
expectNoEvents('attacking a fire is firefighting', [
  'Water bombers attacked the flames near Athens on Monday.',
  'Helicopters attacked the blaze in Attica on Monday.',
  'Canadair planes attacked the fire near Marseille on Sunday.',
]);
expectAll('attacking a fire station or setting fire to a mosque stays', [
  ['Rebels attacked a fire station in Goma on Sunday.', ['ASSAULT Rebels > a fire station']],
  // (precision-46: arson and the attack on the worshippers are one attack, spoken for by the first act)
  ['Arsonists set fire to a mosque and attacked worshippers in Kano on Sunday.', ['ASSAULT Arsonists > a mosque']],
]);

// "the Treasury secretary urged investors to stay calm": advice to investors, savers, visitors and travellers is a
// routine precaution, as to motorists (argument-senses.tsv urge row; coding guide rule 1). Rebels and states urged stay.
expectNone('urging investors, visitors or travellers is advice', 'REQUEST', [
  'The Treasury secretary urged investors to stay calm.',
  'The tourism minister urged visitors to book hotels early.',
  'The governor urged travellers to check their flights before leaving.',
]);
expectAll('urging rebels or a state stays a request', [
  ['The president urged rebels to lay down their arms.', ['REQUEST The president > rebels']],
  ['The UN urged Israel to allow aid into Gaza.', ['REQUEST UN > Israel']],
]);

// "the Brazilian accused the referee of ending the bout early": boxing and cage-fighting words (off-topic.tsv:
// referee, bout, heavyweight, welterweight, uppercut, promoter ...) make a fight night sport, where a nationality names
// a fighter and an act needs an armed or state participant. Police at the arena, and soldiers, stay.
expectNoEvents('a fighter\'s protest at a referee is sport', [
  'The Brazilian protested the stoppage and accused the referee of ending the heavyweight bout early.',
  'The Ukrainian heavyweight accused the referee of stopping the bout too early.',
  'The Russian accused the referee of ending the welterweight bout too early.',
]);
expectAll('police at a fight night, soldiers at a boxing club and a minister stay', [
  ['Police arrested three boxing fans after a brawl outside the arena in Las Vegas on Sunday.', ['COERCE Police > fans']],
  ['Soldiers attacked a boxing club in Kabul on Sunday.', ['ASSAULT Soldiers > a boxing club']],
  ['The Russian foreign minister accused the referee\'s government of bias on Monday.', ['ACCUSE']],
]);

// "a judge blasted the French chef for burning the dessert": a cooking contest is a competition (off-topic.tsv: chef,
// contestant, finalist, pastry, dessert, recipe as sport words): its judges are no court and its cooks no party.
expectNoEvents('a contest judge criticising a cook is no accusation', [
  'A judge blasted the French chef for burning the dessert.',
  'One judge criticised the Italian contestant for a dry pastry.',
  'The head judge slammed the Spanish finalist for an undercooked dessert.',
]);
expectAll('a court judge or a minister criticising stays', [
  ['A judge criticised the police for the raid on the newspaper in Lagos on Monday.', ['ACCUSE']],
  ['The French minister blasted the chef of the ruling party for the budget cuts.', ['ACCUSE']],
]);

// "A second war film, set in Vietnam, shows marines storming a hill": the parse hangs the telling verb on the work's
// participle ("set ..., shows" as conjuncts under "film"), so the work is no subject of it; a work a step or two above
// the telling verb tells its story all the same (tree-clauses/fiction-frame.ts underWork). What a documentary shows is
// told as a film's is (clause-cues.tsv fiction-work documentary). A film maker seized, a film banned and soldiers filmed
// shelling stay news.
expectNoEvents('acts a film or a documentary shows are its story', [
  'A second war film, set in Vietnam, shows American marines storming a hill and capturing a village.',
  'A documentary, filmed in Kyiv, shows soldiers shelling a bridge.',
  'In the documentary, resistance fighters attack German patrols.',
]);
expectAll('a film banned or soldiers filmed shelling stay news', [
  ['China banned the film, which premiered in Venice on Monday.', ['COERCE China > the film']],
  ['A film crew filmed soldiers shelling a village near Bakhmut on Monday.', ['ASSAULT soldiers > a village']],
]);
