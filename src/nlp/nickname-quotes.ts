/**
 * "former President Jorge "Tuto" Quiroga", "Joaquin 'El Chapo' Guzman": a nickname quoted inside a person's name. Its
 * quote marks cut the name in two for the tagger and the parse (the actor read "President" alone, and a later bare
 * "Quiroga" was no one's surname); wink reads a copy with the marks as spaces, the same length as the text, so the
 * nickname is one more word of the name and offsets hold. Only one or two capitalised words between capitalised
 * words: a quoted phrase ("called it "a coup" on Monday") keeps its marks.
 */
const NICKNAME = /(?<=\b[A-Z][a-z]+ )(["“'‘])([A-Z][\w-]*(?: [A-Z][\w-]*)?)(["”'’])(?= [A-Z][a-z]+\b)/g;

export function blankNicknameQuotes(text: string): string {
  if (!/["“'‘]/.test(text)) return text;
  return text.replace(NICKNAME, (_whole, _open: string, nickname: string) => ` ${nickname} `);
}

/** A name's text without the blanked marks: "Jorge "Tuto" Quiroga" → "Jorge Tuto Quiroga" (for shape tests on the article's own text). */
export const withoutNicknameQuotes = (name: string) => blankNicknameQuotes(name).replace(/\s+/g, ' ').trim();
