// The I/O edge of src/watch run by writers: evaluate the rules enabled on a store over what was just
// stored, store the alerts, send them (docs/watch.md, "Rules enabled on the store").
export { hasEnabledRules, watchStoredIncidents, type HookOptions, type HookResult } from './after-store.ts';
export { deliverPending, storeAlerts, type Delivered } from './record-alerts.ts';
