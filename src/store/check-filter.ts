import { orderBy, paging } from './event-order.ts';
import { eventWhere } from './event-where.ts';
import { SQLITE_DIALECT } from './sqlite/dialect.ts';
import type { EventFilter } from './store.ts';

/** Throws the error the store would, without a database: for a CLI or HTTP layer that reports bad input
 *  as a usage error before opening anything. (The SQL is built and thrown away; any dialect would do.) */
export function checkEventFilter(filter: EventFilter): void {
  eventWhere(filter, SQLITE_DIALECT);
  orderBy(filter.sort);
  paging(filter);
}
