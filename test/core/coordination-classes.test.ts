import { runTable } from './table.ts';

// One trigger is one event, its coordinated participants listed on it (src/core/participants.ts); two clauses
// joined by "and" stay two events, each with its own participants (src/core/clause-participants.ts).
// Every sentence is written for this file. "A+B" is one event listing both, in text order.

// "Chad and Cameroon deployed forces": one act of both, as an analyst codes it, not one event per country
runTable('coordinated actors are one event', [
  ['Jordan and Egypt condemned the raid on the mosque on Friday.', ['ACCUSE JOR+EGY']],
  ['Britain, France and Germany imposed sanctions on Iran on Monday.', ['SANCTION GBR+FRA+DEU>IRN']],
  ['Kenya and Uganda sent troops to Somalia on Friday.', ['MOBILIZE KEN+UGA']],
  ['Police and soldiers raided the opposition headquarters in Harare on Monday.', ['COERCE ZWECOP+ZWEMIL']],
]);

// "attacked army and police posts": one attack on both
runTable('coordinated targets are one event', [
  ['Israeli jets struck Hezbollah and Hamas in southern Lebanon on Tuesday.', ['ASSAULT ISRMIL>hezbollah+hamas']],
  ['The United States imposed sanctions on Iran and Venezuela on Monday.', ['SANCTION USA>IRN+VEN']],
  ['Turkish warplanes bombed the PKK and the YPG in northern Syria on Friday.', ['ASSAULT TURMIL>pkk+ypg']],
  ['Qatar mediated between Ethiopia and Eritrea in Doha on Monday.', ['CONSULT QAT>ETH+ERI']],
]);

// two verbs, two clauses: the conjunct right before the second verb is its subject, not the first verb's object
runTable('coordinated clauses stay two events with their own participants', [
  ['Turkey condemned Israel and Iran praised Hamas on Wednesday.', ['ACCUSE TUR>ISR', 'SUPPORT IRN>hamas']],
  ['Russian forces shelled Kharkiv and Ukrainian troops attacked Belgorod on Sunday.', ['ASSAULT RUSMIL>UKR', 'ASSAULT UKRMIL>RUS']],
  ['Ethiopia criticised Egypt and Sudan welcomed the talks on Thursday.', ['ACCUSE ETH>EGY', 'SUPPORT SDN']],
  ['Hamas shelled Ashkelon and Israel bombed Gaza City on Saturday.', ['ASSAULT hamas>ISR', 'ASSAULT ISR>PSE']],
]);
