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
  // (the act's own noun may be the row's first word: "attack on * hospital" ends on what was attacked)
  const nouns = [c.trigger.head, c.trigger.tokens[0]].map((n) => {
    while (view.label(n) === 'compound') n = view.head(n);
    return n;
  });
  const laid = nouns.map((n) => hallmarkOf(ctx, view, n) ?? culpritOf(ctx, view, n)).find((l) => l !== null) ?? null;
  if (!laid) return null;
  const [from, to] = view.span(laid.party);
  const party = Array.from({ length: to - from }, (_, k) => ctx.phraseAt.get(from + k)).find((p) => p !== undefined);
  const speaker = sc.frameOf(c.trigger.head)?.speaker;
  const info = lookupCameo(ctx.kb.ontology, ACCUSE_CODE);
  if (!party || !speaker || !info || sameActor(party, speaker, sc.antecedents)) return null;
  const { start, end } = laid;
  const trigger: Trigger = {
    pattern: { id: `speech-act:${laid.kind}`, kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
    start, end, head: start, tokens: Array.from({ length: end - start }, (_, k) => start + k),
  };
  const accusation: Candidate = { trigger, info, actors: [speaker], targets: [party], rules: [`pattern:speech-act:${laid.kind}`, `speech-act:alleged:${c.info.type}`] };
  return { accusation, act: { ...c, trigger: { ...c.trigger, nestedIn: trigger }, rules: [...c.rules, `roles:${laid.kind}-of`] } };
}

interface Laid { readonly kind: 'hallmark' | 'culprit'; readonly party: number; readonly start: number; readonly end: number }

// "the bombing bore the hallmarks of al-Shabab": the act noun is the subject of a verb whose object is a hallmark "of" the party
function hallmarkOf(ctx: SentenceContext, view: ReturnType<SpeechActContext['view']>, noun: number): Laid | null {
  const verb = view.head(noun);
  if (view.label(noun) !== 'nsubj' || verb < 0 || view.upos(verb) !== 'VERB') return null;
  const hallmarks = cuePhrases(ctx.kb.lexicon.clauseCues, 'hallmark');
  const mark = view.childrenWith(verb, 'obj').find((o) => hallmarks.has(view.tokens[o].lemma));
  const of = mark === undefined ? undefined : view.childrenWith(mark, 'nmod').find((k) => view.marker(k) === 'of');
  return mark === undefined || of === undefined ? null : { kind: 'hallmark', party: of, start: verb, end: mark + 1 };
}

/**
 * "Police said al-Shabab was responsible for the bombing", "the rebels were to blame for the massacre", "Ukraine said
 * Russia was behind the attack": the subject of a culprit's predicate (clause-cues.tsv culprit: "responsible for",
 * "to blame for", "behind", with its "be") on the act noun is the party it is laid on.
 */
function culpritOf(ctx: SentenceContext, view: ReturnType<SpeechActContext['view']>, noun: number): Laid | null {
  const culprit = cuePhrases(ctx.kb.lexicon.clauseCues, 'culprit');
  const copula = (h: number) => view.childrenWith(h, 'cop').find((k) => view.tokens[k].lemma === 'be');
  const behind = view.childrenWith(noun, 'case').find((k) => culprit.has(view.tokens[k].lower));
  const head = behind !== undefined ? noun : view.head(noun);
  if (head < 0 || behind === undefined && !(view.marker(noun) === 'for' && culprit.has(view.tokens[head].lemma))) return null;
  const be = copula(head);
  const party = view.childrenWith(head, 'nsubj')[0];
  return be === undefined || party === undefined || party > be ? null : { kind: 'culprit', party, start: be, end: (behind ?? head) + 1 };
}
