export { createCoder, type Coder, type CoderOptions } from './coder.ts';
