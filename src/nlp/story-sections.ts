import { datelineSpan } from '../resolve/dateline.ts';

/** One story of a roundup: [start, end) of the text, and what opened it. */
export interface StorySection {
  readonly start: number;
  readonly end: number;
  readonly opener: 'preamble' | 'dateline' | 'label';
}

// "* Peru: Protesters blocked ...", "Nepal — The government lifted ...": a list item or paragraph headed by a place's
// name, then a colon or a dash and the item's first sentence
const LABEL = /^[ \t]*(?:[*•·▪‣–-][ \t]+)?(\p{Lu}[\p{L}.'’]*(?:[ \t]+(?:of|and|the|\p{Lu}[\p{L}.'’]*)){0,3})[ \t]*(?::|[ \t][—–-])[ \t]+(?=["“]?\p{Lu})/u;

/**
 * "World briefs\n\nLIMA, Peru — ...\n\nKATHMANDU, Nepal — ...", "The week in brief\n* Peru: ...\n* Mali: ...": a roundup
 * tells several stories, each under a dateline or a place's label of its own, one after another in one text. Each is a
 * story of its own: its country, its people, its dates are not the stories' before it ("The prime minister resigned"
 * under "KATHMANDU, Nepal" is Nepal's). A roundup has two lines or more that open so, with two places at least; the
 * text before the first (a title, a line of introduction) is a section of its own. Any other text is one story: [].
 * `places` says whether a label names a country (not a speaker of a transcript, "Mao Ning: We urge") and whether a
 * dateline's words name a city (not "UPDATE —").
 */
export function storySections(text: string, places: { readonly country: (label: string) => boolean; readonly city: (name: string) => boolean }): StorySection[] {
  const opens: Array<{ at: number; opener: 'dateline' | 'label'; place: string }> = [];
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    const dateline = datelineSpan(line);
    const label = dateline ? null : LABEL.exec(line);
    const city = dateline ? line.slice(dateline.start, dateline.end).split(/[,(—–/-]/)[0].trim() : '';
    if (dateline && places.city(city)) opens.push({ at, opener: 'dateline', place: city });
    else if (label && places.country(label[1])) opens.push({ at, opener: 'label', place: label[1] });
    at = end + 1;
  }
  if (opens.length < 2 || new Set(opens.map((o) => o.place.toLowerCase())).size < 2) return [];
  const sections: StorySection[] = [];
  if (text.slice(0, opens[0].at).trim() !== '') sections.push({ start: 0, end: opens[0].at, opener: 'preamble' });
  for (const [k, o] of opens.entries()) sections.push({ start: o.at, end: opens[k + 1]?.at ?? text.length, opener: o.opener });
  return sections;
}

/** "Peru: Protesters ...", "* Nepal — The government ...": the name at [start, end) is the label heading the text or
 *  one of its paragraphs. */
export function labelsText(text: string, start: number, end: number): boolean {
  return /(?:^|\n[ \t]*\r?\n)[ \t]*(?:[*•·▪‣–-][ \t]+)?$/.test(text.slice(Math.max(0, start - 20), start)) && /^[ \t]*(?::|[ \t][—–-])[ \t]+/.test(text.slice(end, end + 8));
}
