import { runTable } from '../core/table.ts';

// Speech acts whose speaker sits outside the sentence, and obligations that are requests
// (src/core/speech-acts.ts, src/provenance/choose-frame.ts). Sentences written for these tests.

// “X must stop Y-ing”: a REQUEST by whoever says it, even when the quote continues one whose speaker was named
// sentences before (the second sentence of the quote names no speaker and codes no event of its own)
runTable('a quote running over sentences keeps its speaker', [
  ['"We give the envoy one day to act," opposition senator Jean Marc said. "If she fails, we will come back every day. She must stop supporting the massacre of the people."', ['REQUEST Jean Marc>-']],
  ['"Our patience is over," Ukrainian President Volodymyr Zelenskyy said. "We have waited long enough. Germany must send tanks to Ukraine."', ['REQUEST Zelenskyy>DEU']],
  ['"The talks have failed," the Hamas spokesman said. "Nothing has changed since March. Egypt must reopen the crossing at once."', ['REQUEST hamas>EGY']],
]);

// Journalists open a paragraph with a quote from the person the sentence before introduced
runTable('a quote right after its speaker is introduced is that speaker\'s', [
  ['Rights campaigner Mary Lin tells VOA she is worried about the detainees.\n\n"They are forgotten. Foreign governments must keep pressing this regime to release them."', ['REQUEST Mary Lin>governments']],
  ['Opposition leader Raila Odinga told reporters he was angry.\n\n"The police must stop beating peaceful marchers."', ['REQUEST Raila Odinga>police']],
  ['Pakistani Foreign Minister Shah Mahmood Qureshi told VOA on Monday that he was alarmed.\n\n"India must end its curfew in Kashmir."', ['REQUEST Qureshi>IND']],
]);

// inside a quote the speaker says "I" or "we": "she", "he" and "they" are someone else
runTable('a third-person pronoun in a quote is not the speaker', [
  ['Senator Jean Marc told reporters he was angry. "She must stop supporting the massacre of the people."', ['REQUEST Jean Marc>-']],
  ['"He must withdraw his troops from the border," President Emmanuel Macron said of the Russian leader.', ['REQUEST Macron>-']],
  ['Hamas leaders met in Doha. "They must release the hostages," Israeli Prime Minister Benjamin Netanyahu said.', ['REQUEST Netanyahu>hamas']],
]);

// a call someone must make is itself asked for: one REQUEST by the speaker, to whoever must call
runTable('a call that others must make is the speaker\'s request', [
  ['"Britain must call on Israel to stop the strikes," the Labour leader said.', ['REQUEST leader>GBR']],
  ['"The United Nations must urge Russia to free the sailors," Ukrainian Foreign Minister Dmytro Kuleba said.', ['REQUEST Kuleba>IGOUNO']],
  ['"Washington must demand that Cairo free the activists," the rights group Amnesty International said.', ['REQUEST amnesty>USA']],
]);

// an act a speaker says shows the cowardice or vile nature of its doers is condemned: ACCUSE by the speaker,
// of whoever did it or whom the condemnation names (PLOVER ACCUSE: "condemn, decry ... an action")
runTable('an act said to show the vileness of its doers is ACCUSE', [
  ['The African Union said this attack "demonstrates the vile nature of Al-Shabab."', ['ACCUSE african union>al-shabaab']],
  ['"The bombing shows the cowardice of the terrorists," the Pakistani interior minister said.', ['ACCUSE PAKGOV>terrorists']],
  ['Kenya said the raid proved the brutality of the Somali militants.', ['ACCUSE KEN>militants']],
  // what the act shows is no condemnation: no ACCUSE
  ['Israeli jets struck Gaza on Monday. "The strike shows our resolve," the Israeli defence minister said.', ['ASSAULT ISR>-']],
]);
