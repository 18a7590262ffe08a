import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';

// The modality cues (data/lexicon/modality.tsv) that state the act as future or committed. A bare "plan" or
// "prepare" is left out: "Morocco's autonomy plan was endorsed by Spain" reads "plan" as a cue, and no promise is made.
const FUTURE_CUES = new Set(['will', 'shall', 'be go to', 'reported would', 'be set to', 'be due to', 'plan to', 'intend to', 'pledge to', 'promise to', 'vow to', 'decide to', 'decision to',
  // a stated readiness is an offer (PLOVER AGREE: "offer ... or otherwise indicate willingness"): "ready to release hostages"
  'ready to', 'willing to']
  .map((cue) => `certainty:planned:${cue}`));
// "is expected to sign the pact next week": a signing on the schedule is planned as one set to happen (speech-acts.ts
// isScheduled), a promise to sign (PLOVER AGREE); other acts "expected" stay under their own type
const SCHEDULED_SIGNING = 'certainty:planned:expect to';
const isFuture = (e: Event) => e.rules.some((r) => FUTURE_CUES.has(r) || r === SCHEDULED_SIGNING && e.cameo === '057');
// A stated readiness rather than a schedule: "ready to negotiate", "willing to hold talks", "was prepared to meet"
// indicate willingness (PLOVER AGREE), where "will meet next week" announces a meeting. Its rows in
// planned-intent.tsv are keyed `ready:<prefix>` and are read before the plain ones.
const READINESS_CUES = new Set(['ready to', 'willing to', 'readiness to'].map((cue) => `certainty:planned:${cue}`));
const PREPARED_TO = /\b(?:is|are|was|were|be|been|am|remains?|remained|stands?|stood)\s+(?:\w+\s+)?prepared to\b/i;
const isReadiness = (e: Event) =>
  e.rules.some((r) => READINESS_CUES.has(r) || r === 'certainty:planned:prepare' && PREPARED_TO.test(e.evidence.sentence));

/**
 * A cooperative act announced for the future is a promise: "Japan will send $10 million in aid to Sudan" is
 * AGREE (intent to provide aid, CAMEO 033), "Russia said it would withdraw its troops" is CONCEDE (PLOVER manual,
 * AGREE and CONCEDE). The code comes from data/ontology/planned-intent.tsv by the act's CAMEO prefix; the
 * certainty stays planned. Other events pass unchanged.
 */
export function plannedAsIntent(e: Event, kb: Pick<Knowledge, 'ontology' | 'plannedIntent'>): Event {
  if (e.provenance.certainty !== 'planned' || !kb.plannedIntent) return e;
  const ready = isReadiness(e);
  if (!ready && !isFuture(e)) return e;
  for (let prefix = e.cameo; prefix.length >= 2; prefix = prefix.slice(0, -1)) {
    // (a readiness to act otherwise than to meet, "prepared to send tanks", keeps its own type unless also told as future)
    const planned = (ready ? kb.plannedIntent.get(`ready:${prefix}`) : undefined) ?? (isFuture(e) ? kb.plannedIntent.get(prefix) : undefined);
    if (planned === undefined) continue;
    const info = lookupCameo(kb.ontology, planned);
    if (!info) return e;
    return { ...e, type: info.type, cameo: info.code, goldstein: info.goldstein, quad_class: info.quadClass, rules: [...e.rules, `refiner:planned-intent:${ready && kb.plannedIntent.has(`ready:${prefix}`) ? 'ready:' : ''}${prefix}`] };
  }
  return e;
}
