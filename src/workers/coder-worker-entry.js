// Worker threads do not inherit the tsx loader that bin/eventlens.js registers in the main thread,
// so each worker registers it before loading the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./coder-worker.ts');
