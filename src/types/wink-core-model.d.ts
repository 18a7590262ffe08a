// The wink English model's core (lexicon) reader: a fresh copy of the model with its packed lexicon.
declare module 'wink-eng-lite-web-model/dist/read-core-model.js' {
  interface WinkCoreModel {
    readonly lexicon: Uint32Array;
    readonly packing: { readonly size: number; readonly layout: Record<string, readonly number[]> };
    readonly features: {
      readonly lexeme: { readonly list: readonly string[] };
      readonly pos: { readonly list: readonly string[] };
      readonly posClusters: { readonly list: readonly ReadonlySet<number>[] };
    };
  }
  const readCoreModel: () => WinkCoreModel;
  export default readCoreModel;
}
