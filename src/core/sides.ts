// the state's own arms: "ISRGOV" and "ISRMIL" are one side, "SDNMIL" and "SDNREB" are not
const STATE_ROLES = new Set(['', 'GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const stateSide = (code: string) => /^[A-Z]{3}/.test(code) && STATE_ROLES.has(code.slice(3, 6));

/** One actor, or one state's own arms (CAMEO codes of one country, neither a rebel nor an opposition code). */
export function sameSide(a: string, b: string | null): boolean {
  return a === b || (b !== null && a.slice(0, 3) === b.slice(0, 3) && stateSide(a) && stateSide(b));
}

// a title the text does not name or place ("the president", "a spokesman", "its leader"); a group described so ("the
// opposition said the government would arrest its leaders") is another side
const UNNAMED_ROLE = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s|[a-z])/;
const TITLE = /(?:president|minister|premier|spokes(?:wo)?man|spokesperson|official|leader|commander|chief|head|general|governor|secretary|envoy|ambassador|officer|mayor)s?$/i;
// the speaker's own side named by a first-person pronoun in its quote
const FIRST_PERSON = /^(we|us|our|i)$/i;

/**
 * Whether a speaker tells of its own side's act: one code or one state's arms, "we" in its quote, or a title the text
 * does not place, which is most often the side's own spokesman ("Kenya will send police to Haiti, the president said").
 */
export function speaksForActor(source: { text: string; code: string | null }, actor: { text: string; code: string | null }): boolean {
  if (FIRST_PERSON.test(actor.text)) return true;
  return source.code === null ? UNNAMED_ROLE.test(source.text) && TITLE.test(source.text) : sameSide(source.code, actor.code);
}
