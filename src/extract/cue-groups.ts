import type { CueEntry } from '../knowledge/types.ts';

/** The cues of one effect in a cue table, and their words joined ("as long as"). */
export interface CueGroup {
  readonly entries: readonly CueEntry[];
  readonly phrases: ReadonlySet<string>;
  /** the first word of every cue: a token outside it starts none of them */
  readonly firstWords: ReadonlySet<string>;
}

// A cue table never changes once the knowledge base is loaded, and every candidate of every sentence
// asks for its groups: worked out once per table and effect, not once per question.
const groupsByTable = new WeakMap<readonly CueEntry[], Map<string, CueGroup>>();

/** The rows of `cues` whose effect is `value` (table order kept), with their phrases as a set. */
export function cueGroup(cues: readonly CueEntry[], value: string): CueGroup {
  let groups = groupsByTable.get(cues);
  if (groups === undefined) groupsByTable.set(cues, (groups = new Map()));
  let group = groups.get(value);
  if (group === undefined) {
    const entries = cues.filter((c) => c.value === value);
    const phrases = new Set(entries.map((c) => c.words.join(' ')));
    groups.set(value, (group = { entries, phrases, firstWords: new Set(entries.map((c) => c.words[0])) }));
  }
  return group;
}

/** The phrases of the cues whose effect is `value`: "if", "unless", "as long as" for "conditional". */
export function cuePhrases(cues: readonly CueEntry[], value: string): ReadonlySet<string> {
  return cueGroup(cues, value).phrases;
}
