import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/index.ts';
import type { Network, Page, Places, StatsResponse } from '../api-types.ts';
import type { Event } from '../../schema/event.ts';
import type { Cached } from '../aggregate-cache.ts';
import { parseOr400 } from '../http-error.ts';
import { networkFromDyads } from '../network.ts';
import { placePoints } from '../places.ts';
import { EventsQuery, FilterQuery, NetworkQuery, StatsQuery } from '../query-schemas.ts';
import { toEventFilter } from '../to-event-filter.ts';

// The map reads event records (the store aggregates time and dyads, not places); the most recent
// ones stand for all when more match, and the response says so.
export const PLACES_SAMPLE = 10_000;

/** /events, /stats, /places, /network: everything that takes an EventFilter. */
export function eventRoutes(app: FastifyInstance, store: Store, cached: Cached): void {
  app.get('/events', async (request): Promise<Page<Event>> => {
    const q = parseOr400(EventsQuery, request.query, 'query');
    const filter = toEventFilter(q);
    const [items, total] = await Promise.all([
      store.queryEvents({ ...filter, sort: q.sort, limit: q.limit, offset: q.offset }),
      store.countEvents(filter),
    ]);
    return { total, offset: q.offset, limit: q.limit, items };
  });

  app.get('/stats', async (request): Promise<StatsResponse> => {
    const q = parseOr400(StatsQuery, request.query, 'query');
    const rows = await cached(request.url, () => store.stats({ period: q.period, by: q.by, filter: toEventFilter(q) }));
    return { period: q.period, by: q.by, rows };
  });

  app.get('/places', async (request): Promise<Places> => {
    const q = parseOr400(FilterQuery, request.query, 'query');
    const filter = toEventFilter(q);
    return cached(request.url, async () => {
      const [events, total] = await Promise.all([
        store.queryEvents({ ...filter, sort: '-date', limit: PLACES_SAMPLE }),
        store.countEvents(filter),
      ]);
      return { total, considered: events.length, sampled: total > events.length, items: placePoints(events) };
    });
  });

  app.get('/network', async (request): Promise<Network> => {
    const q = parseOr400(NetworkQuery, request.query, 'query');
    return cached(request.url, async () => networkFromDyads(await store.stats({ period: 'month', by: 'dyad', filter: toEventFilter(q) }), q.edges));
  });
}
