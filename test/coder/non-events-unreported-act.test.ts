import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// A definite act noun with nothing that reports its act as happening only refers to an act (src/core/unreported-act.ts):
// a past act the reader knows, or one told before in the article (coreference keeps it as a mention of that act).
// Class found coding real web news (session 14 probe). Sentences written for this file.

describe('a definite act noun with no anchor is a reference, not a report (coreference:unreported-act)', { timeout: 120_000 }, () => {
  table('reference', [
    ['The riots were a reaction to the Turkish invasion of Cyprus.', []],
    ["Oil prices doubled in the months after Russia's invasion of Ukraine.", []],
    ['Turnout fell sharply in the year after the Soviet blockade of Berlin.', []],
    ["Many analysts trace the refugee crisis to the Syrian army's siege of Aleppo.", []],
    ['Exports collapsed as a consequence of the American blockade of Cuba.', []],
    ['The new law is a direct result of the Chinese crackdown on Hong Kong.', []],
  ]);
  table('a date, a count, an agent, a subject or a support verb reports it', [
    ['The Turkish invasion of Cyprus on Saturday forced thousands to flee.', ['ASSAULT TUR>CYP']],
    ["Protesters denounced Tuesday's shelling of the hospital in Aleppo.", ['ASSAULT -', 'ACCUSE -']],
    ['The two air strikes on the village killed nine people.', ['ASSAULT -']],
    ['Residents mourned the killing of 12 soldiers in the village of Abala.', ['ASSAULT -']],
    ['Officials condemned the bombing of the bus station by rebels in Goma.', ['ASSAULT -', 'ACCUSE -']],
    ['The Russian assault on the town began at dawn, residents said.', ['ASSAULT RUS']],
    ['Nigerian soldiers carried out the raid on the camp near Maiduguri.', ['ASSAULT NGA']],
    ['Local militias participated in the assault on Kidal, the army said.', ['ASSAULT -']],
    ["The African Union condemned the Sudanese army's shelling of the refugee camp.", ['ASSAULT SDNMIL', 'ACCUSE -']],
    ['The UN denounced the Israeli strike on the school.', ['ASSAULT ISR', 'ACCUSE -']],
    ['Erdogan renewed his appeal to NATO for more air defence systems.', ['REQUEST TUR']],
    ['Ukraine blamed Russia for the missile strike on the hospital.', ['ACCUSE UKR>RUS', 'ASSAULT RUS']],
    ["Egypt's condemnation of the Ethiopian raid on the border post came hours later.", ['ACCUSE EGY>ETH', 'ASSAULT ETH']],
  ]);
  table('an act told before keeps its later mention as one event', [
    ['Gunmen attacked a market in Goma on Monday. The attack on the market angered many residents.', ['ASSAULT -']],
    ['Israeli jets struck a school in Gaza on Sunday. Officials said the Israeli strike on the school was a reaction to rocket fire.', ['ASSAULT ISR']],
  ]);
});
