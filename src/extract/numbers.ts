// Casualty and crowd figures in a sentence: "killed at least 12 people", "dozens were wounded",
// "up to 5,000 protesters", "three soldiers died". Pure: sentence text in, figures out.

export type Hedge = 'exact' | 'at_least' | 'at_most' | 'about' | 'vague';
export interface Figure {
  readonly min: number;
  readonly max: number | null; // null: open-ended ("at least 12", "dozens")
  readonly hedge: Hedge;
  readonly text: string;
  readonly span: [number, number];
}
export type FigureKind = 'killed' | 'injured' | 'arrested' | 'size';
export type Figures = Partial<Record<FigureKind, Figure>>;

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
};
// "dozens", "hundreds": open ranges starting at the first multiple above one
const VAGUE: Record<string, [number, number | null]> = {
  dozens: [24, null], scores: [40, null], hundreds: [200, null], thousands: [2000, null], 'tens of thousands': [20000, null],
  'hundreds of thousands': [200000, null], millions: [2000000, null], several: [3, 9], many: [2, null], some: [2, null], few: [2, 9],
};
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1000000 };
const HEDGES: Array<[RegExp, Hedge]> = [
  [/^(at least|more than|over|upwards of|no fewer than|no less than|in excess of)\s+/i, 'at_least'],
  [/^(up to|as many as|at most|fewer than|less than|nearly|almost)\s+/i, 'at_most'],
  [/^(about|around|some|roughly|approximately|an estimated|estimated|close to)\s+/i, 'about'],
];

const WORD = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const AMOUNT = `(?:(?:at least|more than|over|upwards of|no fewer than|up to|as many as|at most|fewer than|nearly|almost|about|around|some|roughly|approximately|an estimated|close to)\\s+)?(?:${WORD}(?:[- ]${WORD})?(?:\\s+(?:dozen|hundred|thousand|million))?|an? (?:dozen|hundred|thousand)|tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|several)`;
const PLURALS = 'people|persons|civilians|soldiers|troops|fighters|militants|rebels|insurgents|policemen|police officers|officers|personnel|service members|servicemen|guards|protesters|demonstrators|children|women|men|students|worshippers|pilgrims|villagers|residents|farmers|laborers|labourers|migrants|refugees|prisoners|detainees|journalists|activists|members|supporters|passengers|bystanders|workers|others|of them';
const PEOPLE = `(?:(?:[a-z-]+\\s+){0,2}(?:${PLURALS}))?`;
// the second part of a toll: "… and a British soldier", "… and 13 U.S. troops", "… and a Briton"
const SINGULARS = 'person|civilian|soldier|fighter|militant|policeman|police officer|officer|guard|protester|child|woman|man|student|resident|farmer|journalist|activist|worker|passenger|bystander';
const PART = `(?:[A-Za-z.'-]+\\s+){0,2}(?:${PLURALS}|${SINGULARS})\\b|[A-Z][a-z]+s?\\b`;
const KILLED = '(?:killed|killing|dead|died|slain|massacred|executed|shot dead|lost their lives|death toll (?:rose|climbed) to)';
const INJURED = '(?:wounded|wounding|injured|injuring|hurt)';
const ARRESTED = '(?:arrested|arresting|detained|detaining|rounded up|taken into custody|jailed)';

