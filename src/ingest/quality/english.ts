import { francAll } from 'franc-min';

// Is this English? The coder's patterns and gazetteers are English, so anything else would only
// produce noise. The cheap test: the share of the first SAMPLE_WORDS words that are English function
// words ("the", "of", "said", ...): 0.35-0.5 in English news, under 0.1 in French, Spanish or
// German, 0 in other scripts. franc-min (trigram profiles, 82 languages) is ~30x slower, so it only
// names the language of texts the cheap test rejects: "not English (fra)". Measured on 3,000 bench
// articles (~3 kB): function-word ratio 0.05 ms per text, franc 1.5 ms; English articles scored
// 0.29-0.45, French ones at most 0.04.

export const MIN_ENGLISH_RATIO = 0.2;
/** franc's scores are relative to the best (1); on a menu the first ten languages all score > 0.99. */
const FRANC_CLOSE = 0.99;
const SAMPLE_WORDS = 400;

const FUNCTION_WORDS = new Set((
  'a about after against all also an and any are as at be been before being between both but by can could did do does ' +
  'during each for from had has have he her him his how i if in into is it its more most no not of on one only or other ' +
  'our out over said says she should since so some such than that the their them then there these they this those ' +
  'through to under until up us was we were what when where which while who will with would you your'
).split(' '));

const WORD = /\p{L}+/gu;

export interface LanguageVerdict {
  readonly english: boolean;
  readonly ratio: number;
  /** ISO 639-3 code from franc ("fra", "deu"), only when not English; "und" if undetermined; "eng"
   *  for English words without English sentences (a menu, a table). */
  readonly language: string | null;
}

export function checkEnglish(text: string): LanguageVerdict {
  const ratio = functionWordRatio(text);
  if (ratio >= MIN_ENGLISH_RATIO) return { english: true, ratio, language: null };
  const ranked = francAll(text.slice(0, 3000), { minLength: 20 });
  // franc cannot tell languages apart on lists of names and words (a menu scores fra 1, spa 0.999,
  // eng 0.999): when English is among the first three and about as likely as the best, these are
  // English words without sentences
  const english = ranked.slice(0, 3).find(([code]) => code === 'eng');
  if (english !== undefined && english[1] >= FRANC_CLOSE) return { english: false, ratio, language: 'eng' };
  return { english: false, ratio, language: ranked[0]?.[0] ?? 'und' };
}

export function functionWordRatio(text: string): number {
  let words = 0;
  let hits = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (FUNCTION_WORDS.has(match[0].toLowerCase())) hits++;
    if (words >= SAMPLE_WORDS) break;
  }
  return words === 0 ? 0 : hits / words;
}
