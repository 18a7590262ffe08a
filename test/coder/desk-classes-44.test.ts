import { coderPublishedOn, expectAll, expectNone } from './class-fixture.ts';

// Session 44 classes of political and diplomatic reporting, each on sentences written for this file, with negatives
// that must keep their coding. 2 October 2025 is a Thursday.
const code = coderPublishedOn('2025-10-02');

// "Opposition leader X was arrested at his home, his lawyer said", "the president said he had been arrested in his
// office": an agentless passive with no stated date or named place was dropped as background ("Brazil has been hit
// hardest"), but an arrest or attack that befell one named or titled person is one occasion
// (core/named-undergoer.ts, read by core/dated-events.ts).
expectAll(code, 'an agentless arrest of one named or titled person is an event', [
  ['DAKAR, Senegal — Police fired tear gas at students on Monday.\n\nOpposition leader Ousmane Sonko was arrested at his home, his lawyer said.', ['COERCE null > Opposition leader Ousmane Sonko']],
  ['BISSAU, Guinea-Bissau — Soldiers seized power on Wednesday.\n\nPresident Umaro Sissoco Embalo told a radio station by telephone that he had been arrested in his office.', ['COERCE null > he']],
  ['DAKAR, Senegal — Police fired tear gas at students on Monday.\n\nThe mayor of Ziguinchor was detained at his home, his party said.', ['COERCE null > mayor of Ziguinchor']],
  ['TUNIS, Tunisia — Police dispersed a rally on Friday.\n\nFormer parliament speaker Rached Ghannouchi said he had been taken into custody at his house.', ['COERCE']],
]);
// crowds and categories with no date or place stay generic, as does a place that was "hit"
expectNone(code, 'an agentless passive on many or on a place stays background', 'COERCE', [
  'KAMPALA, Uganda — Police fired tear gas at protesters on Monday.\n\nSeveral journalists have been detained, the group said.',
  'KAMPALA, Uganda — Police fired tear gas at protesters on Monday.\n\nActivists have been arrested in the past, the group said.',
]);
expectNone(code, 'a place hit stays no event', 'ASSAULT', [
  'KAMPALA, Uganda — The rains stopped on Monday.\n\nThe north has been hit hardest by the drought, officials said.',
]);
