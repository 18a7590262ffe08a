import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/index.ts';
import { incidentStats, matchIncidents } from '../../store/incidents-query.ts';
import type { IncidentPage, Network, Page, Places, StatsResponse } from '../api-types.ts';
import type { Event } from '../../schema/event.ts';
import type { Cached } from '../aggregate-cache.ts';
import { parseOr400 } from '../http-error.ts';
import { incidentPage, matchingIncidents, type IncidentAccess } from '../incident-access.ts';
import { networkFromDyads } from '../network.ts';
import { eventPlace, incidentPlace, PlaceTally } from '../places.ts';
import { EventsQuery, NetworkQuery, PlacesQuery, StatsQuery } from '../query-schemas.ts';
import { toEventFilter } from '../to-event-filter.ts';

// Without a streaming store the map reads the most recent events only, and the response says so.
export const PLACES_SAMPLE = 10_000;
const YIELD_EVERY = 2_000;

/** /events, /stats, /places, /network: everything that takes an EventFilter; `unit=incident` counts incidents. */
export function eventRoutes(app: FastifyInstance, store: Store, cached: Cached, incidents: IncidentAccess): void {
  app.get('/events', async (request): Promise<Page<Event> | IncidentPage> => {
    const q = parseOr400(EventsQuery, request.query, 'query');
    const filter = toEventFilter(q);
    if (q.unit === 'incident') return incidentPage(store, incidents.index(), filter, q);
    const [items, total] = await Promise.all([
      store.queryEvents({ ...filter, sort: q.sort, limit: q.limit, offset: q.offset }),
      store.countEvents(filter),
    ]);
    return { total, offset: q.offset, limit: q.limit, items };
  });

  app.get('/stats', async (request): Promise<StatsResponse> => {
    const q = parseOr400(StatsQuery, request.query, 'query');
    const filter = toEventFilter(q);
    const rows = await cached(request.url, async () => (q.unit === 'incident'
      ? incidentStats((await matchIncidents(store, incidents.index(), filter)).summaries, q)
      : store.stats({ period: q.period, by: q.by, filter })));
    return { period: q.period, by: q.by, rows };
  });

  // Every matching event (or incident) is counted, streamed and tallied per place: the page draws the
  // aggregate, so 100,000 events cost a few hundred places on the wire.
  app.get('/places', async (request): Promise<Places> => {
    const q = parseOr400(PlacesQuery, request.query, 'query');
    const filter = toEventFilter(q);
    return cached(request.url, async () => {
      const tally = new PlaceTally();
      if (q.unit === 'incident') {
        let total = 0;
        for await (const incident of matchingIncidents(store, incidents.index(), filter)) {
          total++;
          const place = incidentPlace(incident);
          if (place) tally.add(place);
        }
        return { unit: 'incident', total, considered: total, sampled: false, items: tally.points() };
      }
      if (store.scanEvents === undefined) {
        const [events, total] = await Promise.all([store.queryEvents({ ...filter, sort: '-date', limit: PLACES_SAMPLE }), store.countEvents(filter)]);
        for (const event of events) addPlace(tally, event);
        return { unit: 'report', total, considered: events.length, sampled: total > events.length, items: tally.points() };
      }
      let total = 0;
      for await (const row of store.scanEvents(filter)) {
        total++;
        addPlace(tally, row.event);
        // SQLite reads synchronously: let the other requests (the event table first) in between.
        if (total % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      return { unit: 'report', total, considered: total, sampled: false, items: tally.points() };
    });
  });

  app.get('/network', async (request): Promise<Network> => {
    const q = parseOr400(NetworkQuery, request.query, 'query');
    return cached(request.url, async () => networkFromDyads(await store.stats({ period: 'month', by: 'dyad', filter: toEventFilter(q) }), q.edges));
  });
}

function addPlace(tally: PlaceTally, event: Event): void {
  const place = eventPlace(event);
  if (place) tally.add(place);
}
