import { table } from './non-events-table.ts';

// "tell * to" stands for a verb with an infinitive; a "to" that the tree reads as a noun's preposition is no
// request, and the that-clause is what was reported (src/extract/tree-clauses/infinitive-to.ts).
table('told a service "to Africa" that ... is a report, not a request', [
  // (session 19: troops leaving a town is a RETREAT, the reported content here)
  ['The minister told the BBC\'s service to Africa that troops had left the town.', ['RETREAT']],
  ['Ahmed Musa told VOA\'s Hausa to Nigeria service that soldiers had detained his brother.', ['COERCE NGAMIL claimed']],
  ['The spokesman told CNN\'s service to Europe that Russian troops shelled the city.', ['ASSAULT RUSMIL claimed']],
  ['The governor told the newspaper\'s bureau to Asia that police had arrested 20 protesters.', ['COERCE']],
]);

// the infinitive after the gap still makes the request
table('tell, urge, order someone to do something still request', [
  ['The president told Israel to stop the offensive in Gaza.', ['REQUEST >ISR']],
  ['The UN told both sides to respect the ceasefire in Tripoli.', ['REQUEST IGOUNO']],
  ['Egypt urged Hamas to accept the ceasefire.', ['REQUEST EGY>hamas']],
]);
