import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { tokenAt } from './token-map.ts';

// "launched an operation along the contact line", "shelled villages on the front line", "fired across the Line of
// Control": the line two warring sides hold (data/lexicon/front-lines.tsv) runs through the region the story named
// before it ("fighting around the Nagorno-Karabakh region ... along the contact line"): the act was on the line, in that
// region's country, at that region's point; a region named with it in the sentence ("along the front line in Donetsk
// region") is finer and wins (core/attach.ts lineOf). Where the story named no region before, the line is left alone.
// Rule: place:front-line.
export const FRONT_LINE = 'place:front-line';

const PREPS = 'along|on|near|at|across|to|from|behind|beyond|over|toward|towards|off';
const PATTERNS = new WeakMap<ReadonlySet<string>, RegExp>();

function pattern(lines: ReadonlySet<string>): RegExp {
  let re = PATTERNS.get(lines);
  if (!re) {
    const phrases = [...lines].sort((a, b) => b.length - a.length).map((l) => l.replace(/[-\s]+/g, '[-\\s]+'));
    // "along the contact line", "on the eastern front line", "along the \"contact line,\"", "across the Line of Control"
    re = new RegExp(String.raw`\b(${PREPS})\s+(the\s+(?:[\w'’-]+\s+){0,2}?["“]?(${phrases.join('|') || '(?!)'})\b["”]?)`, 'gi');
    PATTERNS.set(lines, re);
  }
  return re;
}

/** Mentions for the front lines the text names, each in the region the story named last before it. */
export function frontLines(doc: AnalyzedText, places: readonly PlaceMention[], lines: ReadonlySet<string> | undefined): PlaceMention[] {
  if (!lines || lines.size === 0) return [];
  const out: PlaceMention[] = [];
  for (const m of doc.text.matchAll(pattern(lines))) {
    const start = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    // "on the front line of the fight against the virus", "the front-line troops": a modifier of another noun, or a figure
    const next = doc.tokens[tokenAt(doc, end)];
    if (next && next.start >= end && (next.lower === 'of' || next.pos === 'NOUN' && next.start - end <= 1)) continue;
    const region = [...places].reverse().find((p) => p.end <= start && p.place.precision === 'region' && !LINEAR.test(p.place.id));
    if (!region) continue;
    const name = m[3].toLowerCase().replace(/\s+/g, ' ');
    out.push({
      start, end, text: doc.text.slice(start, end),
      place: { id: `front:${region.place.id}`, name, precision: 'region', country: region.place.country, lat: region.place.lat, lon: region.place.lon },
      locative: true, prep: m[1].toLowerCase(), rule: FRONT_LINE,
    });
  }
  return out;
}

/** Where the text names a front line ("the Line of Control"), region or none: [start, end) of each phrase. */
export function frontLineSpans(doc: AnalyzedText, lines: ReadonlySet<string> | undefined): Array<readonly [number, number]> {
  if (!lines || lines.size === 0) return [];
  return [...doc.text.matchAll(pattern(lines))].map((m) => [m.index + m[0].length - m[2].length, m.index + m[0].length] as const);
}

// a border, a river, a route or a line: no region a front runs through
const LINEAR = /^(?:border|river|front|listed):/;
