/** A row of data/lexicon/page-furniture.tsv: how a line that is no part of the story shows itself. */
export interface FurnitureRow {
  readonly kind: 'label' | 'start' | 'end' | 'credit';
  readonly phrase: string;
}

// one test per table, built once: the table never changes after the knowledge base is loaded
const tests = new WeakMap<readonly FurnitureRow[], RegExp>();

/**
 * The text with every line of page furniture (links to other stories, photo captions and credits, reporting
 * credits, copyright notices) turned to spaces. Lengths and line breaks stay, so every offset into the result is
 * an offset into the text as given; what the lines name (other stories' actors, acts and dates) reaches no stage.
 */
export function blankPageFurniture(text: string, rows: readonly FurnitureRow[] | undefined): string {
  if (!rows || rows.length === 0) return text;
  const test = furnitureTest(rows);
  return text.replace(/[^\n]+/g, (line) => (test.test(line.trim()) ? ' '.repeat(line.length) : line));
}

function furnitureTest(rows: readonly FurnitureRow[]): RegExp {
  let test = tests.get(rows);
  if (test === undefined) tests.set(rows, (test = new RegExp(rows.map(pattern).join('|'), 'iu')));
  return test;
}

function pattern({ kind, phrase }: FurnitureRow): string {
  const words = phrase.split(/\s+/).map(escape).join('\\s+');
  // a phrase ending in a letter must end a word there ("file photo" is not "file photos")
  const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  switch (kind) {
    case 'label': return `^[^\\p{L}\\p{N}(]{0,3}${words}\\s*(?:[:|\\-–—]|$)`;
    case 'start': return `^\\(?${words}${end}`;
    case 'end': return `(?<![\\p{L}\\p{N}])${words}[\\s.)]*$`;
    case 'credit': return `\\([^()]*(?<![\\p{L}\\p{N}])${words}${end}[^()]*\\)[\\s.]*$`;
  }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
