import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// An indefinite act noun as the subject of would/could/might/may is an act imagined for its effects, not told
// (src/core/hypothetical-subject.ts): "an attack on Iran would be a disaster". Found by coding real web text never
// fitted (session 15 probe: "a new defense deal could be in the making"). Sentences written for this file.

describe('an imagined act as the subject of a modal', { timeout: 120_000 }, () => {
  table('no event', [
    ['An Israeli attack on Iran would be a disaster for the region.', []],
    ['Any Chinese invasion of Taiwan would trigger sweeping Western sanctions.', []],
    ['A new Indian-Sri Lankan defense deal could be in the making.', []],
    ['A Russian withdrawal from Kherson could change the course of the war.', []],
    ['A US strike on Iranian nuclear sites might delay the program by two years.', []],
    ['A strike by Israeli warplanes on Beirut might widen the war, analysts said.', []],
  ]);
  table('told acts, acts already named and doers who could act stay', [
    ['An attack on a checkpoint killed five Nigerian soldiers on Monday.', ['ASSAULT']],
    ['An Israeli airstrike hit a hospital in Gaza City.', ['ASSAULT ISR']],
    ['A Russian missile attack on Kyiv killed three people, Ukrainian officials said.', ['ASSAULT RUS']],
    ['Russian troops could attack Kharkiv again, Ukrainian officials said.', ['ASSAULT RUS hypothetical']],
  ]);
});
