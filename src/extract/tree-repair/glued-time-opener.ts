import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { isCalendarWord } from '../../nlp/calendar.ts';

export const GLUED_TIME_OPENER_RULE = 'tree-repair:glued-time-opener';
const OPENERS = new Set(['on', 'in']);

/**
 * "On Saturday Ukrainian drones attacked a refinery", "On Friday police arrested two journalists": an opening time
 * phrase with no comma after it, read as a word of the subject ("Saturday Ukrainian drones", a compound) or the whole
 * subject as the time's oblique ("On ... police"), so the actor's text began with the day or the verb lost its
 * subject. A day or month right after a sentence-opening "On"/"In" that the parse hangs on the noun after it is the
 * verb's time (`obl`, the preposition its `case`), and that noun the verb's subject where the verb has none:
 *   "On Tuesday Sudanese troops shelled a market", "In March rebel fighters seized the town".
 */
export function repairGluedTimeOpener(tree: EditableTree, tokens: readonly Token[]): string | null {
  const first = tree.nodes()[0];
  if (first === undefined || !OPENERS.has(tokens[first].lower) || tree.upos(first) !== 'ADP') return null;
  const time = first + 1;
  if (!tokens[time] || !isCalendarWord(tokens[time].text)) return null;
  const noun = tree.head(time);
  if (noun <= time || tree.label(time) !== 'compound' || !['NOUN', 'PROPN'].includes(tree.upos(noun))) return null;
  const verb = tree.head(noun);
  if (verb <= noun || tree.upos(verb) !== 'VERB' || !['nsubj', 'obl'].includes(tree.base(noun))) return null;
  const hasSubject = tree.children(verb).some((k) => k !== noun && tree.base(k) === 'nsubj');
  if (tree.base(noun) === 'obl' && hasSubject) return null;
  tree.attach(time, verb, 'obl');
  tree.attach(first, time, 'case');
  if (tree.base(noun) === 'obl') tree.attach(noun, verb, 'nsubj');
  return GLUED_TIME_OPENER_RULE;
}
