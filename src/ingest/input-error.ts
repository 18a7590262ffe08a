// One bad input, described in one line the user can act on: "<file>[:<line>]: <reason>".
export class InputError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
    if (line !== undefined) this.line = line;
  }
}
