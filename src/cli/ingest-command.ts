import type { IngestFlags } from './ingest-action.ts';
import { DEFAULT_DB, type RegisterCommands } from './io.ts';

/** `ingest`: read, code and store articles from files, directories, stdin and (with --fetch) URLs. */
export const registerIngestCommands: RegisterCommands = (program, io, done) => {
  program.command('ingest')
    .description('code and store news: text, HTML, RSS/Atom, JSON Lines, WARC (gzip or not), directories, - for stdin; '
      + 'duplicates are linked, not coded twice; an interrupted ingest resumes where it stopped')
    .argument('<inputs...>', 'files, directories, -, or URLs with --fetch')
    .option('--db <path>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--published <date>', 'publication date for text files, and pages or feed items that carry none')
    .option('--fetch', 'download URL arguments (feeds, pages); feed items with a teaser only are fetched in full')
    .option('--fetch-private', 'let --fetch reach loopback and private-network addresses (refused by default: a feed could point anywhere)')
    .option('--queue <url>', 'read and deduplicate, then queue batches of --batch documents in this PostgreSQL database for `eventlens worker` to code (docs/deploy.md)')
    .option('--workers <n>', 'coder threads (default: one per core)')
    .option('--batch <n>', 'articles per database transaction', '100')
    .option('--no-progress', 'no progress bar or progress lines on stderr')
    .option('--progress-every <seconds>', 'seconds between progress lines when stderr is not a terminal', '10')
    .action(async (inputs: string[], o: IngestFlags) => done(await (await import('./ingest-action.ts')).ingestCommand(io, inputs, o, program)));
};
