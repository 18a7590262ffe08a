// Code restrictions of the PETRARCH2/Phoenix actor dictionaries: `[USAGOV 090120-170120]`,
// `[RUSGOV >040309]`, `[AFGELI <780427]`, `[AFG]`. Six-digit dates are YYMMDD (00-30 → 20YY,
// 31-99 → 19YY), eight-digit ones YYYYMMDD. Anything else is malformed and reported, never guessed.

import type { DatedCode } from '../types.ts';

export type CodeResult = { readonly ok: DatedCode } | { readonly error: string };

const CODE = /^(?:[A-Z]{3})+$/;

/** "090120" → "2009-01-20", "19940922" → "1994-09-22"; null when malformed. */
export function parseDictionaryDate(text: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** One bracketed restriction's inside: "USAGOV 090120-170120". The error is a short reason used as a count key. */
export function parseCodeRestriction(inside: string): CodeResult {
  const parts = inside.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (code === '---') return { error: 'null code ---' };
  if (!CODE.test(code)) return { error: 'malformed code' };
  const restriction = parts.slice(1).join('');
  if (restriction === '') return { ok: { code, from: null, to: null } };
  const single = /^([<>])(\d+)$/.exec(restriction);
  if (single) {
    const date = parseDictionaryDate(single[2]);
    if (!date) return { error: 'malformed date' };
    return { ok: single[1] === '>' ? { code, from: date, to: null } : { code, from: null, to: date } };
  }
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  if (!range) return { error: 'date without <, > or range' };
  const from = parseDictionaryDate(range[1]);
  const to = parseDictionaryDate(range[2]);
  if (!from || !to) return { error: 'malformed date' };
  if (from > to) return { error: 'range ends before it starts' };
  return { ok: { code, from, to } };
}
