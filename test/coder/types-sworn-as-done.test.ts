import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// A vow or a promise is of something to come (src/core/speech-acts.ts, futureContent): "swore that the soldiers were
// mutilating the bodies" swears to a deed as done, it threatens nothing; the deed stays as told. Found by coding
// real web text never fitted (session 15 probe of UD English weblogs). Sentences written for this file.

describe('sworn to as done is no threat', { timeout: 120_000 }, () => {
  table('the deed stays, no THREATEN', [
    ['Hezbollah swore that it had attacked the Israeli base at dawn.', ['ASSAULT']],
    ['The Taliban swore that they were fighting the Afghan army in Kunduz.', ['ASSAULT']],
    ['Hamas vowed that its fighters had ambushed an Israeli patrol in Gaza.', ['ASSAULT']],
  ]);
  table('vows of deeds to come stay threats', [
    ['Hezbollah vowed that it will retaliate against Israel.', ['THREATEN']],
    ['The Houthis vowed to attack ships in the Red Sea.', ['THREATEN']],
    ['The Taliban swore they would fight the Afghan army until the end.', ['THREATEN']],
  ]);
});
