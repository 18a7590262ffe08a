import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 22's role classes (who did it to whom), each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-14');

// People named by their relation to the possessor ("his rival", "her opponent", "his predecessor";
// data/lexicon/relational-people.tsv) are the possessor's political opposite or another holder of the office, never
// the possessor's own side: the target stays (it was dropped as the actor's own forces, or never found: the tagger reads
// "rival" as an adjective, and no role row may hold it, "rival militias" being no one's opponents).
const RELATIONAL: Array<[string, string, string, string | null]> = [
  // [text, trigger, target text, target code]
  ['Brazilian President Lula congratulated his rival on Sunday.', 'congratulated', 'his rival', 'BRAOPP'],
  ['Kenyan President William Ruto criticized his opponent in a speech in Nakuru.', 'criticized', 'his opponent', 'KENOPP'],
  ['The Nigerian president blamed his predecessor for the fuel shortages.', 'blamed', 'his predecessor', 'NGAELI'],
  ['Outgoing Malawian President Lazarus Chakwera congratulated his successor on Tuesday.', 'congratulated', 'his successor', 'MWIELI'],
  ['Malian President Assimi Goita praised his predecessors.', 'praised', 'his predecessors', 'MLIELI'],
  // negatives: a counterpart is another state's (no country); one's own troops stay no target of one's own
  ['Kenyan President William Ruto met his counterpart on Sunday.', 'met', 'his counterpart', null],
  ['Xi Jinping met his counterpart in Beijing on Friday.', 'met', 'his counterpart', null],
];
for (const [text, trigger, target, targetCode] of RELATIONAL) {
  test(`a relational person is not the possessor's side: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.equal(e.target?.code ?? null, targetCode);
  });
}
test('"rival" before a role is an adjective: rival militias are no opposition', T, () => {
  const e = find(code('Two rival militias clashed in Tripoli on Sunday.'), 'clashed');
  assert.equal(e.actor?.code, 'LBYREB');
});
test('opponents of a government are its opposition, not the government', T, () => {
  assert.equal(find(code('Government opponents marched through Nairobi on Sunday.'), 'marched').actor?.code, 'KENOPP');
  assert.equal(find(code('Opponents of the junta attacked a checkpoint near Gao.'), 'attacked').actor?.code, 'MLIOPP');
});

// A state side's following named with "pro-" ("pro-government supporters", "pro-junta supporters", "pro-Maduro
// supporters"; resolve/pro-following.ts) is that side's following, as "government supporters" are: the country's
// people (tree-roles/state-following.ts). After "pro-"/"anti-" any other side is still only what people are for or against.
const PRO_FOLLOWING: Array<[string, string, string, string]> = [
  // [text, trigger, actor text, actor code]
  ['Pro-government supporters attacked journalists in Caracas.', 'attacked', 'Pro-government supporters', 'VENCVL'],
  ['Pro-junta supporters attacked the offices of a newspaper in Niamey on Monday.', 'attacked', 'Pro-junta supporters', 'NERCVL'],
  ['Hundreds of pro-government supporters rallied in Harare on Saturday.', 'rallied', 'pro-government supporters', 'ZWECVL'],
  ['Pro-Maduro supporters attacked opposition lawmakers in Caracas.', 'attacked', 'Pro-Maduro supporters', 'VENCVL'],
  // negatives: what they are for or against
  ['Pro-government militias attacked protesters in Caracas.', 'attacked', 'militias', 'VENREB'],
  ['Anti-government protesters clashed with police in Nairobi.', 'clashed', 'protesters', 'KENOPP'],
];
for (const [text, trigger, actor, actorCode] of PRO_FOLLOWING) {
  test(`a "pro-" following of a state side is its people: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.actor?.code, actorCode);
  });
}
test('"pro-Russian supporters" are no Russians', T, () => {
  const events = code('Pro-Russian supporters rallied in Chisinau on Sunday.');
  assert.ok(events.every((e) => e.actor?.code !== 'RUS'), JSON.stringify(events.map((e) => e.actor)));
});

