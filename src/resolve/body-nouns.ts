// "The commission urged the government", "the parliamentary panel accused the army": a body named by its kind is a
// group description (resolve/anaphor-phrases.ts); it takes up only a name with its own head word ("the Human Rights
// Commission ... the commission", resolve/anaphora.ts), else it keeps its words and no code, and acts as a group does
export const BODY_NOUNS: ReadonlySet<string> = new Set(['commission', 'panel', 'committee', 'council']);
