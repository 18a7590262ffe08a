import { blankPageFurniture, type FurnitureRow } from './page-furniture.ts';
import { blankSpeakerLabels, findSpeakerTurns, type SpeakerTurn } from './speaker-labels.ts';
import { blankSubheads } from './subheads.ts';

/**
 * The words the coder reads: the text with page furniture ("RELATED: ..."), transcript speaker labels and subheads
 * as spaces, so offsets into the text as given hold; and the transcript's turns, whose speakers the labels named.
 */
export function storyText(text: string, furniture: readonly FurnitureRow[] | undefined): { text: string; turns: SpeakerTurn[] } {
  const unlabelled = blankPageFurniture(text, furniture);
  const turns = findSpeakerTurns(unlabelled);
  return { text: blankSubheads(blankSpeakerLabels(unlabelled, turns)), turns };
}
