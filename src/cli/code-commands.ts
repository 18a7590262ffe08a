import { DEFAULT_DB, UsageError, type RegisterCommands } from './io.ts';

const commands = () => import('./commands.ts');

/** `code`, `eval`, `demo`: the coder itself. */
export const registerCodeCommands: RegisterCommands = (program, io, done) => {
  program.command('demo').description('code the bundled example articles into a SQLite file and print the events')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .action(async (o) => done(await (await commands()).demoCommand(io, o)));
  program.command('code').description('code articles and print one JSON event per line')
    .argument('[files...]', 'text files or saved web pages (HTML), or - for stdin')
    .option('--jsonl <file>', 'a JSON Lines corpus: {id, published, title, text} per line')
    .option('--published <date>', 'publication date YYYY-MM-DD (resolves "on Wednesday", "last week")')
    .option('--title <title>', 'headline')
    .option('--all', 'also print stated possibilities that are not events by default (hypotheticals)')
    .action(async (files: string[], o) => {
      const paths = o.jsonl ? [o.jsonl, ...files] : files;
      if (paths.length === 0) throw new UsageError('code: give a FILE, - for stdin, or --jsonl DOCS.jsonl');
      done((await commands()).codeCommand(io, paths, { ...o, jsonl: Boolean(o.jsonl) }));
    });
  program.command('eval').description('score the coder against a gold JSONL file')
    .argument('<gold>')
    .option('--json', 'machine-readable scores')
    .option('--explain', 'why each gold event was missed (how far a trigger of its type got) and which rules made each false event')
    .action(async (gold: string, o) => done(await (await commands()).evalCommand(io, gold, o)));
};
