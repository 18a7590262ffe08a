import { runTable } from './table.ts';

// Table tests for the precision work on real news: type conventions of the PLOVER manual and the coding
// guide, and constructions that state no event. Every sentence is written for this file.

// Taking a place by force is combat (CAMEO 190, PLOVER ASSAULT); COERCE "seize" is searches and confiscation.
runTable('capturing a place by force is ASSAULT', [
  ['Houthi rebels seized the port city of Hodeidah on Sunday.', ['ASSAULT houthis']],
  ['The Syrian army recaptured the town of Palmyra from Islamic State militants on Thursday.', ['ASSAULT SYRMIL']],
  ['Taliban fighters overran the district center in Kunduz province on Monday.', ['ASSAULT taliban']],
  ['M23 rebels took control of the city of Goma on Tuesday.', ['ASSAULT m23']],
]);

// ... unless the ones who occupy or storm are protesters: PROTEST (obstruct, riot)
runTable('protesters occupying or storming a building is PROTEST', [
  ['Protesters occupied the parliament building in Colombo on Saturday.', ['PROTEST LKAOPP']],
  ['Students occupied the university administration building in Dhaka on Monday.', ['PROTEST BGDEDU']],
  ['Hundreds of protesters stormed the parliament building in Baghdad on Saturday.', ['PROTEST IRQOPP']],
]);

