import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { RulesFile, type Rule } from './rule.ts';

// Rules file text → rules, or one error line per problem naming the file, the line and the field:
//   rules.yaml:7: rules[0].when.window_days: Too small: expected number to be >=1
// Pure (the caller reads the file). YAML is a superset of JSON, so one parser serves both.

export type ReadRules = { readonly ok: true; readonly rules: readonly Rule[] } | { readonly ok: false; readonly errors: readonly string[] };

export function readRules(text: string, file: string): ReadRules {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${firstLine(e.message)}`) };
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { ok: false, errors: [`${file}: empty rules file (expected a list under "rules:")`] };
  const parsed = RulesFile.safeParse(value);
  if (parsed.success) return { ok: true, rules: parsed.data.rules };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${file}:${lineOf(doc, lines, issue.path)}: ${pathText(issue.path)}: ${issue.message}`),
  };
}

// The line of the deepest node the path reaches (a missing field: its parent object).
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
