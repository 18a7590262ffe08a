import type { ParticipantRole } from '../schema/event-participants.ts';
import type { ActorRef } from '../schema/event.ts';
import { exportedActor } from './actor-codes.ts';
import { codeCountry } from './countries.ts';
import { recordOf } from './export-record.ts';
import type { Column, ExportFormat } from './format.ts';
import { joinedParticipants } from './participant-lists.ts';
import { eventMode } from './event-mode.ts';

// POLECAT-like: PLOVER's own field names (event_type, mode, context, actor/recipient), tab-separated
// like the POLECAT releases, plus the provenance POLECAT lacks — who asserts the event, the reporting
// verb, the certainty, the quote and the evidence sentence with its offsets. Like POLECAT, an event with
// coordinated participants lists them all in each column, ';'-separated ("Chad;Cameroon", "TCD;CMR").
const party = (prefix: 'actor' | 'recipient', role: ParticipantRole): Column[] => {
  const column = (suffix: string, pick: (p: ActorRef) => string | null | undefined): Column =>
    ({ name: `${prefix}_${suffix}`, value: ({ event }) => joinedParticipants(event, role, pick) });
  return [column('name', (p) => p.name), column('name_raw', (p) => p.text), column('code', (p) => exportedActor(p.code).code),
    column('country', (p) => codeCountry(exportedActor(p.code).code))];
};

export const POLECAT_FORMAT: ExportFormat = {
  kind: 'delimited',
  name: 'polecat',
  separator: '\t',
  recordColumn: 'record',
  columns: [
    { name: 'event_id', value: (_, id) => id },
    { name: 'story_id', value: ({ event }) => event.doc_id },
    { name: 'event_date', value: ({ event }) => event.date?.value },
    { name: 'date_precision', value: ({ event }) => event.date?.precision },
    { name: 'event_type', value: ({ event }) => event.type },
    { name: 'mode', value: ({ event }) => eventMode(event).mode },
    { name: 'context', value: ({ event }) => eventMode(event).context },
    ...party('actor', 'actor'),
    ...party('recipient', 'target'),
    { name: 'placename', value: ({ event }) => event.location?.name },
    { name: 'raw_placename', value: ({ event }) => event.location?.text },
    { name: 'country', value: ({ event }) => event.location?.country },
    { name: 'latitude', value: ({ event }) => event.location?.lat },
    { name: 'longitude', value: ({ event }) => event.location?.lon },
    { name: 'geonames_id', value: ({ event }) => event.location?.id },
    { name: 'feature_type', value: ({ event }) => event.location?.precision },
    { name: 'source', value: ({ event }) => (event.provenance.source === 'outlet' ? 'outlet' : event.provenance.source.name) },
    { name: 'source_code', value: ({ event }) => (event.provenance.source === 'outlet' ? null : exportedActor(event.provenance.source.code).code) },
    { name: 'reporting_verb', value: ({ event }) => event.provenance.reporting_verb },
    { name: 'certainty', value: ({ event }) => event.provenance.certainty },
    { name: 'quote', value: ({ event }) => event.provenance.quote?.text },
    { name: 'trigger', value: ({ event }) => event.trigger.text },
    { name: 'sentence', value: ({ event }) => event.evidence.sentence },
    { name: 'sentence_start', value: ({ event }) => event.evidence.span[0] },
    { name: 'sentence_end', value: ({ event }) => event.evidence.span[1] },
    { name: 'confidence', value: ({ event }) => event.confidence },
    { name: 'cameo', value: ({ event }) => event.cameo },
    { name: 'goldstein', value: ({ event }) => event.goldstein },
    { name: 'quad_class', value: ({ event }) => event.quad_class },
    { name: 'publication_date', value: ({ article }) => article.published },
    { name: 'headline', value: ({ article }) => article.title },
    { name: 'url', value: ({ article }) => article.url },
    { name: 'record', value: (row) => JSON.stringify(recordOf(row)) },
  ],
};
