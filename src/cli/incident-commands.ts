import type { LinkSummary } from '../store/incidents-link.ts';
import { DEFAULT_DB, type ExitCode, type Io, type RegisterCommands } from './io.ts';

const DB_HELP = 'SQLite file or postgres:// URL';

/** `incident ID [--explain]` and `link-incidents [--rebuild]`: the reports of one real event, linked. */
export const registerIncidentCommands: RegisterCommands = (program, io, done) => {
  program.command('incident').description('one incident: its fields reconciled from its reports (with the reasons and conflicts), and the reports')
    .argument('<id>', 'an incident id (inc-…), or a report key doc_id#ordinal to find the incident of an event')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB)
    .option('--explain', 'why each report is in the incident: the rule, every check, distances and date spans')
    .option('--json', 'the incident record as JSON')
    .action(async (id: string, o: { db: string; explain?: boolean; json?: boolean }) => done(await incidentCommand(io, id, o)));

  program.command('link-incidents').description('link stored events that are in no incident yet (after an import, or an ingest that did not link)')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB)
    .option('--rebuild', 'cluster every stored event again from scratch (ids are kept where the groups allow)')
    .action(async (o: { db: string; rebuild?: boolean }) => done(await linkCommand(io, o)));
};

async function incidentCommand(io: Io, id: string, opts: { db: string; explain?: boolean; json?: boolean }): Promise<ExitCode> {
  const { describeIncident } = await import('../incidents/index.ts');
  const { displayUrl, openStore } = await import('../store/index.ts');
  const { withIncidentIndex } = await import('../store/open-incidents.ts');
  const store = await openStore(opts.db, { mustExist: true });
  try {
    return await withIncidentIndex(store, async (index) => {
      const incidentId = id.includes('#') ? (await index.incidentIdsOf([id])).get(id) ?? null : id;
      const incident = incidentId === null ? null : await index.incident(incidentId);
      if (incident === null) {
        io.err(id.includes('#')
          ? `no incident holds report ${id} in ${displayUrl(opts.db)} (not stored, or not linked yet: eventlens link-incidents)`
          : `no incident ${id} in ${displayUrl(opts.db)}`);
        return 1;
      }
      if (opts.json) io.out(JSON.stringify(incident, null, 2));
      else for (const line of describeIncident(incident, { explain: opts.explain })) io.out(line);
      return 0;
    });
  } finally {
    await store.close();
  }
}

async function linkCommand(io: Io, opts: { db: string; rebuild?: boolean }): Promise<ExitCode> {
  const { displayUrl, openStore } = await import('../store/index.ts');
  const { linkPendingEvents, relinkAll } = await import('../store/incidents-link.ts');
  const store = await openStore(opts.db, { mustExist: true });
  const started = performance.now();
  try {
    const summary = opts.rebuild ? await relinkAll(store) : await linkPendingEvents(store);
    io.out(`${describeSummary(summary)} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${displayUrl(opts.db)}`);
  } finally {
    await store.close();
  }
  return 0;
}

export function describeSummary(s: LinkSummary): string {
  if (s.events === 0) return 'no events to link';
  return `${s.events} events linked: ${s.incidents} incidents written (${s.created} new, ${s.changed} updated), ${s.removed} merged away`;
}
