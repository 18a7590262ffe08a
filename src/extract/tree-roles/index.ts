export { TreeView, type DependencyTree } from './tree-view.ts';
export { landingNode, type LandingNode } from './landing-node.ts';
export { nodePhrase } from './node-phrase.ts';
export { hasThingTarget, THING_TARGET, withTreeTargets } from './tree-targets.ts';
export { isUnaddressedAllegation } from './alleged-clause.ts';
