// Where the coder's time goes, stage by stage (`npm run bench:coder-cpu -- --stages`). Set
// EVENTLENS_STAGE_METER=1 before the coder's modules load: each metered function is then wrapped to
// charge the time spent in it, minus the time of the metered stages it calls, to its stage. Off (the
// default), `metered` returns the function itself and the coder runs exactly as without it.

export const STAGE_METER_ON = typeof process !== 'undefined' && process.env.EVENTLENS_STAGE_METER === '1';

const totals = new Map<string, number>();
const calls = new Map<string, number>();
const stack: string[] = [];
let mark = 0;

// the time since the last mark goes to the stage on top (time outside every stage is not counted)
function charge(now: number): void {
  const top = stack.at(-1);
  if (top !== undefined) totals.set(top, (totals.get(top) ?? 0) + now - mark);
  mark = now;
}

export function enterStage(stage: string): void {
  charge(performance.now());
  stack.push(stage);
  calls.set(stage, (calls.get(stage) ?? 0) + 1);
}

export function leaveStage(): void {
  charge(performance.now());
  stack.pop();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function metered<F extends (...args: any[]) => any>(stage: string, fn: F): F {
  if (!STAGE_METER_ON) return fn;
  return function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    enterStage(stage);
    try {
      return fn.apply(this, args);
    } finally {
      leaveStage();
    }
  } as F;
}

/** Meters these methods of a class's prototype (only when the meter is on). */
export function meterMethods(proto: object, names: readonly string[], stage: string): void {
  if (!STAGE_METER_ON) return;
  const target = proto as Record<string, unknown>;
  for (const name of names) target[name] = metered(stage, target[name] as (...args: unknown[]) => unknown);
}

/** Milliseconds and calls per stage since the last reset. */
export function stageTotals(): Map<string, { ms: number; calls: number }> {
  return new Map([...totals].map(([stage, ms]) => [stage, { ms, calls: calls.get(stage) ?? 0 }]));
}

export function resetStageTotals(): void {
  totals.clear();
  calls.clear();
}
