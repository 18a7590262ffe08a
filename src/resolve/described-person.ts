import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

// "wrestled the gunman to the ground and detained him": a phrase right after a verb (not of saying) is its object, no later verb's subject
export const objectOfVerbBefore = (doc: AnalyzedText, o: ActorPhrase, isReporting: (lemma: string) => boolean) => { const v = doc.tokens[tokenAt(doc, o.start) - 1]; return v !== undefined && v.pos === 'VERB' && !isReporting(v.lemma); };
// "him"/"her" and a one-person description no name resolved ("the gunman"): it binds as itself, and outranks a person named before
export const isPersonDescribedFor = (p: ActorPhrase, cand: ActorPhrase) => /^(him|her)$/i.test(p.text) && cand.kind === 'anaphor' && cand.refersTo === 'person' && !cand.plural && /^(the|a|an)\s/i.test(cand.text);
