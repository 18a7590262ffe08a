import type { ExitCode, Io } from './io.ts';

// `watch --follow`: evaluate now, then every interval, until SIGINT/SIGTERM. New incidents stored by an
// ingest in between are seen on the next pass; an alert already stored is never printed again.
export async function follow(io: Io, pass: () => Promise<ExitCode>, intervalMs: number): Promise<ExitCode> {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => { stop = resolve; });
  const onSignal = () => stop();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (;;) {
      await pass();
      let timer: NodeJS.Timeout | undefined;
      const next = await Promise.race([stopped.then(() => 'stop'), new Promise<string>((resolve) => { timer = setTimeout(() => resolve('next'), intervalMs); })]);
      clearTimeout(timer);
      if (next === 'stop') break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  io.err('watch: stopped');
  return 0;
}
