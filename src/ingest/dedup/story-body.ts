// The part of an article that near-duplicate detection compares: without a headline line at the top
// and a credit or copyright line at the bottom, the two places where republished copies differ.
//   "UPDATE 2-Gaza truce extended, Qatar says\n\nDOHA, Nov 27 - ...\n\n(Reporting by ...; Editing by ...)"
// → "DOHA, Nov 27 - ..."
// On a 300-word story a new headline and footer change a fifth of the word 3-shingles, enough to put
// the copy past the threshold; without them the copies are identical. The article itself is stored
// whole: this only chooses what the fingerprint is taken of.

/** A first paragraph this short with no sentence end is a headline. */
const HEADLINE_MAX_WORDS = 25;
/** A last paragraph this short is a credit line, a copyright notice, a "Read more" or a sign-off. */
const FOOTER_MAX_WORDS = 40;
/** What must be left for the stripping to happen; shorter texts are compared whole. */
const MIN_BODY_WORDS = 50;

export function storyBody(text: string): string {
  const paragraphs = text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length < 3) return text;
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const start = words(first) <= HEADLINE_MAX_WORDS && !/[.!?]["'”’)]*$/.test(first) ? 1 : 0;
  const end = words(last) <= FOOTER_MAX_WORDS ? paragraphs.length - 1 : paragraphs.length;
  const body = paragraphs.slice(start, end);
  return body.reduce((n, p) => n + words(p), 0) >= MIN_BODY_WORDS ? body.join('\n\n') : text;
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
