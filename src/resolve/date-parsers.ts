import * as chrono from 'chrono-node';

/**
 * chrono-node's casual English reading of a text, leaving out the parsers that cannot match it. chrono runs
 * eighteen parsers' patterns over every text it is given; nine of them need a digit or a month name, which most
 * news sentences lack ("Police fired tear gas at the crowd on Sunday."). One scan for each anchor costs less
 * than the parsers it spares; a parser whose anchor is missing finds nothing, so leaving it out changes nothing
 * chrono returns (the other parsers' results, in the same order, through all of chrono's refiners). The word
 * anchors (weekdays, "ago", "night", "month") are looked for in the lower-cased text without the `i` flag: chrono's
 * `i` patterns match an ASCII letter only by an ASCII letter, which lower-casing keeps. The time-unit parsers
 * ("for two days", "last year") are looked for only in a text with no other anchor (see TIME_UNIT_ANCHOR), so a
 * sentence with no date word skips chrono. The anchors are looser than chrono's patterns (a false "maybe" only
 * costs the parse); they must never be stricter: test/resolve/date-parsers.test.ts holds this against plain
 * chrono on every sentence of the dev set and the seed, and on strings only chrono's quirks read.
 * Written against chrono-node 2.10 (its locales/en constants and parsers); a parser not named here always runs.
 */

// chrono's month dictionary (MONTH_DICTIONARY) and the ordinal words that may follow a month with no space
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const ORDINAL_START = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirt|fourt|fift|sixt|sevent|eight|ninet|twent';

/** Each anchor and the chrono parsers (by class name) that cannot match without it; `lower`: looked for in the lower-cased text. */
const GROUPS: ReadonlyArray<{ anchor: RegExp; parsers: readonly string[]; lower?: true }> = [
  // ISO and slash dates, clock times, "2019 March", "2024-05-03"
  { anchor: /[0-9]/, parsers: ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser', 'ENYearMonthNameParser'] },
  // "March", "in May 2019", "Sept. 5", "5th of June", "May first": a month name ends before a non-word, "of", a digit or an ordinal
  { anchor: new RegExp(`(?:${MONTH})(?=\\W|$|of|[0-9]|${ORDINAL_START})`, 'i'), parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser'] },
  // "on Sunday", "Thurs.", "this weekend": every name in chrono's WEEKDAY_DICTIONARY begins with one of these
  { anchor: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/, parsers: ['ENWeekdayParser'], lower: true },
  // "two days ago", "a week earlier"
  { anchor: /ago|before|earlier/, parsers: ['ENTimeUnitAgoFormatParser'], lower: true },
  // "yesterday", "tonight", "last night", "tmrw"
  { anchor: /now|today|tomorrow|overmorrow|tmr|yesterday|night/, parsers: ['ENCasualDateParser'], lower: true },
  // "this morning", "at midnight", "at noon"
  { anchor: /morning|afternoon|evening|night|midday|noon/, parsers: ['ENCasualTimeParser'], lower: true },
  // "by the end of the month"
  { anchor: /month/, parsers: ['ENEndOfCurrentMonthParser'], lower: true },
];

/**
 * chrono's four time-unit parsers ("within two days", "three weeks later", "last year", "past 2 hours") all need a
 * count and a unit (or "this/last/past/next" and a unit): chrono's NUMBER_PATTERN and TIME_UNIT_DICTIONARY, single
 * letters included ("for a d"). The anchor is each parser's pattern made looser: no word boundaries, any of their
 * prefixes before any count; a unit's next character is looked at only where chrono's pattern looks at it. It costs
 * about as much as the four parsers beside chrono's others, so it is looked for only where no other anchor is found
 * (a third of the sentences chrono is given, nine in ten of them then skip chrono altogether).
 */
const UNIT = '(?:seconds|second|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|w|months|month|mos|mon|mo|quarters|quarter|qtr|years|year|yr|y)';
const COUNT = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|half(?:\\s{0,2}an?)?|an?(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
const COUNTED = `${COUNT}\\s{0,3}${UNIT}`;
const TIME_UNIT_ANCHOR = new RegExp([
  // ENRelativeDateFormatParser: "last week"
  `(?:this|last|past|next)\\s*${UNIT}(?=\\W|$)`,
  // ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser: "for several hours", "next 2 days"; the first
  // unit ends the pattern or runs on into the next ("for 1 day, 2 hours", "for 1d2h")
  `(?:within|in|for|this|last|past|next|after|[-+~]|about|around|roughly|approximately|just)\\s*${COUNTED}(?=\\W|$|(?:and\\s{0,5})?${COUNTED})`,
  // ENTimeUnitLaterFormatParser: "three weeks later", its last unit before the word
  `${COUNTED}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\\W|$)`,
].join('|'), 'i');
const TIME_UNIT_PARSERS = ['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'];

type Parser = (typeof chrono.casual.parsers)[number];
const groupOf = new Map<string, number>();
GROUPS.forEach((g, i) => g.parsers.forEach((name) => groupOf.set(name, i)));
const TIME_UNIT_GROUP = GROUPS.length;
TIME_UNIT_PARSERS.forEach((name) => groupOf.set(name, TIME_UNIT_GROUP));
const parsers: ReadonlyArray<{ parser: Parser; group: number }> = chrono.casual.parsers.map((parser) => ({ parser, group: groupOf.get(parser.constructor.name) ?? -1 }));
const refiners = chrono.casual.refiners;
// one chrono per set of anchors found, made when first needed
const readers = new Map<number, chrono.Chrono | null>();

function readerFor(mask: number): chrono.Chrono | null {
  let reader = readers.get(mask);
  if (reader === undefined) {
    const chosen = parsers.filter((p) => p.group === -1 || (mask & (1 << p.group)) !== 0).map((p) => p.parser);
    reader = chosen.length ? new chrono.Chrono({ parsers: chosen, refiners }) : null;
    readers.set(mask, reader);
  }
  return reader;
}

function anchorsIn(text: string, forwardDate: boolean | undefined): number {
  const lower = text.toLowerCase();
  let mask = 0;
  for (let i = 0; i < GROUPS.length; i++) if (GROUPS[i].anchor.test(GROUPS[i].lower ? lower : text)) mask |= 1 << i;
  // read forward, "within" is optional before a count ("2 days"): then the time-unit parsers always run
  if (mask !== 0 || forwardDate || TIME_UNIT_ANCHOR.test(text)) mask |= 1 << TIME_UNIT_GROUP;
  return mask;
}

/** The same results as `chrono.parse(text, ref, option)`. */
export function parseDates(text: string, ref: chrono.ParsingReference, option: chrono.ParsingOption): chrono.ParsedResult[] {
  return readerFor(anchorsIn(text, option.forwardDate))?.parse(text, ref, option) ?? [];
}

/** How many of chrono's parsers `parseDates` runs on `text` (for tests). */
export function parsersFor(text: string): number {
  return readerFor(anchorsIn(text, false))?.parsers.length ?? 0;
}
