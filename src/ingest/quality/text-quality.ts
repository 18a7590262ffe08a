import type { SkipReason } from '../sources/source-item.ts';
import { checkEnglish } from './english.ts';

// Whether a text is worth coding: English running prose of some length. Each refusal is a counted
// reason in the summary, never a silent drop. Cheapest tests first.
//   "Login · Subscribe · Home"                       → too short
//   "Le gouvernement a annoncé mardi ..."            → not English (fra)
//   "1. Arsenal 38 28 5 5 91-29 89\n2. Liverpool ..." → not prose
//   a page decoded with many U+FFFD                  → undecodable text

export const MIN_WORDS = 15;
/** More than this share of U+FFFD among the characters: the charset was wrong or mixed. */
export const MAX_REPLACED_SHARE = 0.01;
/** Running text ends a sentence every 15-30 words; menus and lists of links do not. */
export const MAX_WORDS_PER_SENTENCE = 80;
/** Letters among non-space characters: prose ≥ 0.75; tables of figures and code far less. */
export const MIN_LETTER_SHARE = 0.6;

export interface Refusal {
  readonly reason: SkipReason;
  readonly detail?: string;
}

export function judgeText(text: string, replaced = 0): Refusal | null {
  if (replaced > 0 && replaced > text.length * MAX_REPLACED_SHARE) {
    return { reason: 'undecodable text', detail: `${replaced} characters could not be decoded (mixed encodings?)` };
  }
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_WORDS) return { reason: 'too short', detail: `${words} words` };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const visible = text.replace(/\s+/g, '').length;
  if (letters < visible * MIN_LETTER_SHARE) return { reason: 'not prose', detail: 'mostly figures or symbols' };
  const language = checkEnglish(text);
  if (!language.english) {
    // English words but too few function words: headlines, lists, tables of names
    if (language.language === 'eng') return { reason: 'not prose', detail: 'English words without sentences' };
    return { reason: 'not English', detail: language.language ?? 'und' };
  }
  const sentences = text.match(/[.!?]["'”’)\]]*(?=\s|$)/g)?.length ?? 0;
  if (words >= 100 && words / Math.max(1, sentences) > MAX_WORDS_PER_SENTENCE) {
    return { reason: 'not prose', detail: 'no sentences (a menu or a list?)' };
  }
  return null;
}
