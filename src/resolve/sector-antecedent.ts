import type { ActorPhrase } from './types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Token } from '../nlp/types.ts';

// the sectors of one state's politics
const NATIONAL_SECTORS = new Set(['GOV', 'OPP', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'PTY']);
const ARMED_SECTORS = new Set(['REB', 'MIL', 'COP']);
// (a company too: "TotalEnergies suspended its project ... The insurgency has killed")
const CIVIL_BODIES = new Set(['NGO', 'MED', 'IGO', 'BUS']);
export const isIntergovernmental = (p: ActorPhrase) => p.entry?.role === 'IGO' || /^IGO/.test(p.code ?? '');

/**
 * Whether a description of one state's sector may take up `antecedent`: "the EU ambassador ... The opposition
 * refused" (a union of states has no opposition, army or police of its own); "the opposition" names a side of
 * politics, never a party told before as anything else.
 */
export function sectorMayTakeUp(description: ActorPhrase, antecedent: ActorPhrase): boolean {
  if (!NATIONAL_SECTORS.has(description.roleCode ?? '')) return true;
  if (isIntergovernmental(antecedent)) return false;
  // "The U.N. said ... The paramilitary group accused": an armed side is no rights group, aid agency, news outlet or company
  if (ARMED_SECTORS.has(description.roleCode ?? '') && CIVIL_BODIES.has(antecedent.entry?.role ?? antecedent.roleCode ?? '')) return false;
  return description.roleCode !== 'OPP' || /OPP$/.test(antecedent.code ?? antecedent.roleCode ?? '');
}

/**
 * "the paramilitary group", "the militant group": a modifier that is an armed role word (data/actors/roles.tsv, REB)
 * says which kind of group is meant, so the description takes up no rights group or UN body (sector-antecedent.ts).
 */
export function withArmedModifier(kb: Knowledge, modifiers: readonly Token[], p: ActorPhrase): ActorPhrase {
  const armed = modifiers.some((m) => kb.roles.lookup(m.lower).some((r) => r.role === 'REB'));
  return armed ? { ...p, roleCode: 'REB' } : p;
}
