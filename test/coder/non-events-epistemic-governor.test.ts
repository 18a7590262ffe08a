import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// A judgement of likelihood above an act's clause (src/extract/tree-clauses/epistemic-governor.ts, clause-cues
// epistemic-doubt / epistemic-seeming) and a stated capability or seeming before it (data/lexicon/modality.tsv):
// the writer does not state the act. Class found coding real web news (session 14 probe). Sentences written for this file.

describe('"it is possible/likely that", "it seems that": the act below is judged, not stated', { timeout: 120_000 }, () => {
  table('likelihood makes it hypothetical', [
    ['It is possible that the rebels attacked the town.', []],
    ['It is unlikely that Iran supplied the drones to the militia.', []],
    ['Officials said it was likely that militants planted the bomb.', []],
    ['It seems likely that the rebels will attack the town.', []],
    ['It is likely that Russia will send more troops to the border.', []],
  ]);
  table('seeming makes it alleged', [
    ['It seems that the army shelled the camp overnight.', ['ASSAULT - alleged']],
    ['The rebels seem to have attacked the town.', ['ASSAULT - alleged']],
  ]);
  table('a capability is no act', [
    ['The militia is capable of seizing the airport within hours.', []],
    ['Even its small navy is capable enough to harass ships in the Gulf.', []],
  ]);
  table('certainty, a factive or a personal predicate stays', [
    ['It is clear that the army shelled the camp.', ['ASSAULT - asserted']],
    ["It didn't seem to matter that police barred the marches.", ['COERCE - asserted']],
    ['Rebels attacked the town on Monday, and it is possible that they will strike again.', ['ASSAULT - asserted']],
    ['It seems that the president will visit Kenya next week.', ['CONSULT - planned']],
  ]);
});
