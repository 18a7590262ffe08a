// Clauses read off the dependency tree: what governs an act, and whether the act is one that happened.
export { pathUp, isWithin, clauseMarkers, type PathStep } from './clause-path.ts';
export { governingNode } from './governed-content.ts';
export { treeSpeechCue, type TreeCue } from './speech-cue.ts';
export { purposeClause } from './purpose-clause.ts';
export { treeCondition, type TreeCondition } from './condition.ts';
export { descriptionOf } from './description.ts';
export { backgroundCue } from './background-cue.ts';
export { verbTime, isPresentPerfect } from './verb-time.ts';
export { isCalledOffOnTree } from './called-off.ts';
export { isForestalled } from './forestalled.ts';
export { comparisonPart } from './comparison.ts';
export { isPrepositionalTo } from './infinitive-to.ts';
export { isOpenQuestion } from './open-question.ts';
export { attackSubject } from './act-effect.ts';
export { isStateUnder } from './under-state.ts';
export { isPrecondition } from './precondition.ts';
export { isStatedAim } from './stated-aim.ts';
export { isObjectClauseSubject } from './object-clause-subject.ts';
