// WordNet's irregular verb forms as wink-eng-lite-web-model ships them ("shot" → "shoot", "retaken" → "retake").
declare module 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js' {
  const forms: Readonly<Record<string, string>>;
  export default forms;
}
