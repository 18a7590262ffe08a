import { DEFAULT_DB, type RegisterCommands } from './io.ts';
import { ingestCommand } from './commands.ts';

/** `ingest`: read, code and store articles. */
export const registerIngestCommands: RegisterCommands = (program, io, done) => {
  program.command('ingest').description('code and store articles (text or .jsonl files); nothing is stored twice')
    .argument('<files...>')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--published <date>', 'publication date for text files')
    .action(async (files: string[], o) => done(await ingestCommand(io, files, o)));
};
