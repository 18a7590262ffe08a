// The enumerations of src/schema/event.ts, repeated here because that module imports zod at run
// time and the dashboard should not ship a validator it never uses. A test checks they are equal.
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const CERTAINTIES = [
  'asserted', 'claimed', 'alleged', 'conditional', 'planned', 'called_off', 'denied', 'hypothetical',
] as const;
