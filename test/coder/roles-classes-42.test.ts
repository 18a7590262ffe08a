import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectCodes as expectCoded, expectNone, find, T } from './class-fixture.ts';
import { participantCodes } from '../core/event-spec.ts';

// Session 42 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "President Ruto sacked his interior minister", "the Kenyan president said his defence minister had met ...": a
// possessive before a title ("his interior minister", resolve/anaphor-phrases.ts possessive-role) looked for its owner
// as the description "the minister" would, so a president, whose own title names another office, was no owner
// (resolve/other-office.ts), and the minister had no country; and an owner who acted on his own official was the
// target itself, dropped. The possessive finds its owner as the bare "his" would (resolve/anaphora.ts), and the office
// it gives its owner is held by another person (core/assemble.ts ownOfficer).
expectCodes('a possessive\'s office is its owner\'s other official', [
  ['President William Ruto sacked his interior minister on Tuesday.', 'sacked', 'KENGOV', 'KENGOV'],
  ['Ruto praised his interior minister on Tuesday.', 'praised', 'KENGOV', 'KENGOV'],
  ['The Kenyan president said his defence minister had met Somali officials.', 'met', 'KENGOV', 'SOMGOV'],
  ['Nigeria\'s president fired his defence minister on Monday.', 'fired', 'NGAGOV', 'NGAGOV'],
  ['The Turkish president praised his foreign minister on Monday.', 'praised', 'TURGOV', 'TURGOV'],
  // ("her" before a noun owns it, though "her" alone may be an object: "dismissed her")
  ['Peru\'s president dismissed her interior minister on Monday.', 'dismissed', 'PERGOV', 'PERGOV'],
  ['The Peruvian president praised her defence minister on Monday.', 'praised', 'PERGOV', 'PERGOV'],
]);
// a relational person stays the other state's, the owner's own forces and measures stay no target, a possessed speaker keeps its owner
expectCodes('a possessive\'s counterpart, forces and acts keep their reading', [
  ['President Ruto met his Ugandan counterpart on Monday.', 'met', 'KENGOV', 'UGAGOV'],
  ['Russia withdrew its troops from the border on Monday.', 'withdrew', 'RUS', null],
  ['The union called off its strike on Monday.', 'called', undefined, null],
  ['The British prime minister said her defence minister would visit Kyiv on Thursday.', 'visit', 'GBRGOV', 'UKR'],
  ['Erdogan said his foreign minister would travel to Moscow on Thursday.', 'travel', 'TURGOV', 'RUS'],
]);

// "The United Nations said ... The special envoy met rebel commanders", "the high commissioner for human rights": an
// international office's title with no owner was a state's official of no state (roles.tsv envoy, high commissioner:
// GOV), and a description of a state's sector never takes up an organisation of states. A title an international
// body's officers hold (data/lexicon/international-titles.tsv) takes up the intergovernmental body named before it
// (resolve/anaphora.ts bodyOfficer); the UN's own offices are the UN's with no "UN" written (organizations.json aliases).
expectCodes('an international office with no owner is the body\'s named before, or the UN\'s own', [
  ['The United Nations said aid convoys were blocked. The special envoy met rebel commanders on Monday.', 'met', 'IGOUNO'],
  ['The UN human rights office said it was alarmed. The high commissioner urged Sudan\'s army to protect civilians.', 'urged', 'IGOUNOHRIHCH', 'SDNMIL'],
  ['NATO said it would send more jets to Poland. The secretary-general met Polish officials on Tuesday.', 'met', 'IGOWSTNAT', 'POLGOV'],
  ['The African Union suspended Gabon. The special envoy met the junta\'s leaders on Tuesday.', 'met', 'IGOAFRAFU'],
  ['The high commissioner for human rights criticized the Venezuelan government on Monday.', 'criticized', 'IGOUNOHRIHCH', 'VENGOV'],
  ['The special rapporteur on torture criticized Egypt on Monday.', 'criticized', 'IGOUNO', 'EGY'],
]);
// a state's envoy stays the state's, a state's title takes up no organisation, a named UN or ICC title keeps its code
expectCodes('a state\'s envoy and a named international office keep their codes', [
  ['The U.S. special envoy met Houthi leaders in Muscat on Monday.', 'met', 'USAGOV'],
  ['The UN said it was alarmed by the fighting. Kenya\'s special envoy met rebel commanders on Monday.', 'met', 'KENGOV'],
  ['The United Nations said aid convoys were blocked. The minister met rebel commanders on Monday.', 'met', null],
  ['The UN special envoy met Houthi leaders in Sanaa on Monday.', 'met', 'IGOUNO'],
  ['The ICC prosecutor met Ukrainian officials in Kyiv on Monday.', 'met', 'IGOJUDICC', 'UKRGOV'],
  ['A UN special rapporteur accused Israel of genocide on Monday.', 'accused', 'IGOUNO', 'ISR'],
]);

