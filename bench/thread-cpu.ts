import { readFileSync, readdirSync } from 'node:fs';
import v8 from 'node:v8';

// Load-independent measures for the coder benches: CPU time per thread and bytes allocated. On a shared
// machine wall time counts other processes' turns; these do not (or much less).

/**
 * CPU ms so far of this process's main thread and of all its other threads (V8's helpers: concurrent
 * compilation, parallel scavenges, concurrent marking; and any worker threads), from /proc (Linux).
 * Null elsewhere.
 */
export function threadCpuMs(): { main: number; others: number } | null {
  const tasks = taskCpuMs();
  if (tasks === null) return null;
  let main = 0;
  let others = 0;
  for (const [task, ms] of tasks) {
    if (task === process.pid) main += ms;
    else others += ms;
  }
  return { main, others };
}

/**
 * CPU ms so far of every live thread of this process (or only of `only`), by Linux thread id (the main
 * thread's is the pid). Null elsewhere. Each thread is a file read: ~0.02 ms.
 */
export function taskCpuMs(only?: Iterable<number>): Map<number, number> | null {
  let tasks: Iterable<string | number>;
  try {
    tasks = only ?? readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const cpu = new Map<number, number>();
  for (const task of tasks) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    // fields after the parenthesised name: utime and stime are the 12th and 13th, in clock ticks (1/100 s)
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu.set(Number(task), (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return cpu;
}

/**
 * Bytes the main isolate allocates between `start` and `stop`: what the heap grew by, plus what each
 * collection in between freed. Also the number of collections and the time they report (main thread).
 */
export function allocationMeter(): { stop(): { bytes: number; collections: number; gcMs: number } } {
  const profiler = new v8.GCProfiler();
  const before = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  return {
    stop() {
      const { statistics } = profiler.stop();
      const after = v8.getHeapStatistics().used_heap_size;
      let bytes = 0;
      let last = before;
      let gcMs = 0;
      for (const gc of statistics) {
        bytes += gc.beforeGC.heapStatistics.usedHeapSize - last;
        last = gc.afterGC.heapStatistics.usedHeapSize;
        gcMs += gc.cost / 1000;
      }
      return { bytes: bytes + after - last, collections: statistics.length, gcMs };
    },
  };
}
