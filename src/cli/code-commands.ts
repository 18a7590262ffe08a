import { DEFAULT_DB, UsageError, type RegisterCommands } from './io.ts';

const commands = () => import('./commands.ts');

/** `code`, `eval`, `demo`: the coder itself. */
export const registerCodeCommands: RegisterCommands = (program, io, done) => {
  program.command('demo').description('code the bundled example articles into a SQLite file and print the events')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .action(async (o) => done(await (await commands()).demoCommand(io, o)));
  program.command('code').description('code articles and print one JSON event per line')
    .argument('[inputs...]', 'what `ingest` reads: text, saved pages, RSS/Atom feeds, WARC, JSON Lines, directories, - for stdin, URLs with --fetch')
    .option('--jsonl <file>', 'a JSON Lines corpus: {id, published, title, text} per line, whatever its name')
    .option('--published <date>', 'publication date YYYY-MM-DD (resolves "on Wednesday", "last week"); for feed, WARC and JSON Lines records, only those that carry none')
    .option('--title <title>', 'headline of a file read whole')
    .option('--fetch', 'download URL arguments (feeds, pages)')
    .option('--fetch-private', 'let --fetch reach loopback and private-network addresses (refused by default)')
    .option('--all', 'also print stated possibilities that are not events by default (hypotheticals)')
    .action(async (files: string[], o) => {
      if (files.length === 0 && !o.jsonl) throw new UsageError('code: give a FILE, - for stdin, or --jsonl DOCS.jsonl');
      done(await (await commands()).codeCommand(io, files, o));
    });
  program.command('eval').description('score the coder against a gold JSONL file')
    .argument('<gold>')
    .option('--json', 'machine-readable scores')
    .option('--explain', 'why each gold event was missed (how far a trigger of its type got) and which rules made each false event')
    .action(async (gold: string, o) => done(await (await commands()).evalCommand(io, gold, o)));
};
