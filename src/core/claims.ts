import type { Candidate } from '../extract/candidate.ts';
import type { Token } from '../nlp/types.ts';
import type { ReportingFrame } from '../provenance/frames.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

/**
 * "The Pentagon accused Kataib Hezbollah of carrying out the attack": the attack is alleged,
 * by the accuser, and its actor is the accused.
 */
export function accusedCandidate(c: Candidate, accusation: Candidate): Candidate {
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

/** "Islamic State claimed the bombing", "the RSF admitted shelling": the actor itself says so. */
export function selfClaimFrame(c: Candidate, tokens: readonly Token[]): ReportingFrame | null {
  const head = tokens[c.trigger.head];
  if (c.trigger.pattern.kind !== 'verb' || !SELF_CLAIMS.has(head.lemma) || c.trigger.pattern.steps.length < 2) return null;
  return { from: c.trigger.start, to: c.trigger.end, speaker: c.actors[0] ?? null, verb: head.text, certainty: 'claimed', quote: null, rule: 'provenance:self-claim' };
}

/**
 * A stated possibility is kept as hypothetical: a verb under "could", "might" or "may" with a named actor
 * ("Israel could launch a ground offensive"). Possible attacks in general, questions and conditions are dropped.
 */
export function isStatedPossibility(c: Candidate, certaintyRule: string): boolean {
  return c.trigger.pattern.kind === 'verb' && c.actors.length > 0 && /^certainty:modal:(could|might|may)$/.test(certaintyRule);
}

/** Inside a quote, "we" and "our" are the speaker: “We launched ten drones,” the Houthi spokesman said. */
export function withSpeaker(antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, phrases: readonly ActorPhrase[], frame: ReportingFrame | null): ReadonlyMap<ActorPhrase, ActorPhrase> {
  const speakerRefs = phrases.filter((p) => p.refersTo === 'speaker');
  if (speakerRefs.length === 0 || !frame?.speaker) return antecedents;
  const speaker = antecedents.get(frame.speaker) ?? frame.speaker;
  const out = new Map(antecedents);
  for (const p of speakerRefs) out.set(p, speaker);
  return out;
}

// a reported clause hangs on its reporting verb as ccomp ("Najah said [23 militants were killed]") or parataxis
const REPORTED = new Set(['ccomp', 'parataxis']);
const MAX_CLIMB = 6;
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A speaker no gazetteer knows still makes what it says a claim: "Najah said 23 militants were killed by the
 * government forces", "The state-run New Light of Myanmar says 46 prisoners were released" (claimed, the speaker
 * the named subject of the reporting verb, data/lexicon/reporting-verbs.tsv). Used only when the reporting frames
 * found no speaker phrase.
 */
export function unknownSpeakerFrame(view: TreeView, head: number, reporting: ReadonlyMap<string, string>): ReportingFrame | null {
  const t = view.tokens;
  for (let n = head, hops = 0; n >= 0 && hops < MAX_CLIMB; n = view.head(n), hops++) {
    const verb = view.head(n);
    if (!REPORTED.has(view.base(n)) || verb < 0 || !reporting.has(t[verb].lemma)) continue;
    const subject = view.childrenWith(verb, 'nsubj')[0];
    // "expressed alarm Monday over reports that ...": a weekday or a month is never a speaker
    if (subject === undefined || CALENDAR.test(t[subject].text)) return null;
    const [from, to] = view.span(subject, (c) => ['acl:relcl', 'appos', 'punct'].includes(view.label(c)));
    // a name, not a common noun ("officials said" is a speaker phrase the frames already know); "Reports said" has
    // none, though the tagger may call a capitalised "Reports" a name
    const named = t.slice(from, to).some((x, i) => x.pos === 'PROPN' && (from + i !== subject || !/^reports?$/i.test(x.text)));
    if (!named) return null;
    const text = t.slice(from, to).map((x, i) => (i === 0 ? '' : ' '.repeat(x.start - t[from + i - 1].end)) + x.text).join('');
    const speaker: ActorPhrase = { start: t[from].start, end: t[to - 1].end, text, name: text.replace(/^the\s+/i, ''), code: null, kind: 'named', plural: t[subject].text.endsWith('s'), entry: null, locative: false, rule: 'actor:unknown-speaker' };
    return { from: verb + 1, to: verb + 1, speaker, verb: t[verb].text, certainty: reporting.get(t[verb].lemma) ?? 'claimed', quote: null, rule: 'provenance:unknown-speaker' };
  }
  return null;
}
