import type { Article } from '../../src/schema/event.ts';
import { linkPendingEvents } from '../../src/store/incidents-link.ts';
import { conflictStore, realCoder, type Fixture } from './fixture.ts';

// The conflict corpus plus one attack told by two outlets (written for these tests): two reports, one
// incident, with casualty figures that disagree (at least 12 / 14 killed). Linked like ingest links.

export const TWO_OUTLETS: readonly Article[] = [
  {
    id: 'desk-wire-a', url: 'https://wire.example/a', published: '2024-05-12', title: 'Attack in Mali',
    text: 'Attack in Mali\n\nGunmen killed at least 12 villagers in an attack on Kidal in northern Mali on Saturday, local officials said. Dozens of people were injured.',
  },
  {
    id: 'desk-paper-b', url: 'https://paper.example/b', published: '2024-05-12', title: 'Mali village attacked',
    text: 'Mali village attacked\n\nGunmen attacked Kidal in Mali on Saturday, killing 14 people, residents said.',
  },
];

export async function linkedStore(prefix: string): Promise<Fixture> {
  const fx = await conflictStore(prefix);
  await fx.store.saveMany(TWO_OUTLETS.map((article) => ({ article, events: realCoder().code(article) })));
  await linkPendingEvents(fx.store);
  return fx;
}
