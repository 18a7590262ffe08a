import type { Event } from '../../src/schema/event.ts';
import { actor, makeArticle, makeEvent } from './event-factory.ts';

// One article whose events have coordinated participants (`actors`/`targets` lists), shared by the store,
// serve and CLI tests of participant filters. Each event is named by its trigger text.
const chad = actor('Chad', 'TCD', [0, 4]);
const cameroon = actor('Cameroon', 'CMR', [9, 17]);
const bokoHaram = actor('Boko Haram', 'NGAREB', [40, 50]);
const army = actor('army posts', 'NGAMIL', [60, 70]);
const police = actor('police stations', 'NGACOP', [75, 90]);
const niger = actor('Niger', 'NER', [0, 5]);
const students = actor('Côte d’Ivoire students', null, [0, 20]);

function ev(name: string, fields: Partial<Event>): Event {
  return makeEvent('p1', { date: { value: '2024-05-02', precision: 'day', text: 'Thursday', span: null }, location: null, ...fields,
    trigger: { text: name, span: [20, 20 + name.length] } });
}

export const PARTICIPANT_ARTICLE = makeArticle('p1', 'Chad and Cameroon deployed forces against Boko Haram.');

export const PARTICIPANT_EVENTS: readonly Event[] = [
  // "Chad and Cameroon deployed forces against Boko Haram."
  ev('deployed', { type: 'MOBILIZE', cameo: '150', goldstein: -7.2, actor: chad, actors: [chad, cameroon], target: bokoHaram }),
  // "Boko Haram attacked army posts and police stations."
  ev('attacked', { type: 'ASSAULT', cameo: '190', goldstein: -10, actor: bokoHaram, target: army, targets: [army, police] }),
  // "Niger and the students met Chad."
  ev('met', { type: 'CONSULT', cameo: '036', goldstein: 1, quad_class: 1, actor: niger, actors: [niger, students], target: chad }),
];

export const triggers = (events: readonly Event[]): string => events.map((e) => e.trigger.text).join(' ');
