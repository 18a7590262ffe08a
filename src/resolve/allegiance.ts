// "hackers linked to Iran", "militias loyal to Tehran": after a word of allegiance (data/lexicon/allegiance-words.tsv) a
// place's name says whom they side with, not where anything happened.

const PATTERNS = new WeakMap<ReadonlySet<string>, RegExp>();

/** The text before `start` ends with a phrase of allegiance ("loyal to", "linked to the"). */
export function afterAllegiance(text: string, start: number, phrases: ReadonlySet<string> | undefined): boolean {
  if (!phrases || phrases.size === 0) return false;
  let re = PATTERNS.get(phrases);
  if (!re) PATTERNS.set(phrases, (re = new RegExp(`\\b(?:${[...phrases].map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i')));
  return re.test(text.slice(Math.max(0, start - 40), start));
}
