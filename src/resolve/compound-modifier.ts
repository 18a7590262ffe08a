// "in Moscow-annexed Crimea", "Kremlin-backed officials", "attacked Moscow-backed separatists", "a Gaza-bound aid ship",
// "a London-based monitor": a name joined by a hyphen to a lower-case word makes an adjective with it, which says who holds,
// backs or bases the thing it describes, or where it is going: the name is no place of the act (nor its target).
// ("Rostov-on-Don", "Port-au-Prince": a lower-case word inside a name goes on with another hyphen, and stays the name's.)
const JOINED_LOWER_WORD = /^-[a-z]+(?![\w-])/;

/** The name ending at `end` is the first part of a hyphenated adjective ("Moscow" of "Moscow-annexed"). */
export function opensCompoundModifier(text: string, end: number): boolean {
  return text.charCodeAt(end) === HYPHEN && JOINED_LOWER_WORD.test(text.slice(end, end + 24));
}

const HYPHEN = 45;
