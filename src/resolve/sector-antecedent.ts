import type { ActorPhrase } from './types.ts';

// the sectors of one state's politics
const NATIONAL_SECTORS = new Set(['GOV', 'OPP', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'PTY']);
const isIntergovernmental = (p: ActorPhrase) => p.entry?.role === 'IGO' || /^IGO/.test(p.code ?? '');

/**
 * Whether a description of one state's sector may take up `antecedent`: "the EU ambassador ... The opposition
 * refused" (a union of states has no opposition, army or police of its own); "the opposition" names a side of
 * politics, never a party told before as anything else.
 */
export function sectorMayTakeUp(description: ActorPhrase, antecedent: ActorPhrase): boolean {
  if (!NATIONAL_SECTORS.has(description.roleCode ?? '')) return true;
  if (isIntergovernmental(antecedent)) return false;
  return description.roleCode !== 'OPP' || /OPP$/.test(antecedent.code ?? antecedent.roleCode ?? '');
}
