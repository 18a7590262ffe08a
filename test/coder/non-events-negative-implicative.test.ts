import { table } from './non-events-table.ts';

// A verb that says its complement did not (yet) happen negates the act: "has yet to", "refrained from", "stopped
// short of", "held off on", "abstained from", "avoided" (data/lexicon/modality.tsv, certainty:negated:<cue>).
table('an act under a negative implicative verb is no event', [
  ['The Sudanese army has yet to attack the city of El Fasher.', []],
  ['Police in Nairobi refrained from arresting the protesters on Tuesday.', []],
  ['The European Union stopped short of sanctioning Iran over the drone sales.', []],
  ['Israel held off on striking Iranian oil facilities.', []],
  ['The president avoided criticizing China during his visit.', []],
  ['Several African states abstained from condemning the coup in Niger.', []],
]);

// the same acts stated are events, and a refusal keeps its own REJECT
table('the acts stated still code', [
  ['The Sudanese army attacked the city of El Fasher on Sunday.', ['ASSAULT SDNMIL']],
  ['The European Union sanctioned Iran over the drone sales.', ['SANCTION EU>IRN']],
  ['The minister declined to meet the Chinese envoy on Friday.', ['REJECT >CHN']],
]);
