import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { ActorPhrase } from './types.ts';
import type { SpanIndex } from './span-index.ts';
import { tokenAt } from './token-map.ts';

// "Lagos State governor": the division's word after its name
const DIVISION_WORD = /\s+(?:State|Province|Region|Oblast|Governorate|Prefecture|County|City)$/;
// words that grade a title, capitalised only when they open a sentence: "Former president", "Interim leader"
const TITLE_MODIFIERS = /^(Former|Then|Ex|Late|Outgoing|Incoming|Interim|Acting|Deputy|Vice|New|Current|Assistant|Senior|Chief|First|Elected)$/;

/**
 * "Real Madrid president Florentino Perez", "Chelsea chairman Todd Boehly", "Acme Mining chief executive John
 * Smith": a lowercase title right after a run of proper names no gazetteer knows is that body's office (a club's,
 * a firm's), not the state's: the person takes neither the government role nor the story's country. Only titles
 * any body gives (data/lexicon/shared-titles.tsv: not "Republican senator"). A run that is
 * a known actor ("Hamas leader"), a town or region ("Warsaw mayor"), or a sentence's capitalised first word
 * ("Former president") owns nothing here.
 */
export function titleOwnedByUnknownBody(doc: AnalyzedText, kb: Knowledge, known: SpanIndex<ActorPhrase>, title: ActorPhrase): boolean {
  return ownerRun(doc, kb, known, title) !== null;
}

// the titles a party gives the one who leads it ("Labour leader", "Freedom Party chairman"; not its "spokesman")
const PARTY_HEAD = /^(?:leader|chairman|chairwoman|chair|head|president)$/;

/**
 * "Social Democrat leader Magdalena Andersson", "Freedom Party chairman X": the unknown body owning a leader's title is
 * a party when a word of its name is a creed (data/lexicon/party-creeds.tsv); returns where that name starts, else null.
 */
export function partyOwningTitle(doc: AnalyzedText, kb: Knowledge, known: SpanIndex<ActorPhrase>, title: ActorPhrase): number | null {
  // ("Freedom Party leader": the role read "Party leader" whole; its last word is the title)
  const head = /(?:^|\s)([a-z]+)$/.exec(title.text);
  if (!head || !PARTY_HEAD.test(head[1])) return null;
  const start = title.end - head[1].length;
  const run = ownerRun(doc, kb, known, { ...title, start, text: head[1] });
  if (run === null) return null;
  const words = doc.text.slice(run, start).trim().toLowerCase().split(/\s+/);
  const creeds = kb.lexicon.partyCreeds;
  return words.some((w, k) => creeds?.has(w) || creeds?.has(`${w} ${words[k + 1]}`)) ? run : null;
}

/** Where the run of unknown proper names that owns `title` starts, or null (see titleOwnedByUnknownBody). */
function ownerRun(doc: AnalyzedText, kb: Knowledge, known: SpanIndex<ActorPhrase>, title: ActorPhrase): number | null {
  if (!/^[a-z]/.test(title.text) || !kb.lexicon.sharedTitles?.has(title.text.toLowerCase())) return null;
  const tokens = doc.tokens;
  const last = tokenAt(doc, title.start) - 1; // the word right before the title
  if (last < 0 || tokens[last].end + 1 < title.start || tokens[last].pos !== 'PROPN' || !/^[A-Z]/.test(tokens[last].text)) return null;
  let first = last;
  while (first > 0 && tokens[first - 1].sentence === tokens[last].sentence && tokens[first - 1].pos === 'PROPN' && /^[A-Z]/.test(tokens[first - 1].text)) first--;
  // ("Former president X", "BRASILIA - Former president X": a word that grades a title owns none)
  if (first === last && TITLE_MODIFIERS.test(tokens[first].text)) return null;
  const start = tokens[first].start;
  // (a capitalised role word inside the run is part of its name: "Freedom Party leader")
  if (known.overlapping(start, tokens[last].end).some((k) => k.rule !== 'actor:role' || !/^[A-Z]/.test(k.text))) return null;
  const run = doc.text.slice(start, tokens[last].end);
  const bare = run.replace(DIVISION_WORD, '');
  return kb.places.lookup(run).length === 0 && kb.places.lookup(bare).length === 0 && kb.cities(normalizeName(bare)).length === 0 ? start : null;
}
