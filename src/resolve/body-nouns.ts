// "The commission urged the government", "the parliamentary panel accused the army": a body named by its kind is a
// group description (resolve/anaphor-phrases.ts); it takes up only a name with its own head word ("the Human Rights
// Commission ... the commission", resolve/anaphora.ts), else it keeps its words and no code, and acts as a group does
export const BODY_NOUNS: ReadonlySet<string> = new Set(['commission', 'panel', 'committee', 'council']);

/** Tokens i ("the") .. j: a body noun in lower case with no capitalised word before it ("the Security Council" is a name),
 *  heading its phrase ("the council building" is a building), and no part of a member's ("two members of the council"). */
export const isBodyDescription = (tokens: readonly { readonly text: string; readonly lower: string; readonly pos?: string }[], i: number, j: number) =>
  BODY_NOUNS.has(tokens[j].lower) && tokens.slice(i + 1, j + 1).every((t) => !/^[A-Z]/.test(t.text)) && !['NOUN', 'PROPN'].includes(tokens[j + 1]?.pos ?? '')
  && !['of', 'from'].includes(tokens[i - 1]?.lower ?? '');

// the nouns of group descriptions that take up a group named before ("the group", "the militant group", "the rebels")
const GROUP_NOUNS = new Set(['group', 'militia', 'organization', 'organisation', 'movement', 'faction', 'rebels', 'insurgents', 'militants', 'alliance', 'coalition', 'bloc']);

/** Tokens i ("the") .. j end a group description: a group noun, or a body named by its kind. */
export const endsGroupDescription = (tokens: readonly { readonly text: string; readonly lower: string; readonly pos?: string }[], i: number, j: number) =>
  GROUP_NOUNS.has(tokens[j].lower) || isBodyDescription(tokens, i, j);
