import { UsageError, type RegisterCommands } from './io.ts';

// registered apart from the command's body so that `--help` loads neither the knowledge loader nor the dictionaries
export const registerActorCommand: RegisterCommands = (program, io, done) => {
  program.command('actor').description('show the code an actor name has (on a date), its date range and where it came from')
    .argument('<name>')
    .option('--date <date>', 'the date to read dated codes on, YYYY-MM-DD')
    .action(async (name: string, o: { date?: string }) => {
      if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError(`actor: --date must be YYYY-MM-DD, got '${o.date}'`);
      const [{ actorCommand }, { loadKnowledge }] = await Promise.all([import('./actor-command.ts'), import('../knowledge/load.ts')]);
      done(actorCommand(io, loadKnowledge(undefined, program.opts().kb ?? []), name, o.date ?? null));
    });
};
