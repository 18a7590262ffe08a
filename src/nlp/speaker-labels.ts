/**
 * Transcripts (press briefings, interviews) open each turn with its speaker's label: "MR MILLER: We call on all
 * parties ...", "QUESTION: Will you ...", "Zelenskyy: We need air defense." The label is no word of the sentence
 * (the tagger read "MILLER" as its subject), and "we" in the turn is the labelled speaker. A line counts as a turn
 * only in a text that reads as a transcript: three labelled lines or more, one label said twice or more — so a
 * dateline with a colon ("NEW DELHI: ...") or a list of reactions, one country a line, is no transcript.
 */
export interface SpeakerTurn {
  /** The label's name, without its colon: "MR MILLER", "Mao Ning". */
  readonly name: string;
  readonly nameStart: number;
  /** Where the turn's words begin (after the colon and its spaces) and end (the next label, or the text's end). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** A journalist's or an interviewer's turn ("QUESTION:", "Q:"): it speaks for nobody the story is about. */
  readonly questioner: boolean;
  /** "A:" answers for someone the label does not name. */
  readonly anonymous: boolean;
}

const CAPS_WORD = "[A-Z][A-Z'’.\\-]*";
const TITLE_WORD = "[A-Z][a-z'’\\-]+";
const LABEL = `(?:${CAPS_WORD}(?: ${CAPS_WORD}){0,3}|(?:(?:Mr|Ms|Mrs|Dr)\\.? )?${TITLE_WORD}(?: ${TITLE_WORD}){0,2}|Q|A)`;
const LABEL_LINE = new RegExp(`(^|\\n)[ \\t\\u00a0]*(${LABEL}):[ \\t\\u00a0]+(?=\\S)`, 'gu');
const QUESTIONERS = new Set(['Q', 'QUESTION', 'REPORTER', 'JOURNALIST', 'INTERVIEWER', 'AUDIENCE MEMBER', 'PARTICIPANT']);
// a line's lead-in that is page furniture or a dateline, however often it comes back
const NOT_SPEAKERS = new Set(['UPDATE', 'BREAKING', 'WATCH', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'READ', 'READ MORE', 'RELATED', 'VIDEO', 'PHOTO', 'PHOTOS', 'LISTEN', 'SOURCE', 'SOURCES', 'ALSO', 'MORE', 'SEE ALSO', 'KEY POINTS', 'SUMMARY', 'WHY IT MATTERS', 'WHAT NEXT', 'BACKGROUND', 'CONTEXT', 'LIVE', 'TIMELINE']);
const MIN_TURNS = 3;
const MAX_LABEL_LENGTH = 40;

export function findSpeakerTurns(text: string): SpeakerTurn[] {
  if (!text.includes(':')) return [];
  const found: { name: string; nameStart: number; bodyStart: number; lineStart: number }[] = [];
  for (const m of text.matchAll(LABEL_LINE)) {
    const name = m[2];
    if (name.length > MAX_LABEL_LENGTH || NOT_SPEAKERS.has(name.toUpperCase())) continue;
    const lineStart = m.index + m[1].length;
    found.push({ name, nameStart: text.indexOf(name, lineStart), bodyStart: m.index + m[0].length, lineStart });
  }
  if (found.length < MIN_TURNS) return [];
  const counts = new Map<string, number>();
  for (const f of found) counts.set(labelKey(f.name), (counts.get(labelKey(f.name)) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 2)) return [];
  return found.map((f, k) => {
    const key = labelKey(f.name);
    return { name: f.name, nameStart: f.nameStart, bodyStart: f.bodyStart, bodyEnd: trimmedEnd(text, k + 1 < found.length ? found[k + 1].lineStart : text.length), questioner: QUESTIONERS.has(key), anonymous: key === 'A' };
  });
}

/** The text with each label and its colon as spaces: offsets hold, and the turn reads as the sentence it is. */
export function blankSpeakerLabels(text: string, turns: readonly SpeakerTurn[]): string {
  if (turns.length === 0) return text;
  let out = '', at = 0;
  for (const t of turns) {
    out += text.slice(at, t.nameStart) + ' '.repeat(t.bodyStart - t.nameStart);
    at = t.bodyStart;
  }
  return out + text.slice(at);
}

/** "MR. MILLER" and "Mr Miller" are one label. */
const labelKey = (name: string) => name.toUpperCase().replace(/\./g, '').replace(/\s+/g, ' ');

function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