// A country's title before a name no dictionary knows is that person's title, also when the title was read as former
// ("Former French President Nicolas Sarkozy": FRAELI) or as the office's holder on the publication date ("French
// President X" is X, not the sitting president): resolve/unknown-names.ts. One who held a state office (ELI) acts, and
// is tried, as political news (core/actor-ref.ts), and a later mention by surname alone is that person.
const FORMER_OFFICIAL: Array<[string, string, string, string, 'actor' | 'target']> = [
  // [text, trigger, participant text, code, role]
  ['Former French President Nicolas Sarkozy denounced the verdict on Thursday.', 'denounced', 'French President Nicolas Sarkozy', 'FRAELI', 'actor'],
  ['Former Pakistani Prime Minister Imran Khan accused the army of rigging the vote.', 'accused', 'Pakistani Prime Minister Imran Khan', 'PAKELI', 'actor'],
  ['Former Brazilian President Jair Bolsonaro was convicted by the Supreme Court on Thursday.', 'convicted', 'Brazilian President Jair Bolsonaro', 'BRAELI', 'target'],
  ['Former Peruvian President Pedro Castillo was sentenced to prison on Monday. Castillo rejected the ruling.', 'rejected', 'Castillo', 'PERELI', 'actor'],
  ['Former Tunisian Prime Minister Ali Larayedh was sentenced on Friday. Larayedh denounced the trial as a farce.', 'denounced', 'Larayedh', 'TUNELI', 'actor'],
  // negatives: a sitting holder, an opposition leader
  ['Peruvian President Dina Boluarte criticized the protesters.', 'criticized', 'Peruvian President Dina Boluarte', 'PERGOV', 'actor'],
  ['Zambian opposition leader Hakainde Hichilema criticized the police.', 'criticized', 'Zambian opposition leader Hakainde Hichilema', 'ZMBOPP', 'actor'],
];
for (const [text, trigger, who, whoCode, role] of FORMER_OFFICIAL) {
  test(`a former official named by a country's title acts and is tried as political news: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e[role]?.text, who);
    assert.equal(e[role]?.code, whoCode);
  });
}

// An object relative after a comma (", whom he praised", ", whom it had detained", ", which the army had seized") opens
// a relative clause of the noun before the comma, where the parse hung the clause on the sentence's verb (and read
// "whom" as an oblique or the subject's determiner): tree-repair/relative-clause.ts. Its act lands on that noun.
const OBJECT_RELATIVE: Array<[string, string, string, string]> = [
  // [text, trigger, actor text, target text]
  ['The army released the journalist, whom it had detained for a week.', 'detained', 'it', 'the journalist'],
  ['The junta released two journalists, whom soldiers had detained in Niamey.', 'detained', 'soldiers', 'journalists'],
  ['Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, whom he praised for his role in the talks.', 'praised', 'he', 'Ethiopian Prime Minister Abiy Ahmed'],
  ['Trump praised Netanyahu, whom he met in Washington last week.', 'met', 'he', 'Netanyahu'],
  ['Rebels freed the town, which the army had seized in May.', 'seized', 'army', 'the town'],
  // negative: a subject relative leaves the main clause's object as it was
  ['Police arrested the men, who had attacked a checkpoint near Gao.', 'arrested', 'Police', 'the men'],
];
for (const [text, trigger, actor, target] of OBJECT_RELATIVE) {
  test(`an object relative after a comma describes the noun before it: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.target?.text, target);
  });
}
test('a relative whom after a preposition is left as it was', T, () => {
  const e = find(code('Kenya deported the activists, to whom it had denied visas.'), 'denied');
  assert.equal(e.target, null);
});

// An act whose subject is a definite act noun ("One of the raids struck a clinic", "One of the drones hit an apartment
// block") takes up the act told before with that noun, and so its doer (core/taken-up-act-doer.ts): no longer actorless.
const TAKEN_UP: Array<[string, string, string, string]> = [
  // [text, trigger, actor code, target text]
  ['Israeli jets launched a wave of air raids on southern Lebanon on Tuesday.\n\nOne of the raids struck a clinic in Nabatieh.', 'struck', 'ISRMIL', 'a clinic'],
  ['Russian forces launched a massive drone attack on Kharkiv overnight.\n\nOne of the drones hit an apartment block in the city center, officials said.', 'hit', 'RUSMIL', 'an apartment block'],
  ['U.S. forces carried out several airstrikes in Somalia last week.\n\nOne of the airstrikes hit a compound near Jilib.', 'hit', 'USAMIL', 'a compound'],
];
for (const [text, trigger, actorCode, target] of TAKEN_UP) {
  test(`a definite act noun as subject takes up the earlier act's doer: ${text.split('\n')[2]}`, T, () => {
    const e = code(text).find((x) => x.trigger.text.startsWith(trigger) && x.rules.includes('roles:instrument-subject'));
    assert.ok(e, 'no event');
    assert.equal(e.actor?.code, actorCode);
    assert.equal(e.target?.text, target);
  });
}
test('an indefinite act noun as subject names no earlier act: no actor', T, () => {
  const events = code('Gunmen attacked a police post in Zamfara on Monday.\n\nA car bomb exploded near a market in Maiduguri on Tuesday, killing five people.');
  assert.equal(find(events, 'exploded').actor, null);
});
