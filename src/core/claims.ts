import type { Candidate } from '../extract/candidate.ts';
import type { Token } from '../nlp/types.ts';
import type { ReportingFrame } from '../provenance/frames.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/**
 * "The Pentagon accused Kataib Hezbollah of carrying out the attack": the attack is alleged,
 * by the accuser, and its actor is the accused.
 */
export function accusedCandidate(c: Candidate, accusation: Candidate): Candidate {
  // "blamed Pakistan for backing militants who killed 26 people": a relative clause's act inside the charge is its own
  // subject's ("militants"), still alleged by the accuser; the accused is the doer of the act charged
  if (c.actors.length > 0 && c.rules.includes('roles:tree-acl-relcl')) return c;
  const actors = accusation.targets.length ? accusation.targets : c.actors;
  return { ...c, actors, targets: c.targets.filter((t) => !actors.includes(t)), rules: [...c.rules, 'roles:accused-is-actor'] };
}

export function accuserFrame(accusation: Candidate): ReportingFrame {
  return {
    from: accusation.trigger.end, to: accusation.trigger.end, speaker: accusation.actors[0] ?? null,
    verb: accusation.trigger.pattern.id.split(' ').slice(1).join(' '), certainty: 'alleged', quote: null, rule: 'provenance:accused-by',
  };
}

const SELF_CLAIMS = new Set(['claim', 'admit', 'acknowledge', 'boast']);
// "took credit for the attack", "assumed responsibility for the bombing": a claim of responsibility, whatever its verb
const TAKING = new Set(['take', 'assume', 'accept']);
const RESPONSIBILITY = new Set(['credit', 'responsibility']);

/** "Islamic State claimed the bombing", "the RSF admitted shelling", "the Taliban took credit for it": the actor itself says so. */
export function selfClaimFrame(c: Candidate, tokens: readonly Token[]): ReportingFrame | null {
  const head = tokens[c.trigger.head];
  const takesResponsibility = TAKING.has(head.lemma) && tokens.slice(c.trigger.start, c.trigger.end).some((x) => RESPONSIBILITY.has(x.lemma));
  if (c.trigger.pattern.kind !== 'verb' || !(SELF_CLAIMS.has(head.lemma) || takesResponsibility) || c.trigger.pattern.steps.length < 2) return null;
  return { from: c.trigger.start, to: c.trigger.end, speaker: c.actors[0] ?? null, verb: head.text, certainty: 'claimed', quote: null, rule: 'provenance:self-claim' };
}

/**
 * A stated possibility is kept as hypothetical: a verb under "could", "might" or "may" with a named actor
 * ("Israel could launch a ground offensive"). Possible attacks in general, questions and conditions are dropped.
 */
export function isStatedPossibility(c: Candidate, certaintyRule: string): boolean {
  return c.trigger.pattern.kind === 'verb' && c.actors.length > 0 && /^certainty:modal:(could|might|may)$/.test(certaintyRule);
}

/**
 * Inside a quote, "we" and "our" are the speaker: “We launched ten drones,” the Houthi spokesman said. Told by no
 * speaker they are the writer's own ("When we complained to the manager", "we asked for a refund" in a review),
 * whoever the text named before: no actor.
 */
export function withSpeaker(antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, phrases: readonly ActorPhrase[], frame: ReportingFrame | null, all: readonly ActorPhrase[] = [], sentence: readonly [number, number] = [0, 0]): ReadonlyMap<ActorPhrase, ActorPhrase> {
  // (“Soldiers burned our houses,” a farmer said: every "we", "us", "our" of the sentence is the speaker, also one a
  // participant is made from later, "our houses": core/actor-ref.ts antecedentOf)
  const speakerRefs = [...phrases.filter((p) => p.refersTo === 'speaker'), ...all.filter((q) => q.refersTo === 'speaker' && q.start >= sentence[0] && q.end <= sentence[1] && !phrases.includes(q))];
  if (speakerRefs.length === 0) return antecedents;
  if (!frame?.speaker) {
    if (!speakerRefs.some((p) => antecedents.has(p))) return antecedents;
    const unresolved = new Map(antecedents);
    for (const p of speakerRefs) unresolved.delete(p);
    return unresolved;
  }
  const speaker = antecedents.get(frame.speaker) ?? frame.speaker;
  const out = new Map(antecedents);
  for (const p of speakerRefs) out.set(p, speaker);
  return out;
}

// a speaker no gazetteer knows, read off the tree (src/provenance/tree-speaker.ts)
export { unknownSpeakerFrame } from '../provenance/tree-speaker.ts';
