import type { TreeView } from '../extract/tree-roles/index.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { PlaceMention } from '../resolve/types.ts';
import { namesCapital } from '../resolve/capital-phrases.ts';
import { clauseHead, hasOwnSubject } from './clause-places.ts';

// "Officials in Kabul said gunmen attacked a checkpoint": the capital is where the officials speak from, the seat of
// their government, not where the gunmen attacked. A place inside the subject of a clause above the trigger's is the
// speakers' own (the story's place, or none, stands for the act's) when the act's clause has a subject of its own
// (another party acts), the speakers hold a seat of state (government, legislature, intergovernmental body: roles.tsv)
// and the place is their country's capital. Kept: a fronted setting ("In Kabul, officials said gunmen attacked ..."),
// speakers on the scene ("Police in Lagos said", "Residents of Kunduz said"), provincial officials ("Officials in
// Kunduz said"), and an act of the speakers themselves ("Officials in Kabul said they arrested ...").

const SUBJECTS = new Set(['nsubj']);

/** The head of the upper clause's subject phrase that holds the place at token `place`, or -1. */
export function upperSubjectHolding(tree: TreeView, place: number, triggerHead: number): number {
  if (!tree.has(place) || !tree.has(triggerHead)) return -1;
  const own = clauseHead(tree, triggerHead);
  if (own < 0 || !hasOwnSubject(tree, own)) return -1;
  // "said they arrested 12 militants": a pronoun may take up the speakers, who act where they are
  if (tree.childrenWith(own, 'nsubj').some((k) => tree.upos(k) === 'PRON')) return -1;
  // up from the place through nominal links to a subject, whose clause must lie above the trigger's
  for (let k = place, steps = 0; k >= 0 && steps < 12; k = tree.head(k), steps++) {
    if (SUBJECTS.has(tree.base(k))) {
      const upper = tree.head(k);
      if (upper === own || !above(tree, upper, own)) return -1;
      return k;
    }
    if (k !== place && clauseHead(tree, k) === k) return -1;
  }
  return -1;
}

/** `a` governs the clause `b` hangs in, through clauses below it (a report and its complement). */
function above(tree: TreeView, a: number, b: number): boolean {
  for (let k = tree.head(b), steps = 0; k >= 0 && steps < 40; k = tree.head(k), steps++) if (k === a) return true;
  return false;
}

// roles that hold a seat of state: a government, a legislature, a court, a body of many states
const SEATED = /^(?:GOV|LEG|JUD|IGO)$/;

/** The noun names speakers who hold a seat of state ("officials", "authorities", "the ministry", "lawmakers"). */
export function seatedSpeaker(kb: Pick<Knowledge, 'roles'>, word: string): boolean {
  return kb.roles.lookup(word).some((r) => SEATED.test(r.role));
}

const SPEAKERS_BEFORE = /\b([A-Za-z]+)\s+(?:in|at)\s+$/;

/** "Officials in Kabul": a capital right after speakers who hold a seat of state, read from the words alone (story-place.ts). */
export function seatOfSpeakers(kb: Pick<Knowledge, 'roles'>, text: string, p: PlaceMention): boolean {
  const m = SPEAKERS_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
  return m !== null && p.place.country !== null && namesCapital(p.place.country, p.place.name) && seatedSpeaker(kb, m[1].toLowerCase());
}
