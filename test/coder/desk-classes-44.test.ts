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
expectNone(code, 'a place hit, or a killing only dared, stays no event', 'ASSAULT', [
  'KAMPALA, Uganda — The rains stopped on Monday.\n\nThe north has been hit hardest by the drought, officials said.',
  'NDJAMENA, Chad — Thousands of people marched on Monday.\n\nPresident Mahamat Deby told the rebel commander to lay down his arms or be killed.',
]);
expectNone(code, 'a person surrounded is no arrest', 'COERCE', [
  'PORT-AU-PRINCE, Haiti — Thousands of people marched on Monday.\n\nSenator Jean Pierre was surrounded outside his office.',
]);

// "The spokesman warned that troublemakers would face the full force of the law": a warning that a punishment lies in
// store was read as a threat only under a condition or for a side ("Iran would pay a heavy price"), and the
// lawbreakers it named had no role, so the warning was a forecast. A punishment (clause-cues.tsv punitive-consequence)
// that a governing or armed side says is in store threatens whom it befalls (extract/warned-consequence.ts);
// troublemakers are lawbreakers as hooligans are (roles.tsv CRM).
expectAll(code, 'a governing side\'s warning of punishment in store threatens whom it befalls', [
  ['YAOUNDE, Cameroon — Police fired tear gas at protesters on Monday.\n\nGovernment spokesman Rene Sadi warned that troublemakers would face the full force of the law.', ['THREATEN Government spokesman Rene Sadi > troublemakers']],
  ['NAIROBI, Kenya — Police fired tear gas at protesters on Monday.\n\nInterior Minister Kipchumba Murkomen warned that looters would face prosecution.', ['THREATEN Interior Minister Kipchumba Murkomen > looters']],
  ['LIMA, Peru — Police fired tear gas at protesters on Monday.\n\nThe government warned that rioters would face justice.', ['THREATEN government > rioters']],
  ['YAOUNDE, Cameroon — Police fired tear gas at protesters on Monday.\n\nThe spokesman accused the opposition of plotting an insurrection and warned that troublemakers would face the full force of the law.', ['THREATEN The spokesman > troublemakers']],
]);
// a punishment forecast by others, or a hardship that is no punishment, stays a forecast
expectNone(code, 'a forecast of punishment by others or of hardship is no threat', 'THREATEN', [
  'LIMA, Peru — Police fired tear gas at protesters on Monday.\n\nRights groups warned that protesters would face prosecution under the new law.',
  'LIMA, Peru — Police fired tear gas at protesters on Monday.\n\nEconomists warned that consumers would face higher prices.',
  'LIMA, Peru — Police fired tear gas at protesters on Monday.\n\nThe government warned that farmers would face a difficult harvest.',
]);

// "Bayrou had warned lawmakers that France's debt was a threat to the country's survival": a warning to an addressee
// was a threat to them whatever it said, but a that-clause telling how things stand (a copula or "pose", nothing
// ahead, no act below) alerts them to a danger; PLOVER THREATEN is a coercive warning of what the warner will do
// (extract/tree-clauses/warned-state.ts, core/non-events.ts; the parse may hang the clause on the addressee).
expectNone(code, 'a warning to an addressee of how things stand is no threat', 'THREATEN', [
  'PARIS — Lawmakers met on Monday.\n\nThe prime minister had warned lawmakers that the debt was a threat to the country\'s survival.',
  'The central bank governor warned lawmakers that the deficit was unsustainable.',
  'The finance minister warned parliament that inflation posed a risk to growth.',
  'The health minister warned senators that the hospital system remained fragile.',
]);
// a warning of what lies ahead, or with an act below its clause, stays a threat
expectAll(code, 'a warning of what is ahead stays a threat', [
  ['The president warned the rebels that the army would crush them.', ['THREATEN The president > the rebels']],
  ['China warned Japan that it would take countermeasures.', ['THREATEN China > Japan']],
  ['The army warned the militants that its forces were ready to strike.', ['THREATEN army > the militants']],
  ['Iran warned Washington that any attack would be a grave mistake.', ['THREATEN Iran > Washington']],
]);

// "German Chancellor Friedrich Merz called Macron on Tuesday": only "phoned" and "called him by phone" were telephone
// calls, so a leader's bare "called" with a leader as its object was no event. With a political person or state as its
// only object and nothing that names or summons after it, it is one (PLOVER CONSULT phone; verbs.tsv `callee`,
// extract/phone-call.ts).
expectAll(code, 'a leader rung up by a bare "called" is a telephone call', [
  ['German Chancellor Friedrich Merz called Macron on Tuesday and expressed confidence in France.', ['CONSULT Chancellor Friedrich Merz > Macron']],
  ['President Recep Tayyip Erdogan called Putin on Monday to discuss the grain corridor.', ['CONSULT President Recep Tayyip Erdogan > Putin']],
  ['The Saudi crown prince called the Iranian president on Friday.', ['CONSULT Saudi crown prince > Iranian president']],
  ['Indian Prime Minister Narendra Modi called Putin on Wednesday, his office said.', ['CONSULT']],
]);
// a naming, a predicate, a particle, a summons to act or a participle that names stays what it was
expectNone(code, 'a call that names, judges or summons is no telephone call', 'CONSULT', [
  'The president called the opposition leader a traitor on Monday.',
  'Trump called Zelenskyy a dictator on Wednesday.',
  'The government called the president\'s decision illegal.',
  'The foreign minister called on Iran to release the sailors.',
  'The rebels clashed with soldiers in Burma, also called Myanmar.',
]);

// "Kontras, a human rights group, urged the government": a lone capitalised word is no name unless a body noun
// stands right before it ("the rights group Kontras"), so the appeal had no speaker. A name set off by a comma before
// one body of a kind (an organisation or group role, then a comma) is that body (resolve/body-names.ts appositiveBody).
expectAll(code, 'a name apposed to a body of a kind is that body', [
  ['JAKARTA, Indonesia — Police fired tear gas at students on Monday.\n\nKontras, a human rights group, urged the government to release the students.', ['REQUEST Kontras > government']],
  ['MANILA, Philippines — Police fired tear gas at students on Monday.\n\nKarapatan, a rights group, condemned the arrests.', ['ACCUSE Karapatan > null']],
  ['NAIROBI, Kenya — Police fired tear gas at students on Monday.\n\nHaki, a human rights group, demanded the release of the students.', ['REQUEST Haki > null']],
  ['LAGOS, Nigeria — Police fired tear gas at students on Monday.\n\nSERAP, a rights group, accused the police of brutality.', ['ACCUSE SERAP > police']],
]);
// a place or a person's trade apposed stays no body
expectNone(code, 'a place or a trade set off by a comma speaks for no body', 'REJECT', [
  'LAGOS, Nigeria — Police fired tear gas at students on Monday.\n\nAbuja, the capital, rejected nothing.',
  'LAGOS, Nigeria — Police fired tear gas at students on Monday.\n\nOkafor, a farmer, rejected the offer.',
]);
