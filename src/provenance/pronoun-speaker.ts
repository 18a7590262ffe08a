import type { ActorPhrase } from '../resolve/types.ts';
import type { ReportingFrame } from './frames.ts';

const SINGULAR = /^(?:he|she|it)$/i;
const PLURAL = /^they$/i;

/**
 * A speaker chain: "he said" right after a sentence in which one person spoke is that person speaking again;
 * "it said" an organisation, "they say" a plural speaker ("The state daily said ... It said one rebel was captured").
 *   "Lanan, a spokesperson for the rebels, confirmed the fighting. He said troops were moving closer."
 *   "Police chief Ali Musa told reporters gunmen fled. He also said two officers were wounded."
 *   "Amina Yusuf, the camp's director, said food ran out. She added that soldiers beat refugees."
 * The previous sentence's last named speaker of the same number (not a denial) replaces a pronoun speaker the
 * anaphora resolver left open or took to a bare title ("spokesperson"); a speaker the resolver named stays.
 * Frames of the previous sentence were chained already, so "he ... he ..." keeps the first name.
 */
export function withPronounSpeakers(frames: ReportingFrame[], before: readonly ReportingFrame[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ReportingFrame[] {
  const named = [...before].reverse().filter((f) => f.speaker && f.speaker.kind !== 'anaphor' && f.speaker.kind !== 'country' && f.certainty !== 'denied');
  const singular = named.find((f) => !f.speaker!.plural)?.speaker;
  const plural = named.find((f) => f.speaker!.plural)?.speaker;
  if (!singular && !plural) return frames;
  return frames.map((f) => {
    const s = f.speaker;
    if (!s || s.kind !== 'anaphor') return f;
    const previous = SINGULAR.test(s.text) ? singular : PLURAL.test(s.text) ? plural : undefined;
    const resolved = antecedents.get(s);
    // (a resolver that named the previous speaker itself agrees: the speaker is that mention, as for "he")
    return !previous || resolved && resolved.kind !== 'role' && !(resolved.start < previous.end && previous.start < resolved.end) ? f : { ...f, speaker: previous };
  });
}
