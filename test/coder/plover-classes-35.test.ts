import { coderPublishedOn, expectExactSpecs } from './class-fixture.ts';

// Classes of construction behind PLOVER types and modes (session 35: renewed sanctions, a readiness to negotiate, aid
// groups expelled, court rulings that void laws, remote talks, states leaving organizations), each on sentences
// written for this file: a case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec
// ending in ":mode" asks for that PLOVER mode (src/export/event-mode.ts). Cases a fix does not change guard it.
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // Sanctions renewed, extended or prolonged (verbs.tsv "extend|renew|prolong * sanction|embargo|...", nouns.tsv
  // "extension|renewal of * sanction", now CAMEO 163; support-verbs.tsv renew, prolong). The manual, SANCTION: "All
  // reductions in existing, routine, or cooperative relations"; discontinue: "International (political or economic)
  // sanctions are coded as 'discontinue'". A renewal imposes the penalty for a new period: no refusal of anything
  // (REJECT is "all rejections and refusals"). Sanctions kept, maintained or upheld stay REJECT yield (1244, declining
  // to ease them), as does a renewed call for sanctions stay a REQUEST.
  ['sanctions renewed', 'The European Union renewed its sanctions on Iran for another year.', ['SANCTION IGOEUREEC>IRN:discontinue']],
  ['sanctions renewed', 'Britain extended its arms embargo on Myanmar.', ['SANCTION GBR>MMR:discontinue']],
  ['sanctions renewed', 'The United States prolonged sanctions on Nicaraguan officials.', ['SANCTION USA>NICGOV:discontinue']],
  ['sanctions renewed', 'The Council of the EU extended the asset freeze on Syrian officials.', ['SANCTION IGOEUREEC>SYRGOV:discontinue']],
  ['sanctions renewed', 'The EU kept its sanctions on Belarus in place.', ['REJECT IGOEUREEC>BLR:yield']],
  ['sanctions renewed', 'The United States maintained its sanctions on Venezuela.', ['REJECT USA>VEN:yield']],
  ['sanctions renewed', 'The minister renewed calls for sanctions on the junta.', ['REQUEST minister>-']],
  // A stated readiness to meet or negotiate ("ready/willing/prepared to negotiate"; planned-intent.tsv ready:04 → 036,
  // src/core/planned-intent.ts): the manual, AGREE: "Agree to, offer, promise, or otherwise indicate willingness or
  // commitment to cooperate" (CAMEO 036 "express intent to meet or negotiate"), still planned. A meeting announced
  // for a date stays CONSULT, planned (GUIDE.md: planned = "announced for the future"), a host's third-party talks too.
  ['readiness to negotiate', 'Hezbollah said it was ready to negotiate with Israel.', ['AGREE hezbollah>ISR']],
  ['readiness to negotiate', 'The Sudanese army said it was willing to hold talks with the RSF.', ['AGREE SDNMIL>rapid-support-forces']],
  ['readiness to negotiate', 'The Houthis said they were prepared to negotiate with Saudi Arabia.', ['AGREE houthis>SAU']],
  ['readiness to negotiate', 'Turkey will host talks between Russia and Ukraine next week.', ['CONSULT TUR>RUS+UKR:third-party']],
  ['readiness to negotiate', 'The Kenyan president will meet the Ethiopian prime minister on Friday.', ['CONSULT KENGOV>ETHGOV']],
  // An aid group or NGO expelled, banned or ordered out by a state (overrides.tsv 1663 → COERCE; modes.tsv 1663 rows).
  // The manual, COERCE and REJECT: "instances where a group or organization is expelled from a country or similar
  // entity should be coded as COERCE" (SANCTION expel keeps "the expulsion of ambassadors or similar diplomats");
  // mode deport, "expel or deport individuals", for an expulsion, restrict for a ban. An actor pulling its own aid
  // workers out stays SANCTION withdraw (now CAMEO 166), diplomats expelled SANCTION expel.
  ['aid group expelled', 'Burkina Faso expelled Oxfam.', ['COERCE BFA>NGOXFM:deport']],
  ['aid group expelled', 'The Taliban ordered out the Norwegian Refugee Council.', ['COERCE taliban>NGONORREF:deport']],
  ['aid group expelled', 'The junta expelled Doctors Without Borders from the country.', ['COERCE junta>NGOHLHMSF:deport']],
  ['aid group expelled', 'Israel banned UNRWA.', ['COERCE ISR>IGOUNO:restrict']],
  ['aid group expelled', 'The UN pulled its aid workers out of Darfur.', ['SANCTION IGOUNO>-:withdraw']],
  ['aid group expelled', 'Germany expelled two Russian diplomats.', ['SANCTION DEU>RUSGOV:expel']],
  // A court striking down, annulling, invalidating or declaring void a law or decree (argument-senses.tsv court rows
  // for strike, annul, overturn, invalidate, quash, nullify → 116; verbs.tsv "declare|rule|find * law|decree *
  // unconstitutional|illegal|..." 116). The manual, SANCTION convict: "Find an entity or behavior guilty,
  // unconstitutional, or liable in a court of law or legally constituted tribunal". The author withdrawing its own
  // decree stays CONCEDE, a legislature striking down a bill no event, a quashed conviction CONCEDE (an acquittal).
  ['court voids a law', 'The Supreme Court struck down the emergency decree.', ['SANCTION Supreme>-:convict']],
  ['court voids a law', "A federal judge invalidated the governor's order.", ['SANCTION judge>governor:convict']],
  ['court voids a law', 'The Constitutional Court declared the election law unconstitutional.', ['SANCTION Constitutional>-:convict']],
  ['court voids a law', "The Constitutional Court annulled the president's decree on mining permits.", ['SANCTION Constitutional>president:convict']],
  ['court voids a law', 'The government annulled its decree on fuel prices.', ['CONCEDE government>-']],
  ['court voids a law', 'Parliament struck down the bill.', []],
  ['court voids a law', 'The appeals court overturned the conviction of the opposition leader.', ['CONCEDE appeals>leader']],
  // Talks held by telephone or video under any meeting code (modes.tsv CONSULT * phone): the manual's phone,
  // "Consultation occurs via phone or some other remote medium"; a meeting in person keeps no mode.
  ['remote talks', 'Macron spoke with Zelensky by phone on Monday.', ['CONSULT FRAGOV>UKRGOV:phone']],
  ['remote talks', 'Ramaphosa spoke with Zelensky in a video call on Tuesday.', ['CONSULT ZAFGOV>UKRGOV:phone']],
  ['remote talks', 'The Egyptian foreign minister discussed the truce with his Qatari counterpart by phone.', ['CONSULT EGYGOV>QATGOV:phone']],
  ['remote talks', 'The Kenyan president met the Ethiopian prime minister on Monday.', ['CONSULT KENGOV>ETHGOV:']],
  // A state, government or party leaving an organization the gazetteer resolves (argument-senses.tsv withdraw|pull with
  // side "target&actor", new in src/core/word-sense.ts: every resolved target is of the kinds): the manual, SANCTION
  // withdraw: "Withdraw oneself ... from a group, mediation activity, organization" (CAMEO 160), no RETREAT from
  // ground; troops withdrawing from a place, or from a UN compound, stay RETREAT withdraw.
  ['state leaves an organization', 'Mali withdrew from the G5 Sahel.', ['SANCTION MLI>g5-sahel:withdraw']],
  ['state leaves an organization', 'Rwanda withdrew from ECCAS.', ['SANCTION RWA>IGOCAFECA:withdraw']],
  ['state leaves an organization', 'Russia withdrew from the Council of Europe.', ['SANCTION RUS>IGOEURCOE:withdraw']],
  ['state leaves an organization', 'Burundi pulled out of the East African Community.', ['SANCTION BDI>IGOEAFEAC:withdraw']],
  ['state leaves an organization', 'Russian forces withdrew from the village.', ['RETREAT RUSMIL>-:withdraw']],
  ['state leaves an organization', 'The army withdrew from the UN compound.', ['RETREAT army>IGOUNO:withdraw']],
];

expectExactSpecs(code, CASES);
