// Aggregates over 100,000 events take a few hundred milliseconds of SQLite time, and the dashboard
// asks for the same ones again on every reload, shared link and back button. They are kept per
// request URL until the number of stored articles changes: the store never deletes, so any write
// (by this server or by an `eventlens ingest` running beside it) changes that number.

export type Cached = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export function aggregateCache(version: () => Promise<number | string>, capacity = 200): Cached {
  const entries = new Map<string, { version: number | string; value: unknown }>();
  return async (key, compute) => {
    const current = await version();
    const hit = entries.get(key);
    entries.delete(key);
    if (hit && hit.version === current) {
      entries.set(key, hit); // most recently used last
      return hit.value as Awaited<ReturnType<typeof compute>>;
    }
    const value = await compute();
    entries.set(key, { version: current, value });
    if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    return value;
  };
}

/** For measuring what the aggregates cost (npm run bench:serve). */
export const noCache: Cached = (_key, compute) => compute();
