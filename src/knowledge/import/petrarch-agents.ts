import { SkipCounter } from './skip-counter.ts';

// Reads Phoenix.agents.txt: `POLICE {} [~COP]`, `FARMER [~AGR]`, `CATTLE!PERSON! [~AGR]`.
// The `~` code is a sector appended to the actor's country ("Iraqi police" → IRQCOP).
// Plurals: `{}` none, `{FORM FORM}` those forms, nothing → the regular English plural.
// `!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON` lines define wildcards whose expansions are listed forms.

export interface AgentNoun {
  readonly phrase: string; // lowercase words, "riot police"
  readonly code: string; // "COP", "GOVMED"
  readonly plural: boolean;
  readonly line: number;
}

const WORDS = /^[A-Z'.,!-]+(?:[ _][A-Z'.,!-]+)*$/;

/** FARMER → FARMERS, AUTHORITY → AUTHORITIES, BOSS → BOSSES (PETRARCH's rule for nouns without `{}`). */
export function regularPlural(noun: string): string {
  if (/[^AEIOU]Y$/.test(noun)) return `${noun.slice(0, -1)}IES`;
  if (/(S|X|Z|CH|SH)$/.test(noun)) return `${noun}ES`;
  return `${noun}S`;
}

const words = (text: string) => text.replace(/,/g, '').split(/[ _]+/).filter(Boolean).join(' ').toLowerCase();

export function parseAgentDictionary(content: string, skips: SkipCounter): AgentNoun[] {
  const wildcards = new Map<string, string[]>();
  const out: AgentNoun[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\r$/, '').replace(/#.*$/, '').trim();
    if (text === '') return;
    const wildcard = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(text);
    if (wildcard) {
      wildcards.set(wildcard[1], wildcard[2].split(',').map((s) => s.trim()).filter(Boolean));
      return;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]$/.exec(text);
    if (!m) {
      skips.add(/\[~[A-Z]*[})]/.test(text) ? 'malformed code bracket' : 'no [~CODE]', line);
      return;
    }
    const [, phrase, plurals, code] = m;
    if (/Ã|Â|\uFFFD/.test(phrase)) return skips.add('broken encoding', line);
    if (code.length % 3 !== 0) return skips.add('code not in three-letter parts', line);
    const wild = /![A-Z]+!/.exec(phrase);
    if (wild) {
      const forms = wildcards.get(wild[0]);
      if (!forms) return skips.add('undefined wildcard', line);
      // "CATTLE!PERSON!" → cattleman, cattlemen …; "!MINIST! FOR_AGRICULTURE" → minister for agriculture …
      for (const form of forms) {
        const expanded = phrase.replace(wild[0], form);
        if (!WORDS.test(expanded) || /![A-Z]+!/.test(expanded)) {
          skips.add('unexpected character in phrase', line);
          return;
        }
        out.push({ phrase: words(expanded), code, plural: /(MEN|S)$/.test(form), line });
      }
      return;
    }
    if (!WORDS.test(phrase)) return skips.add('unexpected character in phrase', line);
    // "EMBASSY_IN", "CENTRAL_JAIL_OF" wait for a country after them: our role-in-country rule does that
    if (/[ _](OF|IN|TO|FOR|FROM|AT|ON|WITH)$/.test(phrase.trim())) return skips.add('ends in a preposition', line);
    out.push({ phrase: words(phrase), code, plural: false, line });
    const pluralForms = plurals === undefined ? [regularPlural(phrase.trim())] : plurals.split(/\s+/).filter(Boolean);
    for (const form of pluralForms) {
      if (!WORDS.test(form)) skips.add('unexpected character in plural', line);
      else out.push({ phrase: words(form), code, plural: true, line });
    }
  });
  return out;
}
