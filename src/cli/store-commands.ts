import { DEFAULT_DB, type RegisterCommands } from './io.ts';
import { eventsCommand } from './commands.ts';

/** `events` (and later `stats`, `export`, `import`): what is stored. */
export const registerStoreCommands: RegisterCommands = (program, io, done) => {
  program.command('events').description('query stored events')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--type <type>').option('--actor <actor>').option('--target <target>')
    .option('--since <date>').option('--until <date>').option('--certainty <c>').option('--limit <n>')
    .option('--json', 'one JSON event per line')
    .action(async (o) => done(await eventsCommand(io, o)));
};
