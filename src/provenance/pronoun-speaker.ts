import type { ActorPhrase } from '../resolve/types.ts';
import type { ReportingFrame } from './frames.ts';

const PERSONAL = /^(?:he|she)$/i;

/**
 * A speaker chain: "he said" right after a sentence in which one person spoke is that person speaking again.
 *   "Lanan, a spokesperson for the rebels, confirmed the fighting. He said troops were moving closer."
 *   "Police chief Ali Musa told reporters gunmen fled. He also said two officers were wounded."
 *   "Amina Yusuf, the camp's director, said food ran out. She added that soldiers beat refugees."
 * The previous sentence's last named speaker (one person, not a denial) replaces a "he"/"she" speaker the
 * anaphora resolver left open or took to a bare title ("spokesperson"); a speaker the resolver named stays.
 * Frames of the previous sentence were chained already, so "he ... he ..." keeps the first name.
 */
export function withPronounSpeakers(frames: ReportingFrame[], before: readonly ReportingFrame[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ReportingFrame[] {
  const previous = [...before].reverse().find((f) => f.speaker && f.speaker.kind !== 'anaphor' && f.speaker.kind !== 'country' && !f.speaker.plural && f.certainty !== 'denied')?.speaker;
  if (!previous) return frames;
  return frames.map((f) => {
    const s = f.speaker;
    if (!s || s.kind !== 'anaphor' || !PERSONAL.test(s.text)) return f;
    const resolved = antecedents.get(s);
    return resolved && resolved.kind !== 'role' ? f : { ...f, speaker: previous };
  });
}
