import { PloverType } from '../schema/event.ts';
import { lookupCameo } from './ontology.ts';
import type { CameoInfo, EventPattern, PatternStep } from './types.ts';
import { parseTsv } from './tsv.ts';
import { particleAfterObject } from './separable-particles.ts';

export class DataFileError extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

/**
 * Compiles pattern rows ("fire rocket|missile at<TAB>195<TAB><TAB>note") into steps.
 * `a|b` are alternative lemmas for one position; `*` lets up to four tokens sit before the next step.
 */
export function parsePatterns(file: string, content: string, kind: 'verb' | 'noun', ontology: ReadonlyMap<string, CameoInfo>): EventPattern[] {
  const out: EventPattern[] = [];
  for (const { line, cells } of parseTsv(content)) {
    const [pattern, cameo, requires = ''] = cells;
    if (!pattern || !cameo) throw new DataFileError(file, line, 'expected pattern<TAB>cameo');
    if (!/^\d{2,4}$/.test(cameo) || !hasCode(ontology, cameo)) throw new DataFileError(file, line, `unknown CAMEO code '${cameo}'`);
    // the requires column: `object`, and `type:RETREAT` where the PLOVER manual splits one CAMEO code by the act
    // (CAMEO files a resignation under 0831, whose crosswalk type is CONCEDE; the manual codes it RETREAT resign);
    // `instrument`: only a munition or an act as the verb's subject makes it an event ("a rocket slammed into a school");
    // `stated`: a noun that mostly names a lasting state is an event only where a verb of happening or a toll states it;
    // `place`: only a named place as the verb's object (or passive subject) makes it an event ("captured Bakhmut");
    // `stay`: only a visitor's dated stay in another country ("was in Eritrea last week");
    // `active`: only in the active voice ("flew to Paris", where "was flown to The Hague" is carried there);
    // `negated`: only under a negation the idiom owns ("will not stand idly by" warns that the speaker will act);
    // `spoken`: the words are a warning made by saying them, so a "will" before them is no plan ("will take all
    // necessary measures to defend its sovereignty");
    // `ongoing`: only when the act it takes is under way, not one still planned ("called off the strike" ends it;
    // "called off a planned strike" tells the strike itself, called off: coding guide certainty called_off)
    const flags = requires.split(/\s+/).filter(Boolean);
    const typed = flags.find((f) => f.startsWith('type:'));
    const type = typed === undefined ? undefined : PloverType.safeParse(typed.slice(5));
    if (type && !type.success || flags.some((f) => f !== 'object' && f !== 'instrument' && f !== 'stated' && f !== 'place' && f !== 'stay' && f !== 'active' && f !== 'negated' && f !== 'spoken' && f !== 'announced' && f !== 'callee' && !/^ongoing(:[A-Z]+)?$/.test(f) && !f.startsWith('type:'))) throw new DataFileError(file, line, `unknown flag in '${requires}'`);
    const steps: PatternStep[] = [];
    let gap = false;
    for (const word of pattern.toLowerCase().split(/\s+/)) {
      if (word === '*') {
        gap = true;
        continue;
      }
      steps.push({ lemmas: word.split('|'), gapBefore: gap });
      gap = false;
    }
    if (steps.length === 0) throw new DataFileError(file, line, 'empty pattern');
    // ("pushed the migrants back": the particle after the object, knowledge/separable-particles.ts)
    const separated = kind === 'verb' ? particleAfterObject(steps) : null;
    for (const form of separated ? [steps, separated] : [steps]) out.push({ id: `${file}:${line} ${pattern}`, kind, steps: form, ...(form === separated ? { particleMoved: true as const } : {}), cameo, requiresObject: flags.includes('object'), ...(flags.includes('instrument') ? { requiresInstrument: true } : {}), ...(flags.includes('stated') ? { requiresStatement: true } : {}), ...(flags.includes('place') ? { requiresPlace: true } : {}), ...(flags.includes('stay') ? { requiresStay: true } : {}), ...(flags.includes('active') ? { requiresActive: true } : {}), ...(flags.includes('negated') ? { requiresNegation: true } : {}), ...(flags.includes('spoken') ? { spoken: true } : {}), ...(flags.includes('announced') ? { requiresAnnouncement: true } : {}), ...(flags.includes('callee') ? { requiresCallee: true } : {}), ...ongoingFlag(flags), ...(type?.success ? { type: type.data } : {}) });
  }
  return out;
}

/** `ongoing` or `ongoing:PROTEST`: the row ends an act under way, of that kind where it names one (called-off-plan.ts). */
function ongoingFlag(flags: readonly string[]): { requiresOngoing?: true; calledOffType?: PloverType } {
  const flag = flags.find((f) => f.startsWith('ongoing'));
  if (flag === undefined) return {};
  const type = PloverType.safeParse(flag.slice(8));
  return { requiresOngoing: true, ...(type.success ? { calledOffType: type.data } : {}) };
}

/** The code's info, with the pattern's own PLOVER type where its row names one (`type:RETREAT`). */
export function patternInfo(ontology: ReadonlyMap<string, CameoInfo>, pattern: EventPattern): CameoInfo | undefined {
  const info = lookupCameo(ontology, pattern.cameo);
  return info && pattern.type && pattern.type !== info.type ? { ...info, type: pattern.type } : info;
}

function hasCode(ontology: ReadonlyMap<string, CameoInfo>, code: string): boolean {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) if (ontology.has(c)) return true;
  return false;
}

/** Patterns indexed by every lemma their first step accepts. */
export function indexPatterns(patterns: readonly EventPattern[]): Map<string, EventPattern[]> {
  const byFirst = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    for (const lemma of p.steps[0].lemmas) {
      const list = byFirst.get(lemma) ?? [];
      list.push(p);
      byFirst.set(lemma, list);
    }
  }
  return byFirst;
}
