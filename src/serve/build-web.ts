// `npm run build:web`: builds the dashboard now rather than on the first `eventlens serve`.
import { ensureWebBundle } from './web-bundle.ts';

const dir = await ensureWebBundle((line) => process.stdout.write(`${line}\n`));
process.stdout.write(`${dir}\n`);
