import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { isCalendarWord } from '../../nlp/calendar.ts';

/**
 * "On Wednesday, protesters in Kinshasa set fire to ...", "In March, rebels seized the town": the subject after an
 * opening time phrase and its comma, read as the time word's apposition, leaves the verb with no subject (an
 * imperative). A nominal apposition of a time word, set off by the comma, with a verb after it that has no subject,
 * is that verb's subject.
 */
export function repairTimeOpenerSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const subject of tree.nodes()) {
    if (tree.label(subject) !== 'appos' || (tree.upos(subject) !== 'NOUN' && tree.upos(subject) !== 'PROPN') || isCalendarWord(tokens[subject].text)) continue;
    const time = tree.head(subject);
    const verb = time < 0 ? -1 : tree.head(time);
    if (verb <= subject || !isCalendarWord(tokens[time].text) || tree.base(time) !== 'obl' || tree.upos(verb) !== 'VERB') continue;
    if (tree.children(verb).some((c) => tree.base(c) === 'nsubj')) continue;
    const first = Math.min(subject, ...tree.descendants(subject, () => true));
    if (tokens[first]?.text === ',' ? tokens[first].index !== time + 1 : tokens[first - 1]?.text !== ',') continue;
    tree.attach(subject, verb, 'nsubj');
    return 'tree-repair:time-opener-subject';
  }
  return null;
}
