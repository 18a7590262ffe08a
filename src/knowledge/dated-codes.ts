import type { ActorEntry, DatedCode } from './types.ts';

// An actor's code can change with time: Sergey Lavrov is RUSGOV from 2004-03-09, Hamid Karzai AFGGOV
// from 2001 and a former official (ELI) before. The code is read on the article's date.

/** The code on `date`: the first dated code whose range holds it, else the undated one (PETRARCH's rule). */
export function codeOn(codes: readonly DatedCode[], date: string | null): DatedCode | null {
  if (date) {
    const dated = codes.find((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
    if (dated) return dated;
  }
  return codes.find((c) => c.from === null && c.to === null) ?? null;
}

/**
 * The entry as it stands on `date` (code, country, role and the range that holds), or null when no code
 * holds then: out of the dictionary's ranges a name is no coded actor, rather than a stale one.
 */
export function entryOn(entry: ActorEntry, date: string | null): ActorEntry | null {
  if (!entry.dated) return entry;
  const c = codeOn(entry.dated, date);
  if (!c) return null;
  const country = /^[A-Z]{3}/.test(c.code) ? c.code.slice(0, 3) : null;
  return { ...entry, code: c.code, country, role: c.code.slice(3) || null, from: c.from ?? undefined, to: c.to };
}

/** `USAGOV@2009-01-20..2017-01-20`, `RUSGOV@2004-03-09..`, `AFG`: the compact form the data files store. */
export function formatDatedCode(c: DatedCode): string {
  return c.from === null && c.to === null ? c.code : `${c.code}@${c.from ?? ''}..${c.to ?? ''}`;
}

export function parseDatedCode(text: string): DatedCode | null {
  const m = /^([A-Z]+)(?:@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(text);
  if (!m) return null;
  return { code: m[1], from: m[2] ?? null, to: m[3] ?? null };
}
