/** A row of data/lexicon/page-furniture.tsv: how a line that is no part of the story shows itself. */
export interface FurnitureRow {
  readonly kind: FurnitureKind;
  readonly phrase: string;
}

export const FURNITURE_KINDS = ['label', 'start', 'end', 'credit', 'alone', 'stamp', 'byline', 'heading', 'summary', 'tail', 'kicker'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

interface FurnitureTests {
  /** A line that is furniture on its own. */
  readonly line: { test(line: string): boolean };
  /** A line that heads a list of links to other stories ("Most Read", "Related stories"). */
  readonly heading: RegExp | null;
  /** A line that heads the story's summary in points ("Key points", "Story highlights", Reuters' "Summary"). */
  readonly summary: RegExp | null;
  /** The kicker a headline or a line opens with ("Analysis: ", "UPDATE 2-"): blanked alone, the line is the story's. */
  readonly kicker: RegExp | null;
}

// built once per table: the table never changes after the knowledge base is loaded
const built = new WeakMap<readonly FurnitureRow[], FurnitureTests>();

/**
 * The text with every line of page furniture (links to other stories, photo captions and credits, bylines and
 * time stamps, reporting credits, copyright notices) turned to spaces. Lengths and line breaks stay, so every
 * offset into the result is an offset into the text as given; what the lines name (other stories' actors, acts
 * and dates) reaches no stage.
 */
export function blankPageFurniture(text: string, rows: readonly FurnitureRow[] | undefined): string {
  if (!rows || rows.length === 0) return text;
  const tests = furnitureTests(rows);
  // under a heading of links, the headlines that follow (lines with no full stop) are links too; under a summary's
  // heading, its points (lines opening with a bullet, or with no full stop) retell the story told after them, as a
  // headline does, and are not coded as events of their own (with no story after them, they are the story)
  let under: 'links' | 'summary' | null = null;
  return text.replace(/[^\n]+/g, (line, at: number) => {
    const trimmed = line.trim();
    if (trimmed === '') return line;
    if (tests.heading?.test(trimmed) || tests.summary?.test(trimmed)) {
      under = !tests.summary?.test(trimmed) ? 'links' : storyFollows(text, at + line.length) ? 'summary' : null;
      return ' '.repeat(line.length);
    }
    if (under === 'links' && SENTENCE_END.test(trimmed)) under = null;
    if (under === 'summary' && SENTENCE_END.test(trimmed) && !LIST_ITEM.test(trimmed)) under = null;
    if (under !== null || tests.line.test(trimmed)) return ' '.repeat(line.length);
    const kicker = tests.kicker?.exec(line);
    return kicker && kicker[0].length < line.length ? ' '.repeat(kicker[0].length) + line.slice(kicker[0].length) : line;
  });
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/u;

/** A line of running text (one that is no point of a list) comes after the lines from `from`. */
function storyFollows(text: string, from: number): boolean {
  for (const line of text.slice(from).split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '' && SENTENCE_END.test(trimmed) && !LIST_ITEM.test(trimmed)) return true;
  }
  return false;
}
// a point of a list: a bullet, a dash or a star, or a number with a stop or bracket (as nlp/analyze.ts reads them)
const LIST_ITEM = /^(?:[•·▪■●◦‣*–—-]|\d{1,2}[.)])\s/u;

function furnitureTests(rows: readonly FurnitureRow[]): FurnitureTests {
  let tests = built.get(rows);
  if (tests === undefined) built.set(rows, (tests = { line: lineTest(rows), heading: oneTest(rows.filter((r) => r.kind === 'heading'), 'iu'), summary: oneTest(rows.filter((r) => r.kind === 'summary'), 'iu'), kicker: oneTest(rows.filter((r) => r.kind === 'kicker'), 'u') }));
  return tests;
}

// Bylines and time stamps are told by their capitals ("By JANE DOE and Ali Khan, Reuters" against "By Monday,
// troops had ...", "Updated 10:14 AM GMT" against "Updated figures show ..."), so their test keeps the case.
function lineTest(rows: readonly FurnitureRow[]): { test(line: string): boolean } {
  const cased = (r: FurnitureRow) => r.kind === 'byline' || r.kind === 'stamp';
  const others = oneTest(rows.filter((r) => r.kind !== 'heading' && r.kind !== 'summary' && r.kind !== 'kicker' && !cased(r)), 'iu');
  const withCase = oneTest(rows.filter(cased), 'u');
  // bylines and stamps are short: a long line of capitalised words is never tried (nor backtracked over)
  return { test: (line: string) => others?.test(line) === true || (line.length <= MAX_CASED_LINE && withCase?.test(line) === true) };
}

