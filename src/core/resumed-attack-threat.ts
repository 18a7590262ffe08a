import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { PACKAGE_DATA_DIR } from '../paths.ts';

// "The ELN said it would resume attacks on pipelines", "the rebels announced they would step up their offensive": an
// attacker's own announcement that it will resume or escalate its attacks is a threat (PLOVER THREATEN: "coercive or
// forceful warnings with serious potential repercussions"; CAMEO 138, threaten with military force), as "vowed to
// resume attacks" already is (core/speech-acts.ts), not a planned ASSAULT (lead's decision, session 48). Someone
// else's forecast ("analysts said the army would resume its offensive") and a plain plan ("said it would attack the
// town") keep their coding. The threat is the speaker's own speech, told by the outlet (coding guide, rule 5).

export const RESUMED_ATTACK_THREAT_RULE = 'refiner:resumed-attack-threat';

const DATA_DIR = process.env.EVENTLENS_DATA ?? PACKAGE_DATA_DIR;
let starts: readonly string[] | null = null;
function resumingStarts(): readonly string[] {
  starts ??= readFileSync(join(DATA_DIR, 'lexicon/resumed-hostility-words.tsv'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).slice(1);
  return starts;
}

// the speaker is the attacker: one code, or for uncoded descriptions one name ("The rebels" and "they", read as rebels)
const bareName = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
const speakerActs = (e: Event) => {
  const source = e.provenance.source;
  if (source === 'outlet' || e.actor === null) return false;
  return e.actor.code !== null ? source.code === e.actor.code : source.code === null && bareName(source.name) === bareName(e.actor.name);
};

/** A planned attack the attacker announces it will resume or step up, as its threat (CAMEO 138); others unchanged. */
export function resumedAttackAsThreat(e: Event, kb: Pick<Knowledge, 'ontology'>): Event {
  if (e.type !== 'ASSAULT' || e.provenance.certainty !== 'planned' || !speakerActs(e)) return e;
  const first = e.trigger.text.trim().split(/\s+/)[0].toLowerCase();
  if (!resumingStarts().some((s) => first.startsWith(s))) return e;
  const info = lookupCameo(kb.ontology, '138');
  if (!info) return e;
  const provenance = { ...e.provenance, source: 'outlet' as const, reporting_verb: null, certainty: 'asserted' as const };
  return { ...e, type: info.type, cameo: info.code, goldstein: info.goldstein, quad_class: info.quadClass, provenance, rules: [...e.rules, RESUMED_ATTACK_THREAT_RULE] };
}
