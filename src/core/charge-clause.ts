import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

// punishments: what they are imposed for is a charge against the punished
const PUNISHING_TYPES = new Set(['COERCE', 'SANCTION']);

/**
 * "banned a newspaper for insulting the supreme leader", "jailed the activist for attacking a police officer",
 * "fined Google for refusing to delete content": a clause marked "for" on a punishment (on its verb or on its
 * object) names the charge, an act the punished is said to have done, not a second event of the punisher
 * (PLOVER manual: the charge of an arrest or ban is part of that event). Candidates inside it give way.
 */
export function withoutCharges(view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const punishments = candidates.filter((c) => PUNISHING_TYPES.has(c.info.type));
  if (punishments.length === 0) return [...candidates];
  return candidates.filter((c) => {
    if (PUNISHING_TYPES.has(c.info.type) || !isChargeOf(view(), c.trigger.head, punishments)) return true;
    onDrop?.(c, 'candidate:charge-of-punishment');
    return false;
  });
}

function isChargeOf(view: TreeView, head: number, punishments: readonly Candidate[]): boolean {
  if (!['advcl', 'acl'].includes(view.base(head)) || view.marker(head) !== 'for') return false;
  const up = view.head(head);
  const verb = view.base(up) === 'obj' ? view.head(up) : up;
  return punishments.some((p) => p.trigger.head === verb || p.trigger.tokens.includes(verb));
}
