import type { Command } from 'commander';

/** The flags every store command shares (read by filter-options.ts when the command runs). */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--type <type>', 'PLOVER type, e.g. ASSAULT')
    .option('--cameo <root>', 'CAMEO root code, e.g. 19')
    .option('--actor <actor>', 'actor code with its sub-codes (USA matches USAMIL), or part of its name')
    .option('--target <target>', 'target code with its sub-codes, or part of its name')
    .option('--dyad <a,b>', 'actor and target codes, either direction: USA,IRN')
    .option('--country <iso3>', 'country of the place, or of an actor/target code: UKR')
    .option('--place <id>', 'one place by its id (location.id of the record), not its country')
    .option('--near <lat,lon,km>', 'within km of a point: 50.45,30.52,100')
    .option('--since <date>', 'from YYYY, YYYY-MM or YYYY-MM-DD (inclusive)')
    .option('--until <date>', 'to YYYY, YYYY-MM or YYYY-MM-DD (inclusive)')
    .option('--certainty <c>', 'asserted, claimed, alleged, …')
    .option('--source <who>', '"outlet", or the code or name of who asserts the event')
    .option('--min-confidence <x>', 'confidence at least x (0-1)')
    .option('--text <query>', 'full-text search in the article: words, "a phrase", OR, -word')
    .option('--doc <id>', 'events of one article');
}
