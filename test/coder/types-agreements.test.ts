import { runTable } from '../core/table.ts';

// An agreement noun typed by the verb that states it, and its two sides named with "between"
// (data/patterns/argument-senses.tsv side "verb", src/core/word-sense.ts, src/core/stating-verbs.ts,
// src/core/between-parties.ts). Sentences written for these tests.

// coding guide rule 4: "AGREE covers reached agreements"; PLOVER manual, SUPPORT: "sign ... an agreement"
runTable('an agreement reached or struck is AGREE, one signed SUPPORT', [
  ['The cease-fire agreement between the government and the rebels reached in May collapsed on Sunday.', ['AGREE government>rebels']],
  ['The peace accord between Ethiopia and Eritrea, reached in Algiers, ended the border war.', ['AGREE ETH>ERI']],
  ['The deal between Sudan and South Sudan was struck on Monday in Addis Ababa.', ['AGREE SDN>SSD']],
  ['The deal between Sudan and South Sudan was signed on Monday in Addis Ababa.', ['AGREE SDN>SSD']],
]);

// the sides of "between" are the parties only when the sentence states the agreement and names no actor of its own
runTable('the sides of an agreement are its parties', [
  ['The truce followed a cease-fire agreement between the government and eight ethnic armed groups reached in October.', ['AGREE -']],
  ['Kenya welcomed the agreement between Sudan and South Sudan.', ['SUPPORT KEN>SDN+SSD']],
  ['The agreement between Sudan and South Sudan collapsed on Sunday.', []],
  // a verb pattern that names its own actor keeps it
  ['Qatar brokered a deal between Israel and Hamas on Wednesday.', ['CONSULT QAT>ISR+hamas']],
]);
