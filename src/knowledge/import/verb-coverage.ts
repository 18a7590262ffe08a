import { lookupCameo } from '../ontology.ts';
import type { CameoInfo, EventPattern } from '../types.ts';
import type { ConvertedPattern } from './petrarch-verbs.ts';
import { SkipCounter } from './skip-counter.ts';

// Which converted CAMEO.2.0 patterns add coverage to ours. Every refusal is counted with its reason;
// a pattern ours already has with the same PLOVER type is "merged" (nothing to add).

export interface CoverageResult {
  readonly added: ConvertedPattern[];
  readonly merged: number;
  /** rows of the drop list that matched no converted pattern (stale: the dictionary or the converter changed) */
  readonly unusedDrops: string[];
}

/** The refusal reason of a pattern our drop list names (data/patterns/petrarch-dropped.tsv). */
export const DROPPED = 'dropped by data/patterns/petrarch-dropped.tsv (each row says why)';

const FUNCTION_WORDS = new Set(['to', 'for', 'with', 'at', 'on', 'in', 'into', 'onto', 'from', 'by', 'of', 'against', 'off', 'out', 'up', 'down', 'over', 'about', 'back', 'away', 'around', 'through', 'toward', 'towards', 'upon', 'under', 'after', 'before', 'between', 'among', 'as', 'that', 'not', 'no', 'the', 'a', 'an', 'it', 'its', 'their', 'his', 'her', 'itself', 'themselves', 'himself', 'herself', 'behind', 'across', 'along', 'within', 'without', 'beyond', 'near', 'together', 'forward', 'ahead', 'aside', 'apart', 'again', 'also', 'too', 'so', 'up', 'be', 'is', 'was', 'were']);
const stepsKey = (pattern: string) => pattern.split(' ').filter((w) => w !== '*').join(' ');

/**
 * `dropped`: converted patterns (as written in petrarch-verbs.tsv) we refuse by name, each with its reason: the
 * automatic rules cannot tell that "take * part" (030, intent to cooperate) fits any participation at all.
 * `framing`: lemmas of our reporting, modality and support verbs ("say", "plan", "launch"). They frame
 * another event ("planned an attack", "reiterated its readiness to talk"), which our own machinery codes
 * with its certainty; a pattern headed by one would take the trigger from the event it frames.
 */
export function selectAddedPatterns(converted: readonly ConvertedPattern[], ours: readonly EventPattern[], ontology: ReadonlyMap<string, CameoInfo>, framing: ReadonlySet<string>, refusals: SkipCounter, dropped: ReadonlySet<string> = new Set()): CoverageResult {
  const ourTypes = new Map<string, Set<string>>();
  for (const p of ours) {
    for (const key of wordSequences(p.steps.map((s) => s.lemmas))) {
      ourTypes.set(key, (ourTypes.get(key) ?? new Set()).add(lookupCameo(ontology, p.cameo)?.type ?? '?'));
    }
  }
  const added: ConvertedPattern[] = [];
  const taken = new Set<string>();
  let merged = 0;
  const usedDrops = new Set<string>();
  for (const c of converted) {
    if (dropped.has(c.pattern)) {
      usedDrops.add(c.pattern);
      refusals.add(DROPPED, c.line);
      continue;
    }
    const type = lookupCameo(ontology, c.cameo)?.type;
    if (!type) {
      refusals.add('CAMEO code with no PLOVER type (statements, comments, unmapped codes)', c.line);
      continue;
    }
    const key = stepsKey(c.pattern);
    const words = key.split(' ');
    const theirs = key.split(' ').map((w) => w.split('|'));
    const ourMatch = wordSequences(theirs).map((k) => ourTypes.get(k)).find(Boolean);
    if (ourMatch) {
      if (ourMatch.has(type)) merged++;
      else refusals.add('ours has the same words with another type (ours kept)', c.line);
      continue;
    }
    if (words[0].split('|').some((v) => framing.has(v))) {
      refusals.add('headed by a reporting, modality or support verb (the event is what it frames)', c.line);
      continue;
    }
    // "decline", "hope", "vote": a verb alone, or with only a preposition ("rush to"), says too little
    if (words.length === 1) {
      refusals.add('a verb alone is too generic', c.line);
      continue;
    }
    if (words.slice(1).every((w) => w.split('|').every((l) => FUNCTION_WORDS.has(l)))) {
      refusals.add('only function words after the verb: too generic', c.line);
      continue;
    }
    // "attack" already makes ASSAULT: "attack * base" adds nothing but a narrower CAMEO code
    const verbAlone = theirs[0].map((v) => ourTypes.get(v)).find(Boolean);
    if (theirs.length > 1 && verbAlone?.has(type)) {
      merged++;
      continue;
    }
    // "arrest * protesters" as violent repression (175) would outrank our "arrest" (COERCE) by being longer:
    // for a verb we code, our type decides; senses that differ by object are ours to write (argument-senses.tsv)
    if (theirs.length > 1 && verbAlone && !verbAlone.has(type)) {
      refusals.add('ours codes the verb alone with another type (ours kept)', c.line);
      continue;
    }
    if (taken.has(key)) {
      refusals.add('duplicate of an earlier dictionary pattern', c.line);
      continue;
    }
    taken.add(key);
    added.push(c);
  }
  return { added, merged, unusedDrops: [...dropped].filter((p) => !usedDrops.has(p)) };
}

/** Every concrete word sequence of a pattern (a|b expanded, capped), for exact comparison. */
function wordSequences(steps: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const alts of steps) {
    out = out.flatMap((prefix) => alts.map((l) => (prefix ? `${prefix} ${l}` : l)));
    if (out.length > 64) out = out.slice(0, 64);
  }
  return out;
}
