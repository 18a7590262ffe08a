// wink-nlp cuts a word at letters outside its alphabet: "Şanlıurfa" comes as "Ş" "anl" "ı" "urfa", "Şişli" and "Łódź" in
// pieces, so no name reads whole. Pieces of letters with nothing between them are one word again; a capitalised one is a name.

const LETTERS = /^\p{L}+$/u;
const NON_ASCII = /[^\x00-\x7F]/;

/** The word at [start, ...) of `value` continues the token that ends at `prevEnd` ("Ş" + "anl"). */
export function continuesWord(prev: { text: string; end: number } | undefined, value: string, start: number): boolean {
  return prev !== undefined && prev.end === start && LETTERS.test(value) && LETTERS.test(prev.text) && (NON_ASCII.test(value) || NON_ASCII.test(prev.text));
}

/** The joined word's tag: a name when it opens with a capital, else the last piece's own tag unless wink read it as X. */
export function joinedTag(text: string, prevPos: string, pos: string): string {
  if (/^\p{Lu}/u.test(text)) return 'PROPN';
  return pos !== 'X' ? pos : prevPos !== 'X' ? prevPos : 'NOUN';
}
