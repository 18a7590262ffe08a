import { Command } from 'commander';
import { useKnowledgeFiles } from './knowledge-files.ts';
import { UsageError, type ExitCode, type Io, type RegisterCommands } from './io.ts';
import { registerCodeCommands } from './code-commands.ts';
import { registerIngestCommands } from './ingest-command.ts';
import { registerStoreCommands } from './store-commands.ts';
import { registerServeCommands } from './serve-command.ts';
import { registerIncidentCommands } from './incident-commands.ts';
import { registerActorCommand } from './actor-registration.ts';
import { registerQueueCommands } from './queue-commands.ts';
import { registerWatchCommands } from './watch-command.ts';
import { tuneCompilerForCoder } from './compiler-flags.ts';
import { packageVersion } from '../paths.ts';

const io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

// `eventlens events | head`: a reader that stops early is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// One module per feature; each registers its own commands and loads what they run only when one of
// them runs (`--help` or `events` never load the coder).
const FEATURES: readonly RegisterCommands[] = [registerCodeCommands, registerIngestCommands, registerStoreCommands, registerServeCommands, registerIncidentCommands, registerActorCommand,
  registerQueueCommands, registerWatchCommands];

async function run(): Promise<ExitCode> {
  tuneCompilerForCoder(); // before any coder code runs: it holds in every thread
  let code: ExitCode = 0;
  const program = new Command('eventlens')
    .version(packageVersion(), '-V, --version', 'print the version')
    .description('News articles → PLOVER/CAMEO events with actors, dates, places and who asserts them.')
    .option('--kb <file>', 'your own actors, places and patterns (JSON, see docs/knowledge.md); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .hook('preAction', (cmd) => useKnowledgeFiles(cmd.opts().kb ?? []))
    .exitOverride();
  for (const register of FEATURES) register(program, io, (c) => { code = c; });
  await program.parseAsync(process.argv);
  return code;
}


run().then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    const err = e as { code?: string; message?: string };
    if (err.code?.startsWith('commander.')) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
      return;
    }
    process.stderr.write(`eventlens: ${err.message ?? String(e)}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