const MAX_CASED_LINE = 120;
// the most characters of names after an unbracketed credit's phrase ("Photograph: Jane Doe/Reuters")
const MAX_TAIL_CREDIT = 60;

// The rows of one kind (and one word end) share one alternative, their phrases an alternation inside it: the same
// lines match (a test asks only whether some alternative does), but each letter class (\p{L}, case-folded under
// 'i') is compiled once per kind instead of once per row: one row per alternative took ~185 ms of CPU to compile
// the tests (bytecode, then native code) in every process or thread that codes, ~5 times what running them costs.
function oneTest(rows: readonly FurnitureRow[], flags: string): RegExp | null {
  if (rows.length === 0) return null;
  const groups = new Map<string, FurnitureRow[]>();
  for (const row of rows) {
    const key = `${row.kind} ${WORD_END.test(row.phrase)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return new RegExp([...groups.values()].map((group) => pattern(group[0].kind, group.map((r) => r.phrase))).join('|'), flags);
}

const WORD_END = /[\p{L}\p{N}]$/u;

// A name in a byline: capitalised words, an initial, "bin", "de", "al-"; a title-cased outlet ends it.
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|bin|al|el|la|le))*";
// a stamp's words: figures, capitalised words (months, days, zones), "a.m.", "at": "10:14 AM GMT+1, June 10, 2025",
// with a clock time or a month and day somewhere in it
const STAMP_WORD = "(?:[\\d:.,+/()|·–-]+|\\p{Lu}[\\p{L}.,]*|[ap]\\.?m\\.?,?|at|on)";
const STAMP = `(?=.*(?:\\d{1,2}[:.]\\d{2}|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d))${STAMP_WORD}(?:\\s+${STAMP_WORD}){0,12}`;

/** The test of a kind's rows, `phrases` all ending in a letter or figure, or none of them. */
function pattern(kind: FurnitureKind, phrases: readonly string[]): string {
  const words = `(?:${phrases.map((phrase) => phrase.split(/\s+/).map(escape).join('\\s+')).join('|')})`;
  // a phrase ending in a letter must end a word there ("file photo" is not "file photos")
  const end = WORD_END.test(phrases[0]) ? '(?![\\p{L}\\p{N}])' : '';
  const cased = `(?:${phrases.map(anyCase).join('|')})`;
  switch (kind) {
    case 'label': return `^[^\\p{L}\\p{N}(]{0,3}${words}\\s*(?:[:|\\-–—]|$)`;
    case 'start': return `^\\(?${words}${end}`;
    case 'end': return `(?<![\\p{L}\\p{N}])${words}[\\s.)]*$`;
    case 'credit': return `\\([^()]*(?<![\\p{L}\\p{N}])${words}${end}[^()]*\\)[\\s.]*$`;
    case 'alone': return `^[^\\p{L}\\p{N}]{0,3}${words}[\\s.:|»›>-]*$`;
    case 'stamp': return `^${cased}\\s*:?\\s+${STAMP}\\s*$`;
    case 'byline': return `^${cased}\\s+${NAME}(?:\\s*(?:,|&|\\band\\b|\\||·|[-–—])\\s*(?:the\\s+|The\\s+)?${NAME})*\\s*$`;
    case 'summary':
    case 'heading': return `^[^\\p{L}\\p{N}]{0,3}${words}(?:\\s+[\\p{L}&'’.-]+){0,3}[\\s:|»›>]*$`;
    // a caption's credit after its last sentence, unbracketed: "... in Ankara. Photo: Anadolu", "... 2025. REUTERS/Jane Doe"
    // (a wire kicker in capitals takes a bare hyphen, "UPDATE 2-Israel strikes ...", "FACTBOX-Who are ..."; in any case
    // a colon, a bar or a spaced dash: "Analysis: ...", "Explainer - ..."; never "Live-fire drills")
    case 'kicker': return `^[^\\p{L}\\p{N}(]{0,3}(?:${cased}(?:\\s+\\d{1,2})?\\s*(?:[:|]|\\s[-–—]\\s)|(?:${phrases.map((p) => p.toUpperCase().split(/\\s+/).map(escape).join('\\s+')).join('|')})(?:\\s+\\d{1,2})?\\s*[-–—])\\s*`;
    case 'tail': return `[.!?]["'”’)\\]]*\\s+${words}\\s*[^!?]{0,${MAX_TAIL_CREDIT}}$`;
  }
}

// a cased phrase as written in lower case, capitalised or in capitals: "by", "By", "BY"
function anyCase(phrase: string): string {
  const words = (forms: string) => forms.split(/\s+/).map(escape).join('\\s+');
  return `(?:${words(phrase)}|${words(phrase.charAt(0).toUpperCase() + phrase.slice(1))}|${words(phrase.toUpperCase())})`;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
