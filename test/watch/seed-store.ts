import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../../src/incidents/index.ts';
import { openStore } from '../../src/store/index.ts';
import { openIncidentIndex } from '../../src/store/open-incidents.ts';

// A store holding generated incidents (no articles: the watch reads incidents only), and the CLI run
// in a child process, asynchronously, so a webhook receiver in the test process can answer it.

export async function seedIncidents(url: string, incidents: readonly Incident[]): Promise<void> {
  const store = await openStore(url);
  const index = openIncidentIndex(store);
  try {
    const version = await index.version();
    const ok = await index.commit(version, { remove: [], write: incidents.map((incident) => ({ incident, reports: [] })) });
    if (!ok) throw new Error('incident commit lost a race');
  } finally {
    await index.close();
    await store.close();
  }
}

const BIN = fileURLToPath(new URL('../../bin/eventlens.js', import.meta.url));

export function cli(args: readonly string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 90_000, killSignal: 'SIGKILL', encoding: 'utf8' }, (error, out, err) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, out, err });
    });
  });
}
