// the state's own arms: "ISRGOV" and "ISRMIL" are one side, "SDNMIL" and "SDNREB" are not
const STATE_ROLES = new Set(['', 'GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** A role of the state itself (its government, forces, courts, legislature): not a group or sector within it. */
export const isStateRole = (role: string) => role !== '' && STATE_ROLES.has(role);
const stateSide = (code: string) => /^[A-Z]{3}/.test(code) && STATE_ROLES.has(code.slice(3, 6));

/** One actor, or one state's own arms (CAMEO codes of one country, neither a rebel nor an opposition code). */
export function sameSide(a: string, b: string | null): boolean {
  return a === b || (b !== null && a.slice(0, 3) === b.slice(0, 3) && stateSide(a) && stateSide(b));
}

// a title the text does not name or place ("the president", "a spokesman", "its leader"); a group described so ("the
// opposition said the government would arrest its leaders") is another side
// opening a sentence, a bare title is capitalised ("Officials said ...") and still unnamed
const UNNAMED_ROLE = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s|[a-z]|[A-Z][a-z]+$)/;
const TITLE = /(?:president|minister|premier|spokes(?:wo)?man|spokesperson|official|leader|commander|chief|head|general|governor|secretary|envoy|ambassador|officer|mayor)s?$/i;
// the speaker's own side named by a first-person pronoun in its quote
const FIRST_PERSON = /^(we|us|our|i)$/i;

/**
 * Whether a speaker tells of its own side's act: one code or one state's arms, "we" in its quote, or a title the text
 * does not place, which is most often the side's own spokesman ("Kenya will send police to Haiti, the president said").
 */
export function speaksForActor(source: { text: string; code: string | null }, actor: { text: string; code: string | null }): boolean {
  if (FIRST_PERSON.test(actor.text)) return true;
  // the acting title unplaced ("the White House said the president would ..."): the speaker's own head, as above
  if (actor.code === null && isUnplacedTitle(actor.text)) return true;
  return source.code === null ? isUnplacedTitle(source.text) : sameSide(source.code, actor.code);
}

/** A title or office the text does not name or place: "the president", "a spokesman", "Officials". */
export const isUnplacedTitle = (text: string) => UNNAMED_ROLE.test(text) && TITLE.test(text);
