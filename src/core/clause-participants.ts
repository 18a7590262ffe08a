import type { Candidate } from '../extract/candidate.ts';
import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';

// Two clauses joined by "and" share no coordination: "Turkey condemned Israel and Iran praised Hamas",
// "Russian forces shelled Kharkiv and Ukrainian troops attacked Belgorod". The role readers see the phrases
// around "and" as one coordinated list and give it whole to both verbs, as the first verb's targets and the
// second verb's actors ("Ethiopia criticised Egypt and Sudan welcomed the talks" even gives "welcomed" to Ethiopia).
// Which clause a phrase belongs to is plain from word order: the conjunct right before the second verb (only
// adverbs between) is its subject, and its only one; the conjuncts before it are the first verb's objects.
// Without a list of objects nothing is split: a relative clause or a control verb makes one phrase the
// object of one verb and the subject of the next ("arrested the gunmen who attacked", "urged Iran to talk").

// "Hamas to agree" is no clause of its own: only adverbs may stand between a subject and its finite verb
const ADVERB = new Set(['ADV']);
const RULE = 'roles:clause-coordination';
const same = (a: ActorPhrase, b: ActorPhrase) => a.start === b.start && a.end === b.end;

/** The sentence's candidates with each phrase shared by two coordinated clauses given to its own clause. */
export function splitCoordinatedClauses(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const out = [...candidates];
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < out.length; j++) {
      const [first, second] = [out[i], out[j]];
      if (first === second || second.trigger.pattern.kind !== 'verb' || first.trigger.end > second.trigger.start) continue;
      // the first verb keeps at least one object: "condemned Israel and Iran praised" leaves it Israel
      if (first.targets.length < 2) continue;
      const subject = first.targets.reduce((x, y) => (y.start > x.start ? y : x));
      // (the second verb's subject stands before it: "issued a joint statement urging Israel and Hamas to" has none)
      if (subject.start < tokens[first.trigger.end - 1].end || subject.end > tokens[second.trigger.start].start || !onlyAdverbsBetween(tokens, subject.end, tokens[second.trigger.start].start)) continue;
      // the second verb's subject is that conjunct alone, not the first clause's subject nor its other objects
      out[i] = { ...first, targets: first.targets.filter((t) => !same(t, subject)), rules: [...first.rules, RULE] };
      out[j] = { ...second, actors: [subject], rules: [...second.rules, RULE] };
    }
  }
  return out;
}

function onlyAdverbsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.every((t) => t.end <= from || t.start >= to || ADVERB.has(t.pos));
}
