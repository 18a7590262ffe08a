import { coderPublishedOn, expectCodes as expectCoded } from './class-fixture.ts';

// Session 35 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Congo said Rwanda had sent troops ... Kinshasa accused it of ...": a capital standing for its state (or that
// state's own official) is bound to the state's every name, so the object pronoun never takes up that state (it took
// Congo up and the target was dropped as the actor's own) but the other party; a plural object pronoun no longer
// takes up the capital's own diplomats (resolve/anaphora.ts sameState).
expectCodes('a capital acting on a pronoun object: the pronoun is the other state', [
  ['Congo said Rwanda had sent troops across the border. Kinshasa accused it of backing the rebels.', 'accused', 'COD', 'RWA'],
  ['Poland said Belarus had pushed migrants across the border. Warsaw accused it of waging a hybrid war.', 'accused', 'POL', 'BLR'],
  ['South Korea said North Korea had fired two missiles. Seoul warned it of a stern response.', 'warned', 'KOR', 'PRK'],
  ['Ethiopia said Egypt had armed rebels in the region. Addis Ababa accused it of meddling.', 'accused', 'ETH', 'EGY'],
  ['China said the Philippines had rammed its ship. Beijing accused it of provocations.', 'accused', 'CHN', 'PHL'],
  ['Lithuania and Latvia expelled Russian diplomats on Monday. Moscow accused them of Russophobia.', 'accused', 'RUS', 'LTU'],
  ['Congo said Rwanda had sent troops across the border. President Tshisekedi accused it of backing the rebels.', 'accused', 'CODGOV', 'RWA'],
]);
expectCodes('a pronoun object the capital\'s state does not bind keeps its reading', [
  ['Ukraine said Russia had struck a power plant. Moscow accused it of lying.', 'accused', 'RUS', 'UKR'],
  ['Russia\'s ambassador to Israel criticised the vote on Monday. Moscow backed him on Tuesday.', 'backed', 'RUS', 'RUSGOV'],
  ['Britain expelled a Russian diplomat on Monday. Moscow condemned it as a provocation.', 'condemned', 'RUS', 'GBR'],
]);
