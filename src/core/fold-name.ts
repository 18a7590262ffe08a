// A name folded for comparing mentions: no accents, case, punctuation or leading article.
const foldOnce = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^(the|a|an) /, '').trim();
// Every pair of an article's events folds the same few names again (four regex passes each): each is folded once.
const folded = new Map<string, string>();
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 20_000) folded.clear();
    folded.set(s, (f = foldOnce(s)));
  }
  return f;
}
