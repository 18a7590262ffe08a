import { loadKnowledge } from '../knowledge/load.ts';
import { entryOn, formatDatedCode } from '../knowledge/dated-codes.ts';
import type { ActorEntry, Knowledge } from '../knowledge/types.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';


// `eventlens actor NAME [--date D]`: what the knowledge base knows a name as — its code (on the date,
// when given), the date range that code holds, and where the entry came from (our files or Phoenix).

const range = (e: ActorEntry) => (e.from || e.to ? `${e.from ?? '…'} – ${e.to ?? 'now'}` : 'any date');

export function describeActor(kb: Knowledge, name: string, date: string | null): string[] {
  const lines: string[] = [];
  const seen = new Set<ActorEntry>();
  for (const entry of kb.actors.lookup(name)) {
    if (entry.kind === 'blocker' || seen.has(entry)) continue;
    seen.add(entry);
    const on = date ? entryOn(entry, date) : entry;
    const live = on !== null && (on.kind !== 'person' || !date || ((!on.from || on.from <= date) && (!on.to || date <= on.to)));
    const code = on === null || !live ? `no code on ${date}` : on.code;
    lines.push(`${entry.name}\t${entry.kind}\t${code}\t${on && live ? range(on) : '—'}\t${entry.source}`);
    if (!date && entry.dated) lines.push(`  codes: ${entry.dated.map(formatDatedCode).join(' ')}`);
  }
  for (const role of [...kb.roles.lookup(name), ...(kb.agents?.lookup(name) ?? [])]) lines.push(`${role.phrase}\trole (${role.kind})\t…${role.role} (after a country: "Iraqi ${role.phrase}")\tany date\t${role.source ?? ''}`);
  return lines;
}

export function actorCommand(io: Io, kb: Knowledge, name: string, date: string | null): ExitCode {
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`actor: --date must be YYYY-MM-DD, got '${date}'`);
  const lines = describeActor(kb, name, date);
  if (lines.length === 0) {
    io.err(`actor: no actor or role named '${name}'`);
    return 1;
  }
  io.out('name\tkind\tcode\tdate range\torigin');
  lines.forEach((l) => io.out(l));
  return 0;
}
