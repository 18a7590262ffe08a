import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Trigger } from '../extract/triggers.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { sameActor } from './actor-ref.ts';
import type { SpeechActContext } from './speech-acts.ts';

const ACCUSE_CODE = '112';

/**
 * "Police said the attack bore the hallmarks of the Islamic State group", "the army said the blast carried the signature
 * of al-Shabab": an act noun, the subject of a verb whose object is a hallmark noun (data/lexicon/clause-cues.tsv
 * hallmark) "of" a party, is laid on that party by the speaker: the speaker's ACCUSE of the party, and the act nested
 * in it (core/governed.ts), so its actor is the party and it is alleged, by the speaker (core/claims.ts). With no
 * speaker nobody accuses: nothing changes.
 */
export function hallmarkAccusation(ctx: SentenceContext, c: Candidate, sc: SpeechActContext): { accusation: Candidate; act: Candidate } | null {
  if (c.trigger.pattern.kind !== 'noun' || c.actors.length > 0) return null;
  const view = sc.view();
  let noun = c.trigger.head;
  while (view.label(noun) === 'compound') noun = view.head(noun);
  const verb = view.head(noun);
  if (view.label(noun) !== 'nsubj' || verb < 0 || view.upos(verb) !== 'VERB') return null;
  const hallmarks = cuePhrases(ctx.kb.lexicon.clauseCues, 'hallmark');
  const mark = view.childrenWith(verb, 'obj').find((o) => hallmarks.has(view.tokens[o].lemma));
  const of = mark === undefined ? undefined : view.childrenWith(mark, 'nmod').find((k) => view.marker(k) === 'of');
  if (mark === undefined || of === undefined) return null;
  const [from, to] = view.span(of);
  const party = Array.from({ length: to - from }, (_, k) => ctx.phraseAt.get(from + k)).find((p) => p !== undefined);
  const speaker = sc.frameOf(c.trigger.head)?.speaker;
  const info = lookupCameo(ctx.kb.ontology, ACCUSE_CODE);
  if (!party || !speaker || !info || sameActor(party, speaker, sc.antecedents)) return null;
  const trigger: Trigger = {
    pattern: { id: 'speech-act:hallmark', kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
    start: verb, end: mark + 1, head: verb, tokens: Array.from({ length: mark + 1 - verb }, (_, k) => verb + k),
  };
  const accusation: Candidate = { trigger, info, actors: [speaker], targets: [party], rules: ['pattern:speech-act:hallmark', `speech-act:alleged:${c.info.type}`] };
  return { accusation, act: { ...c, trigger: { ...c.trigger, nestedIn: trigger }, rules: [...c.rules, 'roles:hallmark-of'] } };
}
