import { FORMAT_NAMES } from '../export/format.ts';
import { addFilterOptions } from './filter-flags.ts';
import { DEFAULT_DB, type RegisterCommands } from './io.ts';

// Each action loads its command (and the store) when it runs.
const events = () => import('./events-command.ts');
const stats = () => import('./stats-command.ts');
const exporting = () => import('./export-command.ts');
const units = () => import('./unit-option.ts');

const DB_HELP = 'SQLite file or postgres:// URL';

/** `events`, `stats`, `export`, `import`: what is stored, in and out. */
export const registerStoreCommands: RegisterCommands = (program, io, done) => {
  addFilterOptions(program.command('events').description('query stored events')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB))
    .option('--sort <order>', 'date, -date, goldstein, -goldstein, confidence, -confidence', 'date')
    .option('--limit <n>', 'at most n events (default 100, max 10000)')
    .option('--offset <n>', 'skip the first n')
    .option('--format <f>', 'table, json, jsonl or csv')
    .option('--json', 'one JSON event per line (as --jsonl)')
    .option('--jsonl', 'one JSON event per line')
    .option('--csv', 'CSV with a header line')
    .option('--unit <u>', 'report (each event) or incident (the reports of one real event, linked)')
    .action(async (o) => done(await (await units()).eventsByUnit(io, o, (await events()).eventsCommand)));

  addFilterOptions(program.command('stats').description('event counts and Goldstein sums per period × type or dyad')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB))
    .option('--period <p>', 'day, week (ISO) or month', 'month')
    .option('--by <g>', 'type, dyad or none', 'type')
    .option('--format <f>', 'table, json, jsonl or csv')
    .option('--json', 'a JSON array').option('--csv', 'CSV with a header line')
    .option('--unit <u>', 'report (count events) or incident (count incidents)')
    .action(async (o) => done(await (await units()).statsByUnit(io, { ...o, format: o.format ?? (o.json ? 'json' : undefined) }, (await stats()).statsCommand)));

  addFilterOptions(program.command('export').description('write matching events as JSON Lines, CSV, GDELT-like or POLECAT-like files')
    .requiredOption('--format <f>', FORMAT_NAMES.join(', '))
    .option('--db <path|url>', DB_HELP, DEFAULT_DB))
    .option('--out <file>', 'write here instead of stdout')
    .option('--no-record', 'leave out the full-record column (smaller, but cannot be imported back)')
    .option('--unit <u>', 'report (events with incident_id, geo_precision, centroid) or incident (jsonl, csv)')
    .action(async (o) => done(await (await units()).exportByUnit(io, o, (await exporting()).exportCommand)));

  program.command('import').description('store events from files written by export (- for stdin)')
    .argument('<files...>')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB)
    .option('--format <f>', `${FORMAT_NAMES.join(', ')} (default: read from the first line)`)
    .action(async (files: string[], o) => done(await (await exporting()).importCommand(io, files, o)));
};
