import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { ReportingFrame } from './frames.ts';
import { plainSpeaker } from './speaker-phrase.ts';

/**
 * "X said ..., while Y said ...", "X said ..., but Y said ...": two speakers set against each other in one sentence.
 * The second reporting verb speaks for the words after the contrast word (a known phrase, else the words as written:
 * "witnesses", "residents"), never for a phrase of the first report, and the first report ends at the comma.
 */
export const CONTRASTED_SPEAKER_RULE = 'provenance:contrasted-speaker';

const CONTRAST = new Set(['but', 'while', 'whereas', 'yet']);
// the words between the contrast and its reporting verb: a short noun phrase ("the Taliban", "local health officials")
const MAX_SPEAKER_WORDS = 6;
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'AUX', 'PART']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** The comma before ", but|while|whereas <speaker>" right before the reporting verb at `verb`; -1 when there is none. */
export function contrastComma(t: readonly Token[], verb: number, start: number): number {
  for (let k = verb - 1; k > start + 1 && verb - k <= MAX_SPEAKER_WORDS + 1; k--) {
    if (CONTRAST.has(t[k].lower) && t[k - 1].text === ',' && k < verb - 1) return k - 1;
    if (!SPEAKER_WORDS.has(t[k].pos) && !(t[k].pos === 'PART' || /^['’]s?$/.test(t[k].text))) return -1;
  }
  return -1;
}

/** The speaker between the contrast word (after `comma`) and the verb; null when no noun or known phrase ends there. */
export function contrastedSpeaker(ctx: SentenceContext, verb: number, comma: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let last = verb - 1;
  while (last > comma + 2 && (t[last].pos === 'ADV' || t[last].pos === 'AUX')) last--;
  const first = comma + 2;
  const known = ctx.phraseAt.get(last);
  if (known && known.start >= t[first].start) return known;
  return NOMINAL.has(t[last].pos) ? plainSpeaker(t, first, last + 1) : null;
}

/** The frames opened before the comma end there: the first report says nothing of the second. */
export function endFramesAt(frames: ReportingFrame[], comma: number): void {
  for (let k = 0; k < frames.length; k++) if (frames[k].from <= comma && comma < frames[k].to) frames[k] = { ...frames[k], to: comma };
}
