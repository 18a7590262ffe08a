import { normalizeName } from '../../nlp/normalize.ts';
import { formatDatedCode } from '../dated-codes.ts';
import type { DatedCode } from '../types.ts';
import type { ActorBlock } from './petrarch-actors.ts';
import { displayName, isOrdinaryPhrase } from './petrarch-names.ts';
import { SkipCounter } from './skip-counter.ts';

// Dictionary blocks → rows of data/actors/petrarch/actors.tsv, and the aliases that go to one of our
// own groups or organisations instead (their entry keeps its id and code; the aliases are unioned).

export type DictionaryKind = 'person' | 'metonym' | 'organization' | 'group';

export interface ActorRow {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly codes: readonly DatedCode[];
  readonly kind: DictionaryKind;
  readonly origin: string; // "Countries:39797"
}

export interface OurGroup {
  readonly id: string;
  readonly aliases: readonly string[]; // name first
  readonly country: string | null;
  readonly role: string | null;
  readonly code: string | null;
}

export interface MergedAlias { readonly id: string; readonly alias: string; readonly origin: string }
export interface Conflict { readonly origin: string; readonly ours: string; readonly theirs: string; readonly reason: string }

export interface SourceFile {
  readonly label: 'Countries' | 'International' | 'MilNonState';
  readonly blocks: readonly ActorBlock[];
}

function kindOf(label: SourceFile['label'], codes: readonly DatedCode[]): DictionaryKind {
  if (codes.some((c) => c.from !== null || c.to !== null)) return 'person';
  if (label === 'MilNonState') return 'group';
  if (label === 'International') return 'organization';
  return 'metonym';
}

const codeSet = (codes: readonly DatedCode[]) => codes.map(formatDatedCode).join(' ');

export function actorRows(files: readonly SourceFile[], common: ReadonlySet<string>, ours: readonly OurGroup[], skips: SkipCounter, isCountry: (code: string) => boolean = () => false): { rows: ActorRow[]; merged: MergedAlias[]; conflicts: Conflict[] } {
  // an alias that two entries with different codes claim is refused for both: the dictionary cannot say which
  const claims = new Map<string, Set<string>>();
  for (const f of files) for (const b of f.blocks) for (const n of b.names) {
    const key = normalizeName(n);
    claims.set(key, (claims.get(key) ?? new Set()).add(codeSet(b.codes)));
  }
  const ourIds = new Map<string, Set<string>>();
  for (const g of ours) for (const a of g.aliases) {
    const key = normalizeName(a).replace(/^the /, '');
    ourIds.set(key, (ourIds.get(key) ?? new Set()).add(g.id));
  }
  const rows: ActorRow[] = [];
  const merged: MergedAlias[] = [];
  const conflicts: Conflict[] = [];
  for (const f of files) {
    for (const b of f.blocks) {
      const origin = `${f.label}:${b.line}`;
      // "AFGHANISTAN [AFG]", "UKRAINE [UKR >911221]" list spellings, cities and provinces: a place stands for its country only in our
      // hand-checked metonyms.json ("Liverpool" is a football club), and our country names come from world-countries
      if (f.label === 'Countries' && b.codes.some((c) => /^[A-Z]{3}$/.test(c.code))) {
        skips.add('names of a bare country code (places and spellings)', b.line);
        continue;
      }
      // "MICROSOFT [MNCUSA]": a company as an actor would make business news look political
      if (b.codes.every((c) => c.code.startsWith('MNC'))) {
        skips.add('multinational company (MNC)', b.line);
        continue;
      }
      const kind = kindOf(f.label, b.codes);
      const aliases: string[] = [];
      const seen = new Set<string>();
      for (const n of b.names) {
        const key = normalizeName(n);
        if (seen.has(key)) continue;
        seen.add(key);
        if (key.replace(/[^a-z0-9]/g, '').length < 2) skips.add('alias shorter than two letters', b.line);
        // "Mark Capes" is a person's name in capitals; "National Assembly" or "Look" could be anyone's
        else if (isOrdinaryPhrase(n, common) && (kind !== 'person' || !n.includes(' '))) skips.add('alias made only of ordinary English words', b.line);
        else if ((claims.get(key)?.size ?? 0) > 1) skips.add('alias claimed by entries with different codes', b.line);
        else aliases.push(displayName(n));
      }
      if (aliases.length === 0) {
        skips.add('entry left without aliases', b.line);
        continue;
      }
      const matches = kind === 'group' || kind === 'organization' ? new Set(aliases.flatMap((a) => [...(ourIds.get(normalizeName(a)) ?? [])])) : new Set<string>();
      if (matches.size > 1) {
        conflicts.push({ origin, ours: [...matches].sort().join(', '), theirs: codeSet(b.codes), reason: 'one dictionary entry names several of our groups; kept apart' });
      } else if (matches.size === 1) {
        const id = [...matches][0];
        const g = ours.find((o) => o.id === id)!;
        const disagreement = codeDisagreement(g, b.codes[0].code, isCountry);
        if (disagreement) conflicts.push({ origin, ours: `${g.id} (${g.code ?? `${g.country ?? '—'}/${g.role ?? '—'}`})`, theirs: codeSet(b.codes), reason: `${disagreement}; our code kept` });
        for (const a of aliases) if (!ourIds.get(normalizeName(a))?.has(id)) merged.push({ id, alias: a, origin });
        continue;
      }
      rows.push({ name: aliases[0], aliases: aliases.slice(1), codes: b.codes, kind, origin });
    }
  }
  return { rows, merged, conflicts };
}

/**
 * Where our record and the dictionary's code disagree: "country IRQ vs SYR", "role PTY not in MEAREB".
 * CAMEO codes are three-letter parts: a country or a region/IGO prefix ("MEA", "IGO"), then roles or an
 * organisation ("IGOUNO"), so a country is compared only when theirs starts with one, and our role is
 * looked for among all their parts.
 */
function codeDisagreement(g: OurGroup, theirs: string, isCountry: (code: string) => boolean): string | null {
  if (g.code) return g.code === theirs ? null : `code ${g.code} vs ${theirs}`;
  const parts: string[] = theirs.match(/.{3}/g) ?? [];
  const reasons: string[] = [];
  if (g.country && parts[0] && isCountry(parts[0]) && parts[0] !== g.country) reasons.push(`country ${g.country} vs ${parts[0]}`);
  if (g.role && !parts.includes(g.role)) reasons.push(`role ${g.role} not in ${theirs}`);
  return reasons.length ? reasons.join(', ') : null;
}

export function actorRowsTsv(rows: readonly ActorRow[]): string {
  const lines = rows.map((r) => [r.name, r.aliases.join('|'), codeSet(r.codes), r.kind, r.origin].join('\t'));
  return [
    '# Generated by `npm run kb:import-petrarch` from the Phoenix/PETRARCH2 actor dictionaries (MIT, see LICENSE here).',
    '# codes: CODE (undated) or CODE@from..to (ISO dates, inclusive, open ends empty); the first dated code holding the',
    '# article date wins, else the undated one. origin: dictionary file and line.',
    'name\taliases\tcodes\tkind\torigin',
    ...lines,
  ].join('\n') + '\n';
}
