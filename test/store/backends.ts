import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';

// Every storage test runs against each backend in this list; a new backend joins here.
export interface Backend {
  readonly name: string;
  open(dir: string): Promise<Store>;
}

let counter = 0;
export const BACKENDS: readonly Backend[] = [
  { name: 'sqlite file', open: (dir) => openStore(join(dir, `store-${counter++}.db`)) },
  { name: 'sqlite memory', open: () => openStore(':memory:') },
];
