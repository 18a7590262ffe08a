import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// Idioms whose arguments tell they name no event (data/patterns/argument-senses.tsv). Found by coding real web
// text never fitted (session 15 probe of UD English weblogs and emails: "refusing to take responsibility", "Iran holds
// the high ground", "declared its first Stage 3 emergency", "its oil experts worked out that", "from endangered to
// threatened"). Sentences written for this file.

describe('idioms that name no event', { timeout: 120_000 }, () => {
  table('owning up to nothing rejects no one', [
    ['Abbas is lashing out and refusing to take responsibility for his failure to act.', []],
    ['The Iraqi defence minister refused to accept the blame for the collapse of the army.', []],
    ['Hamas declined to take responsibility for the failed talks.', []],
  ]);
  table('refusals of what others ask stay', [
    ['Hamas refused to release the hostages.', ['REJECT']],
  ]);
  table('the high ground is an advantage', [
    ['In essence, Iran holds the high ground in the Gulf.', []],
    ['The Syrian opposition claims the moral high ground in the talks with Assad.', []],
    ['Hezbollah holds the high ground along the border, Israeli analysts say.', []],
  ]);
  table('standing ground stays', [
    ['Russian paratroopers held their ground near Kyiv.', ['REJECT']],
  ]);
  table('a supply or weather emergency restricts no one', [
    ["California's grid operator declared its first Stage 3 emergency on Sunday.", []],
    ['The Texas power authority declared an energy emergency as temperatures fell.', []],
    ['The Egyptian government declared a water emergency in Aswan.', []],
  ]);
  table('a state of emergency stays', [
    ['The Thai government declared a state of emergency in Bangkok.', ['COERCE THA']],
  ]);
  table('a sum worked out is no deal', [
    ["The Iraqi oil ministry's experts worked out that China was paying too much for the oil.", []],
    ['Kenyan auditors worked out how much the ministry had paid for the land.', []],
    ['Analysts at the Indian embassy worked out what the deal would cost.', []],
  ]);
  table('deals worked out stay', [
    ['Israel and Hamas worked out a deal on the hostages in Cairo.', ['CONSULT']],
  ]);
  table("a species' status is no threat", [
    ["The US wildlife agency moved the wolf's status from endangered to threatened.", []],
    ['Turkish officials said the Anatolian leopard is no longer endangered but threatened.', []],
    ['Kenyan rangers said the rhino was listed as a threatened species.', []],
  ]);
  table('threats stay', [
    ['Serbia threatened Kosovo with sanctions.', ['THREATEN SRB>KOS']],
  ]);
});