// "[verb] [amount] [people]" and "[amount] [people] [was/were/have been]? [verb]". Each pattern comes with words
// it cannot match without (its verb, its crowd nouns), looked for first: most sentences have none, and the full
// pattern tries an amount at every position of the sentence.
const patterns: Array<[FigureKind, RegExp, RegExp]> = [];
for (const [kind, verb] of [['killed', KILLED], ['injured', INJURED], ['arrested', ARRESTED]] as const) {
  const needed = new RegExp(verb, 'i');
  patterns.push([kind, new RegExp(`\\b${verb}\\s+(${AMOUNT})\\b\\s*${PEOPLE}`, 'gi'), needed]);
  patterns.push([kind, new RegExp(`\\b(${AMOUNT})\\b\\s*${PEOPLE}\\s+(?:(?:were|was|have been|had been|are|been|being|reportedly|also)\\s+){0,2}${verb}\\b`, 'gi'), needed]);
}
// crowds: "thousands of protesters", "a crowd of up to 5,000", "some 10,000 people marched"
const CROWD_NOUNS = '(?:protesters|demonstrators|marchers|people marched|people rallied|supporters)';
patterns.push(['size', new RegExp(`\\b(${AMOUNT})\\s+(?:of\\s+)?(?:[a-z-]+\\s+){0,2}${CROWD_NOUNS}\\b`, 'gi'), new RegExp(CROWD_NOUNS, 'i')]);
patterns.push(['size', new RegExp(`\\bcrowds? of\\s+(${AMOUNT})`, 'gi'), /crowds? of/i]);

/** Parses an amount phrase into a range and hedge: "at least 12" → 12..null, "dozens" → 24..null. */
export function parseAmount(raw: string): Omit<Figure, 'text' | 'span'> | null {
  let text = raw.trim().toLowerCase();
  let hedge: Hedge = 'exact';
  for (const [re, h] of HEDGES) {
    const m = re.exec(text);
    if (m) {
      hedge = h;
      text = text.slice(m[0].length);
      break;
    }
  }
  const vague = VAGUE[text];
  if (vague) return { min: vague[0], max: vague[1], hedge: hedge === 'exact' ? 'vague' : hedge };
  const words = text.split(/[\s-]+/);
  let value = 0;
  let current = 0;
  for (const w of words) {
    if (/^\d/.test(w)) current += Number(w.replace(/,/g, ''));
    else if (UNITS[w] !== undefined) current += UNITS[w];
    else if (SCALE[w] !== undefined) {
      current = Math.max(current, 1) * SCALE[w];
      if (SCALE[w] >= 1000) {
        value += current;
        current = 0;
      }
    } else return null;
  }
  value += current;
  if (!Number.isFinite(value) || value <= 0) return null;
  if (hedge === 'at_least') return { min: value, max: null, hedge };
  if (hedge === 'at_most') return { min: 0, max: value, hedge };
  return { min: value, max: value, hedge };
}

// "killing two American soldiers and a British soldier": one toll told in two parts, summed. Only after
// "[verb] [amount] [people]", and not when the second part has its own verb ("… and 3 soldiers were wounded").
const AND_PART = new RegExp(`^\\s*(?:[A-Z][a-z]+s\\s+)?and\\s+(${AMOUNT}|an?)\\s+(?:${PART})(?!\\s+(?:were|was|are|have|had)\\b)`);
const HEDGE_RANK: readonly Hedge[] = ['exact', 'at_most', 'about', 'vague', 'at_least'];

export function extractFigures(sentence: string, offset = 0): Figures {
  const out: Figures = {};
  patterns.forEach(([kind, re, needed], n) => {
    if (out[kind] || !needed.test(sentence)) return;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const parsed = parseAmount(m[1]);
      if (!parsed) continue;
      const at = sentence.indexOf(m[1], m.index);
      const second = n % 2 === 0 && kind !== 'size' ? AND_PART.exec(sentence.slice(m.index + m[0].length)) : null;
      const more = second === null ? null : parseAmount(second[1]);
      if (second !== null && more !== null) {
        const end = m.index + m[0].length + second[0].length;
        out[kind] = {
          min: parsed.min + more.min,
          max: parsed.max === null || more.max === null ? null : parsed.max + more.max,
          hedge: HEDGE_RANK[Math.max(HEDGE_RANK.indexOf(parsed.hedge), HEDGE_RANK.indexOf(more.hedge))],
          text: sentence.slice(at, end),
          span: [offset + at, offset + end],
        };
      } else {
        out[kind] = { ...parsed, text: m[1], span: [offset + at, offset + at + m[1].length] };
      }
      break;
    }
  });
  return out;
}
