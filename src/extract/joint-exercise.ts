import type { CameoInfo, EventPattern } from '../knowledge/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';

// The words of a military exercise pattern ("held military exercises", "staged naval drills").
const EXERCISE_WORDS = new Set(['exercise', 'drill', 'maneuver', 'manoeuvre', 'wargame', 'game', 'patrol']);
/** CAMEO 062 (cooperate militarily): PLOVER COOPERATE. */
const COOPERATE_MILITARILY = '062';
export const JOINT_EXERCISE_RULE = 'type:joint-exercise-is-cooperate';

const countryOf = (p: ActorPhrase) => p.entry?.country ?? (p.code && /^[A-Z]{3}/.test(p.code) ? p.code.slice(0, 3) : null);

/**
 * "The United States and the Philippines began their annual military exercises", "Chinese and Russian warships
 * staged naval drills": an exercise two or more countries hold together is joint. The PLOVER manual (MOBILIZE,
 * potential ambiguities): "joint military operations are coded as COOPERATE but single-country exercises should
 * be coded as MOBILIZE". The cooperation code, else null (one country, or not an exercise).
 */
export function jointExercise(ontology: ReadonlyMap<string, CameoInfo>, pattern: EventPattern, info: CameoInfo, actors: readonly ActorPhrase[]): CameoInfo | null {
  if (info.type !== 'MOBILIZE' || !pattern.steps.some((s) => s.lemmas.some((l) => EXERCISE_WORDS.has(l)))) return null;
  const countries = new Set(actors.map(countryOf).filter((c): c is string => c !== null));
  return countries.size >= 2 ? lookupCameo(ontology, COOPERATE_MILITARILY) ?? null : null;
}