// "Tribal elders met Taliban officials", "village chiefs protested", "community leaders accused police": traditional
// and community leaders were no actors at all, or the government's "leaders". They speak for their people: civilians
// (data/actors/roles.tsv, as Phoenix's COMMUNITY ~CVL and our "clan"), of the story's country.
expectCodes('traditional and community leaders are civilians of the story\'s country', [
  ['KABUL, June 9 (Reuters) - Tribal elders met Taliban officials in Kandahar on Monday.', 'met', 'AFGCVL', 'taliban'],
  ['Village chiefs in northern Ghana protested against the mining company on Monday.', 'protested', 'GHACVL'],
  ['Community leaders in Kenya\'s Marsabit county accused police of killing two herders.', 'accused', 'KENCVL', 'KENCOP'],
  ['Traditional leaders in Malawi criticized the government on Monday.', 'criticized', 'MWICVL', 'MWIGOV'],
  ['Police in Lagos arrested a village chief on Monday.', 'arrested', 'NGACOP', 'NGACVL'],
]);
// religious leaders stay REL, a party's elders its party, clan elders civilians as before
expectCodes('religious leaders and party elders keep their sides', [
  ['Religious leaders in Nigeria condemned the attack on the church on Sunday.', 'condemned', 'NGAREL'],
  ['Party elders in Japan criticized the prime minister on Monday.', 'criticized', 'JPNPTY', 'JPNGOV'],
  ['MOGADISHU, June 9 (Reuters) - Clan elders accused al Shabaab of killing three herders on Monday.', 'accused', 'SOMCVL', 'al-shabaab'],
]);

// "the chairman of the House intelligence committee", "Senate foreign relations committee chairman Jim Risch", "the
// head of parliament's defence committee": a legislature's committee was read as its portfolio's body ("intelligence":
// SPY) or not at all, and its chair as no one. A committee named by the portfolio it oversees, or by the chamber's
// adjective, is the legislature's, and so is its chair (data/actors/roles.tsv, LEG), of the country the text gives.
expectCodes('a legislature\'s committee and its chair are LEG', [
  ['WASHINGTON, June 9 (Reuters) - The chairman of the House intelligence committee accused China of spying on Monday.', 'accused', 'USALEG', 'CHN'],
  ['U.S. Senate foreign relations committee chairman Jim Risch criticized Russia on Monday.', 'criticized', 'USALEG', 'RUS'],
  ['The head of parliament\'s defence committee in Kenya criticized the army on Monday.', 'criticized', 'KENLEG', 'KENMIL'],
  ['The chairwoman of Germany\'s parliamentary defence committee criticized Russia on Monday.', 'criticized', 'DEULEG', 'RUS'],
  ['Britain\'s parliamentary foreign affairs committee accused the government of ignoring warnings on Monday.', 'accused', 'GBRLEG', 'GBRGOV'],
]);
// a committee no chamber owns is no legislature's
expectNone(code, 'an organising or party committee is no legislature', 'ACCUSE', [
  'The Olympic organising committee criticized the referees on Monday.',
]);
expectCodes('a party\'s committee stays no legislature', [
  ['The party\'s central committee expelled the mayor on Monday.', 'expelled', null],
]);

// "Witnesses told Human Rights Watch that soldiers dragged men from their homes": the organisation told is who gathers
// the account, never the doer of what it is told (passes on main: kept as a guard of the reported clause's own subject).
expectCodes('an organisation told of an act is not its doer', [
  ['Witnesses told Human Rights Watch that soldiers dragged men from their homes in Mopti.', 'dragged', 'MLIMIL'],
  ['Two survivors told Amnesty International that soldiers executed 12 men near Djibo.', 'executed', 'BFAMIL'],
  ['Residents told Reuters that police fired tear gas at the crowd in Nairobi on Monday.', 'fired', 'KENCOP'],
  ['A witness told the Associated Press that troops killed four villagers in Tigray.', 'killed', 'ETHMIL', 'ETHCVL'],
]);

// "Norway opened talks between the Colombian government and the ELN ... Both sides agreed": a party that opens or
// convenes talks "between" two others is a third party, as one that mediates is, so "both sides" took it up as a side
// (the last bilateral event's actor and target). The talks' two "between" targets are the sides (core/collective-sides.ts
// betweenSides), and the third party, every mention of it, is no side a collective takes up (resolve/mediator-antecedent.ts).
const expectSides = (name: string, cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, trigger, actors] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(participantCodes(e, 'actor'), actors, JSON.stringify(e.actors ?? e.actor));
    });
  }
};
expectSides('the sides of talks held between them are no third party', [
  ['Norway opened talks between the Colombian government and the ELN rebels in Oslo on Monday. Both sides agreed to extend the ceasefire.', 'agreed', 'COLGOV+eln'],
  ['Saudi Arabia opened negotiations between Sudan\'s army and the Rapid Support Forces in Jeddah on Monday. Both sides signed a truce on Tuesday.', 'signed', 'SDNMIL+rapid-support-forces'],
  ['Qatar convened a meeting between Congo and Rwanda in Doha on Monday. Both sides agreed to withdraw troops.', 'agreed', 'COD+RWA'],
]);
// talks one side opens with the other keep both as the sides
expectSides('a side that opens talks with another stays a side', [
  ['Kenya opened talks with Somalia on Monday. Both sides agreed to reopen the border.', 'agreed', 'KEN+SOM'],
]);
