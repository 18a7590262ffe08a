import { Command } from 'commander';
import { useKnowledgeFiles } from './context.ts';
import { codeCommand, demoCommand, eventsCommand, evalCommand, ingestCommand, type ExitCode, type Io } from './commands.ts';

const io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
const DEFAULT_DB = 'eventlens.db';

async function run(): Promise<ExitCode> {
  let code: ExitCode = 0;
  const program = new Command('eventlens')
    .description('News articles → PLOVER/CAMEO events with actors, dates, places and who asserts them.')
    .option('--kb <file>', 'your own actors, places and patterns (JSON, see docs/knowledge.md); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .hook('preAction', (cmd) => useKnowledgeFiles(cmd.opts().kb ?? []))
    .exitOverride();
  program.command('demo').description('code the bundled example articles into a SQLite file and print the events')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .action((o) => { code = demoCommand(io, o); });
  program.command('code').description('code articles and print one JSON event per line')
    .argument('[files...]', 'text files, or - for stdin')
    .option('--jsonl <file>', 'a JSON Lines corpus: {id, published, title, text} per line')
    .option('--published <date>', 'publication date YYYY-MM-DD (resolves "on Wednesday", "last week")')
    .option('--title <title>', 'headline')
    .action((files: string[], o) => {
      const paths = o.jsonl ? [o.jsonl, ...files] : files;
      if (paths.length === 0) throw new UsageError('code: give a FILE, - for stdin, or --jsonl DOCS.jsonl');
      code = codeCommand(io, paths, { ...o, jsonl: Boolean(o.jsonl) });
    });
  program.command('ingest').description('code and store articles (text or .jsonl files); nothing is stored twice')
    .argument('<files...>')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--published <date>', 'publication date for text files')
    .action((files: string[], o) => { code = ingestCommand(io, files, o); });
  program.command('events').description('query stored events')
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--type <type>').option('--actor <actor>').option('--target <target>')
    .option('--since <date>').option('--until <date>').option('--certainty <c>').option('--limit <n>')
    .option('--json', 'one JSON event per line')
    .action((o) => { code = eventsCommand(io, o); });
  program.command('eval').description('score the coder against a gold JSONL file')
    .argument('<gold>')
    .option('--json', 'machine-readable scores')
    .action(async (gold: string, o) => { code = await evalCommand(io, gold, o); });
  await program.parseAsync(process.argv);
  return code;
}

class UsageError extends Error {}

run().then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code?.startsWith('commander.')) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
      return;
    }
    process.stderr.write(`eventlens: ${err.message ?? String(e)}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
