import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Trigger } from '../extract/triggers.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { findSubject } from '../extract/roles.ts';
import { isNamingCall } from './naming-call.ts';
import { isNamingVerb } from '../extract/tree-repair/naming-predicate.ts';
import { sameActor } from './actor-ref.ts';
import type { SpeechActContext } from './speech-acts.ts';

const ACCUSE_CODE = '112';

/**
 * "Officials called the shelling of the market in the town a war crime", "Zelenskiy called the drone strike on the bus
 * a massacre": a verb of naming whose predicate, after an object too long for the pattern rows' gaps ("call * a|an *
 * crime" in extra-verbs.tsv), is a word that condemns (data/lexicon/condemnation-words.tsv) is the namer's ACCUSE
 * (PLOVER ACCUSE: condemn), read off the tree: the act named is no strike called, and the predicate's own act noun
 * ("massacre") no act of its own. The accused is whoever the named act's own words name as its doer.
 */
export function namingAccusation(ctx: SentenceContext, c: Candidate, sc: SpeechActContext): { accusation: Candidate; predicate: number } | null {
  const view = sc.view();
  const head = c.trigger.head;
  if (!view.has(head)) return null;
  // the naming verb, the act named (its object), or the predicate's own act noun ("a massacre")
  const verb = isNamingVerb(view.tokens[head]) && view.upos(head) === 'VERB' ? head
    : (view.label(head) === 'obj' || view.label(head) === 'xcomp') && view.head(head) >= 0 && isNamingVerb(view.tokens[view.head(head)]) ? view.head(head) : -1;
  if (verb < 0 || !isNamingCall(view, verb, [])) return null;
  const predicate = predicateOf(view, verb);
  if (predicate < 0 || !ctx.kb.lexicon.condemnationWords.has(view.tokens[predicate].lemma)) return null;
  const namer = findSubject(ctx, verb);
  const info = lookupCameo(ctx.kb.ontology, ACCUSE_CODE);
  if (namer.length === 0 || !info) return null;
  const trigger: Trigger = {
    pattern: { id: 'speech-act:naming', kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
    start: verb, end: predicate + 1, head: verb, tokens: [verb, predicate],
  };
  // (the named act's doer, when the candidate is that act: "called the Israeli strike a massacre")
  const doers = head === verb || view.label(head) === 'xcomp' ? [] : c.actors.filter((a) => !namer.some((n) => sameActor(n, a, sc.antecedents)));
  return { accusation: { trigger, info, actors: namer, targets: doers, rules: ['pattern:speech-act:naming'] }, predicate };
}

// the predicate: a second object ("called the strike a massacre") or an xcomp noun or adjective
function predicateOf(view: ReturnType<SpeechActContext['view']>, verb: number): number {
  const objects = view.childrenWith(verb, 'obj');
  if (objects.length > 1) return objects[objects.length - 1];
  const xcomp = view.childrenWith(verb, 'xcomp').find((x) => view.upos(x) === 'NOUN' || view.upos(x) === 'ADJ');
  if (xcomp !== undefined) return xcomp;
  const inner = objects.flatMap((o) => view.childrenWith(o, 'obj'));
  return inner.length ? inner[0] : -1;
}
