import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

// punishments: what they are imposed for is a charge against the punished
const PUNISHING_TYPES = new Set(['COERCE', 'SANCTION']);
// a judicial charge holds its charge the same way: "charged the former president with plotting a coup", "indicted
// him for bribing officials", "convicted of inciting violence" (PLOVER ACCUSE allege: charge, indict, bring to trial)
const CHARGING_VERBS = new Set(['charge', 'indict', 'prosecute', 'try', 'convict']);
const isPunishment = (view: () => TreeView, c: Candidate) => PUNISHING_TYPES.has(c.info.type)
  || c.info.type === 'ACCUSE' && c.trigger.pattern.kind === 'verb' && CHARGING_VERBS.has(view().tokens[c.trigger.head].lemma);
// the words that mark a charge clause: "jailed for insulting", "charged with inciting", "convicted of spying"
const CHARGE_MARKERS = new Set(['for', 'with', 'of']);

/**
 * "banned a newspaper for insulting the supreme leader", "jailed the activist for attacking a police officer",
 * "fined Google for refusing to delete content": a clause marked "for" on a punishment (on its verb or on its
 * object) names the charge, an act the punished is said to have done, not a second event of the punisher
 * (PLOVER manual: the charge of an arrest or ban is part of that event). Candidates inside it give way. The same for
 * a reason named by a noun: "imposed sanctions on Iranian officials over the crackdown on protesters", "sanctioned
 * the commanders for the killing of civilians": what the punished are blamed for is no act of the punisher.
 */
export function withoutCharges(view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const punishments = candidates.filter((c) => isPunishment(view, c));
  if (punishments.length === 0) return [...candidates];
  return candidates.filter((c) => {
    // any word of the trigger: "crackdown on protesters" is headed on "protesters" but hangs from its "crackdown"
    // a punishment can itself be the charge of another: "expelled diplomats over the harassment of a lawmaker"
    const others = punishments.filter((p) => p !== c);
    if (others.length === 0 || !c.trigger.tokens.some((k) => isChargeOf(view(), k, others, c.info.type !== 'ASSAULT'))) return true;
    onDrop?.(c, 'candidate:charge-of-punishment');
    return false;
  });
}

// a reason named by a noun: "sanctions on officials over the crackdown", "for the killing of civilians"
const REASON_MARKERS = new Set(['over', 'for']);
// the nominals a reason may hang from on its way up to the punishing verb ("sanctions on Iranian officials over ...")
const NOMINAL_LINKS = new Set(['obj', 'obl', 'nmod']);
const MAX_LINKS = 5;
// participles that say what the punished are held for: "12 people suspected of supplying the militants"
const SUSPECTING = new Set(['suspect', 'accuse', 'charge']);
const RELATIVE_WORDS = new Set(['which', 'whom', 'who', 'that']);

function isChargeOf(view: TreeView, head: number, punishments: readonly Candidate[], throughSuspicion: boolean): boolean {
  const base = view.base(head);
  const marker = view.marker(head);
  const clause = ['advcl', 'acl'].includes(base) && marker !== null && CHARGE_MARKERS.has(marker);
  const reason = ['obl', 'nmod'].includes(base) && marker !== null && REASON_MARKERS.has(marker);
  if (!clause && !reason) return false;
  const punishes = (k: number) => punishments.some((p) => p.trigger.head === k || p.trigger.tokens.includes(k));
  // up from the clause or reason through a few nominals (the punished, the sanction noun, "dozens of young men on
  // Thursday on suspicion of ...") to the punishment, and through a participle of suspicion with no subject of its own
  // ("arrested 12 people suspected of supplying the militants"), unless what it names is an attack: "three men
  // suspected of attacking a police station" tells an incident (coding guide rule 5), and "diplomats it accused of
  // spying" an accusation of its own
  let up = view.head(head);
  for (let steps = 0; up >= 0 && steps < MAX_LINKS; steps++) {
    if (punishes(up)) return true;
    // (a reduced participle: no subject nor relative word of its own, "whom the government accused of")
    const suspected = throughSuspicion && view.base(up) === 'acl' && SUSPECTING.has(view.tokens[up].lemma) && !view.children(up).some((k) => view.base(k) === 'nsubj' || RELATIVE_WORDS.has(view.tokens[k].lower));
    if (!NOMINAL_LINKS.has(view.base(up)) && !suspected) return false;
    up = view.head(up);
  }
  return false;
}
