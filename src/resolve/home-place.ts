import type { PlaceEntry } from '../knowledge/types.ts';
import type { ActorPhrase } from './types.ts';

// CAMEO acts a state does on its own soil: easing or imposing administrative restrictions (081, 172: an amnesty,
// lifting or imposing a ban or curfew), releasing or returning persons (084: "freed 20 prisoners"), arrests (173)
// and repression (175). Not attacks or visits,
// which a state carries abroad.
const DONE_AT_HOME = /^(?:081|084|172|173|175)/;
// CAMEO 16: reducing relations (sanctions, expulsions, breaking off ties), a state's measure decided at home
const REDUCED_RELATIONS = /^16/;
// CAMEO 150: a show of force (a missile test, drills), held at home unless its sentence says where, by its army too
const SHOW_OF_FORCE = /^150/;
// a state institution's code: the country, then its government, military, police, judiciary, legislature or intelligence
const STATE_CODE = /^([A-Z]{3})(GOV|MIL|COP|JUD|LEG|SPY)$/;

/**
 * Where a state's domestic act happened when its sentence names no place: the acting state's own country, marked
 * inferred by the caller ("Burma has freed 20 political prisoners" → Burma; "Egyptian police arrested six
 * activists" → Egypt). Null when the act is not a domestic kind or its actors are not one state.
 */
export function homeOfDomesticAct(cameo: string, actors: readonly ActorPhrase[], countries: ReadonlyMap<string, PlaceEntry>, civilOnly = false): PlaceEntry | null {
  // (`civilOnly` reads a state's measures against another too: "Washington imposed sanctions", "Moscow expelled diplomats",
  // and its shows of force: "North Korea test-fired a missile", "the Russian army held exercises")
  const force = civilOnly && SHOW_OF_FORCE.test(cameo);
  const measure = civilOnly && REDUCED_RELATIONS.test(cameo) || force;
  if (!DONE_AT_HOME.test(cameo) && !measure || actors.length === 0) return null;
  const states = new Set<string>();
  for (const a of actors) {
    // "Burma", "Egyptian police", or an official coded as a state institution ("President Thein Sein" → MMRGOV)
    const code = STATE_CODE.exec(a.code ?? '');
    // (`civilOnly`: an army also detains where it occupies; police, ministries and courts act at home, and a state's
    // measures are decided at home by whoever names it)
    if (civilOnly && (code === null ? !measure : code[2] === 'MIL' && !force)) return null;
    const country = (a.kind === 'country' || a.entry?.kind === 'country') ? a.entry?.country : code?.[1];
    if (!country) return null;
    states.add(country);
  }
  return states.size === 1 ? countries.get([...states][0]) ?? null : null;
}

// CAMEO 081, 0811, 0812 (easing administrative sanctions: a pardon, an amnesty, lifting a ban on parties or on a
// freedom) and 0841 (releasing persons) decreed by a state's government: a measure of the whole country. Not a curfew or
// a state of emergency (0813, 0814), which is lifted where it was imposed.
const NATIONAL_MEASURE = /^(?:081|0811|0812|0841)$/;
const GOVERNMENT_CODE = /^([A-Z]{3})GOV$/;

/**
 * The country whose government decrees a national measure ("President Ruto pardoned 2,000 prisoners", "the Taliban
 * government announced an amnesty"): no town of its paragraph, of the story's opening or of the dateline is where it
 * happened. A government named by its role alone ("the government") is the story's country's (`storyCountry`). Null for
 * another act, or actors that are not one state's government or the state itself.
 */
export function nationalMeasure(cameo: string, actors: readonly ActorPhrase[], countries: ReadonlyMap<string, PlaceEntry>, storyCountry: string | null): PlaceEntry | null {
  if (!NATIONAL_MEASURE.test(cameo) || actors.length === 0) return null;
  const states = new Set<string>();
  for (const a of actors) {
    const role = a.kind === 'role' && a.code === null && a.roleCode === 'GOV' ? storyCountry : null;
    const country = role ?? ((a.kind === 'country' || a.entry?.kind === 'country') ? a.entry?.country : GOVERNMENT_CODE.exec(a.code ?? '')?.[1]);
    if (!country) return null;
    states.add(country);
  }
  return states.size === 1 ? countries.get([...states][0]) ?? null : null;
}
