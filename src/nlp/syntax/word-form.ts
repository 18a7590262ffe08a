// The treebank (EWT) and the pipeline's tokeniser (wink-nlp) spell some tokens differently; features see
// one normalised form so both look alike. Typographic quotes become ASCII ("“Hamas”" → '"Hamas"'),
// dashes of any length one "--", curly apostrophes straight ("don’t" → "do" "n't" in both), and digits
// 0 so "1,200" and "3,500" share a feature.

const DOUBLE_QUOTE = /^(?:[“”„«»"]|''|``|‘‘|’’|‘’)$/;
const DASH = /^(?:[—–―]|-{2,})$/;

export function normalizeForm(word: string): string {
  if (DOUBLE_QUOTE.test(word)) return '"';
  if (DASH.test(word)) return '--';
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
  if (/\d/.test(w)) w = w.replace(/\d/g, '0');
  return w;
}

/** "Hezbollah" → "Xx", "U.S." → "X.X.", "2020" → "d", "e-mail" → "x-x": letter classes, runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 8; i++) {
    const ch = word[i];
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}
