import { runTable } from './table.ts';

// Table tests for the speech-act and forecast mechanisms (src/core/speech-acts.ts, data/lexicon/speech-acts.tsv)
// and the promise/offer pattern rows typed by the PLOVER manual.

// "X warned that it would strike Y": a threat by X, not an attack
runTable('warning of one\'s own attack is THREATEN', [
  ['Russia warned on Friday that it would strike Ukrainian energy facilities.', ['THREATEN RUS>UKR']],
  ['The Houthis warned that they would attack ships heading to Israel.', ['THREATEN houthi>ISR']],
  ['Pyongyang warned that its army would shell South Korean border posts.', ['THREATEN PRK>KOR']],
]);

// a warning that someone else could act is a forecast: no threat and no attack
runTable('warning that another could act is no event', [
  ['Egypt warned that Israel could attack Rafah within days.', []],
  ['Washington warned that Russia might strike Kyiv\'s power plants.', []],
  ['Seoul warned that North Korea could fire missiles at Japan.', []],
]);

// "vowed to strike": THREATEN, even where a bare "vow to" pattern would say AGREE
runTable('a vow of a hostile act is THREATEN', [
  ['Hezbollah vowed to strike Israeli positions in the north.', ['THREATEN hezbollah']],
  ['The Taliban vowed to attack government checkpoints across the province.', ['THREATEN taliban']],
  ['Iran vowed to hit American bases in the region.', ['THREATEN IRN']],
]);

// PLOVER manual, CONCEDE: "announcements of future retreats should be coded as CONCEDE"; an offer of one too
// (data/ontology/overrides.tsv, 035: intent to yield)
runTable('a pledge of a retreat or release is CONCEDE', [
  ['Egypt offered to release the detained fishermen.', ['CONCEDE EGY']],
  ['The government agreed to lift the curfew in the capital.', ['CONCEDE government']],
  ['The rebels offered to let UN observers into the city.', ['CONCEDE rebels>IGOUNO']],
  ['Venezuela pledged to free the detained American journalists.', ['CONCEDE VEN']],
  ['Russia promised to withdraw its troops from the border.', ['CONCEDE RUS']],
  ['Ethiopia vowed to pull back its forces from the disputed region.', ['CONCEDE ETH']],
]);

// PLOVER manual, AGREE: "agree to, offer, promise ... commitment to cooperate"
runTable('an offer or a promise of cooperation is AGREE', [
  ['Qatar offered to mediate between Israel and Hamas.', ['AGREE QAT>ISR+hamas']],
  ['Japan pledged to hold talks with South Korea next month.', ['AGREE JPN>KOR']],
  ['India promised to cooperate with Sri Lanka on maritime security.', ['AGREE IND>LKA']],
]);

runTable('a refusal is REJECT', [
  ['Iran refused to meet the American envoy.', ['REJECT IRN']],
  ['Serbia declined to join the talks with Kosovo.', ['REJECT SRB']],
  ['Hamas refused to release the hostages.', ['REJECT hamas']],
]);

// "will not negotiate" refuses cooperation; "will not attack" is only a negated attack
runTable('a future refusal of cooperation is REJECT', [
  ['Kyiv will not hold talks with Moscow, Ukraine\'s foreign minister told reporters.', ['REJECT UKR>RUS']],
  ['Ukraine will not negotiate with Russia, President Zelenskyy said.', ['REJECT UKR>RUS']],
  ['Israel will not send a delegation to Cairo.', ['REJECT ISR']],
  ['North Korea will not attack the South, state media said.', []],
]);

// “X must withdraw,” the minister said: the speaker requests, X is asked
runTable('an obligation stated by a speaker is REQUEST', [
  ['"Russia must withdraw its troops from Ukraine," the German chancellor said.', ['REQUEST DEU>RUS']],
  ['"Hamas should release all the hostages," the U.S. envoy told reporters.', ['REQUEST envoy>hamas']],
  ['"Israel must withdraw from Gaza," the Egyptian foreign minister said.', ['REQUEST EGY>ISR']],
  ['"We must defend our country," the Ukrainian president said.', []],
  ['"Those who argue that Ukraine should negotiate with Russia are wrong," the minister said.', []],
]);

// a third party's forecast is no event; a belief about a past act still reports one
runTable('forecasts are no events', [
  ['Analysts fear the army could attack the capital.', []],
  ['Diplomats expect Russia to launch a new offensive in the spring.', []],
  ['The army is expected to launch an offensive against the rebels next month.', []],
]);

// coding guide rule 3: an explicit denial of an accusation is a REJECT by who denies
runTable('denying an accusation is REJECT', [
  ['Moscow denied the charges on Tuesday.', ['REJECT RUS']],
  ['Hamas dismissed the allegations as lies.', ['REJECT hamas']],
  ['Moscow rejected claims that its troops shelled the town.', ['REJECT RUS', 'ASSAULT RUS']],
]);

// “The strike was a war crime,” the minister said: condemning an act through a copula is the speaker's ACCUSE
runTable('an act a speaker calls a crime is ACCUSE', [
  ['Netanyahu said the nuclear talks with Iran were a bad mistake.', ['ACCUSE ISR']],
  ['"The Israeli strike on the school was a war crime," the Jordanian foreign minister said.', ['ACCUSE JOR>ISR']],
  ['Human Rights Watch said the arrests of the activists were illegal.', ['ACCUSE human rights watch']],
]);
