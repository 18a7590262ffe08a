export interface Migration {
  readonly version: number;
  readonly up: string;
}

// Shared by both backends' runners: what to apply, and the refusal to touch a newer database.
export function pendingMigrations<M extends Migration>(migrations: readonly M[], from: number): readonly M[] {
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) {
    // Running old code on a newer database would write rows the newer schema does not expect.
    throw new Error(`database schema v${from} is newer than this eventlens supports (v${known}); upgrade eventlens`);
  }
  return migrations.filter((m) => m.version > from);
}
