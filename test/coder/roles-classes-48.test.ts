import { coderPublishedOn, expectCodes as expectCoded, find, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 48 classes of who did it, each on sentences written for this file, with near misses that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

/** One test per case: the event on `trigger` has an actor whose name is `name` (and whose code is `codeOf`, when given). */
function expectActorNames(name: string, cases: ReadonlyArray<readonly [string, string, string, string?]>): void {
  for (const [text, trigger, actorName, codeOf] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.actor?.name, actorName, JSON.stringify(e.actor));
      if (codeOf !== undefined) assert.equal(e.actor?.code, codeOf, JSON.stringify(e.actor));
    });
  }
}

// "A group of soldiers calling itself the National Committee for the Salvation of the People said it had overthrown
// the president": the description introduces a body, the words after "calling itself", "known as", "which calls
// itself" (data/lexicon/clause-cues.tsv rows of self-naming) are its name. The "it" that takes the description up was
// nobody (the act dropped as having no political participant), or the name's first words ("National Council", cut at
// "for") spoke; the description now carries the name, keeping its side (soldiers are the army's), or for a bare "a
// group" a group by that name (resolve/self-given-names.ts).
expectActorNames('a description that names itself carries the name', [
  ['BAMAKO, Mali — A group of soldiers calling itself the National Committee for the Salvation of the People said on Monday it had overthrown President Ibrahim Keita.', 'overthrown', 'National Committee for the Salvation of the People', 'MLIMIL'],
  ['NIAMEY, Niger — Soldiers calling themselves the National Council for the Safeguard of the Homeland said on Monday they had detained President Mohamed Bazoum.', 'detained', 'National Council for the Safeguard of the Homeland', 'NERMIL'],
  ['CONAKRY, Guinea — A group known as the National Rally and Development Committee said on Monday it had arrested President Alpha Conde.', 'arrested', 'National Rally and Development Committee', 'national-rally-and-development-committee'],
]);
// ... and a later description with a word of that name ("the movement", "the group") takes it up
expectActorNames('a later description takes up the self-given name', [
  ['OUAGADOUGOU, Burkina Faso — A faction of the army, which calls itself the Patriotic Movement for Safeguard and Restoration, seized the state broadcaster on Monday. The movement accused the government of failing to stop jihadist attacks.', 'accused', 'Patriotic Movement for Safeguard and Restoration'],
  ['BISSAU, Guinea-Bissau — A group of army officers calling itself the Supreme Council for National Order said on Monday it had arrested President Joao Vieira. The group accused him of corruption.', 'accused', 'Supreme Council for National Order'],
]);
// a known name after "known as" keeps its own code; a person's nickname or a tactic's name renames no one
expectCodes('known names and nicknames keep their actors', [
  ['GOMA, Congo — A rebel coalition known as the Congo River Alliance accused the army of shelling Goma on Monday.', 'accused', 'alliance-fleuve-congo', 'CODMIL'],
  ['KHARTOUM, Sudan — Fighters known as the Janjaweed attacked the village of Misterei on Monday, killing 40 people.', 'attacked', 'janjaweed'],
]);
expectActorNames('a nickname is no self-given name of a description', [
  ['KHARTOUM, Sudan — Mohamed Hamdan Dagalo, known as Hemedti, said on Monday his fighters had captured the town of Babanusa.', 'captured', 'Mohamed Hamdan Dagalo'],
  ['KYIV, Ukraine — Russian forces attacked Kharkiv with a tactic known as Double Tap on Monday.', 'attacked', 'Russian forces', 'RUSMIL'],
]);

// "X told the French magazine Jeune Afrique by telephone that he had been arrested": the object of a telling verb
// (data/lexicon/telling-verbs.tsv) is whom it was told, not the subject of the told clause, so the teller is no speaker
// reporting another's act and keeps his "he" (resolve/anaphor-clause.ts reportedSubject, toldHearer). The outlet's
// name, shaped as a person's, took the pronoun when a nationality word before it made it a phrase of its own.
function expectTargetNames(name: string, cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [text, trigger, targetName] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.target?.name, targetName, JSON.stringify(e.target));
    });
  }
}
expectTargetNames('the teller, not the hearer, is "he" in the told clause', [
  ['PARIS — Bruno Retailleau told the French newspaper Le Figaro on Monday that he had been threatened by Algerian officials.', 'threatened', 'Bruno Retailleau'],
  ['KINSHASA, Congo — Martin Fayulu told the Congolese broadcaster Radio Okapi that he had been beaten by police officers on Monday.', 'beaten', 'Martin Fayulu'],
  ['ALGIERS, Algeria — Karim Tabbou told the Algerian newspaper El Watan that he had been detained by police on Monday.', 'detained', 'Karim Tabbou'],
  ['NAIROBI, Kenya — Martha Karua told the Kenyan newspaper Daily Nation that she had been detained by Tanzanian police on Monday.', 'detained', 'Martha Karua'],
]);
// near misses: "told reporters the rebels ..." keeps the reported subject; a "that" before the phrase makes it the subject
expectCodes('a reported clause\'s own subject stays the doer', [
  ['MOGADISHU, Somalia — A police officer told reporters that al-Shabab militants had attacked a hotel on Monday.', 'attacked', 'al-shabaab'],
  ['KABUL, Afghanistan — The governor told Reuters the Taliban had stormed a checkpoint on Monday.', 'stormed', 'taliban'],
]);

// "Japan's top government spokesman, Chief Cabinet Secretary Minoru Kihara, said ... He demanded": a country's office
// with an unknown person's name set off after it is one person; "he" took up the office and named it by its words, the
// name had no country. The office now carries the name and the name the office's code (resolve/apposed-title-name.ts).
expectActorNames('an office and the name apposed to it are one person', [
  ['TOKYO — Japan\'s top government spokesman, Chief Cabinet Secretary Minoru Kihara, said on Monday that Tokyo had protested. He demanded that China take appropriate action.', 'demanded', 'Minoru Kihara', 'JPNGOV'],
  ['NAIROBI, Kenya — Kenya\'s interior minister, Kithure Kindiki, said on Monday police had arrested 40 protesters. He accused the opposition of inciting violence.', 'accused', 'Kithure Kindiki', 'KENGOV'],
  ['ADDIS ABABA, Ethiopia — Ethiopia\'s foreign minister, Gedion Timothewos, accused Eritrea of arming rebels on Monday.', 'accused', 'Gedion Timothewos', 'ETHGOV'],
]);
// a known person keeps his own entry; an office of no country gives no code
expectActorNames('known people and offices of no country stay', [
  ['MOSCOW — Russia\'s foreign minister, Sergei Lavrov, accused Britain of spying on Monday.', 'accused', 'Sergei Lavrov', 'RUSGOV'],
]);
expectCodes('an office of no country gives the name no code', [
  ['The country\'s interior minister, Kithure Kindiki, accused the opposition of inciting violence on Monday.', 'accused', null],
]);
