import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coderPublishedOn, expectCodes, T } from './class-fixture.ts';

// Session 34: international organisations are coded with CAMEO codes, not our ids. data/actors/organizations.json had
// a "code" only for the UN, NATO and the EU, so every other IGO and NGO went out as its id ("african-union", "unicef"),
// which no CAMEO consumer reads. `npm run kb:igo-codes` (scripts/igo-codes.ts) fills the codes from the Phoenix/PETRARCH2
// International actors dictionary by name and alias (the entry's own name first); a parent Phoenix lacks takes the code
// Phoenix gives its bodies (the AU, from "AUPSC"), a body Phoenix lacks its parent's (the European Council is the EU's);
// an organisation no source codes keeps its id. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

expectCodes(code, 'a UN body or agency is IGOUNO, with its Phoenix suffix', [
  ['The U.N. Security Council imposed sanctions on Mali on Tuesday.', 'imposed', 'IGOUNO', 'MLI'],
  ['The U.N. General Assembly condemned Russia\'s annexation of four Ukrainian regions.', 'condemned', 'IGOUNO', 'RUS'],
  ['UNICEF delivered vaccines to children in northern Yemen on Monday.', 'delivered', 'IGOUNOKID'],
  ['The World Health Organization sent medical supplies to Gaza on Sunday.', 'sent', 'IGOUNOHLHWHO'],
  ['Iran accused the IAEA of bias on Thursday.', 'accused', 'IRN', 'IGOUNOIAE'],
  ['Russia vetoed a U.N. Security Council resolution on Ukraine on Friday.', 'vetoed', 'RUS', 'IGOUNO'],
  // an office holder of an agency is coded as the agency (people.json "group", actor-files.ts groupCodes)
  ['IAEA chief Rafael Grossi met Iranian officials in Tehran on Tuesday.', 'met', 'IGOUNOIAE', 'IRNGOV'],
]);

expectCodes(code, 'an African regional body has its Phoenix code', [
  ['The African Union suspended Gabon after the coup on Thursday.', 'suspended', 'IGOAFRAFU', 'GAB'],
  ['The African Union Peace and Security Council suspended Sudan on Monday.', 'suspended', 'IGOAFRAFU', 'SDN'],
  ['ECOWAS imposed sanctions on Niger\'s military rulers on Sunday.', 'imposed', 'IGOWAFWAS', 'NERGOV'],
  ['Niger\'s junta accused ECOWAS of plotting an invasion.', 'accused', 'NERGOV', 'IGOWAFWAS'],
  ['The Southern African Development Community urged Madagascar\'s army to respect the constitution.', 'urged', 'IGOSAFDEVSAD', 'MDGMIL'],
  ['SADC sent troops to Mozambique\'s Cabo Delgado province in July.', 'sent', 'IGOSAFDEVSAD'],
  ['Sudan\'s army rejected a ceasefire plan put forward by IGAD.', 'rejected', 'SDNMIL', 'IGOEAFDEVIAD'],
  // the bloc named again takes up the organisation, with its code
  ['The African Union suspended Gabon on Thursday. The bloc also urged the junta to free the president.', 'urged', 'IGOAFRAFU'],
]);

expectCodes(code, 'an EU body is IGOEUREEC', [
  ['The European Commission urged Hungary to restore judicial independence.', 'urged', 'IGOEUREEC', 'HUN'],
  ['The European Commission fined Apple 500 million euros on Wednesday.', 'fined', 'IGOEUREEC'],
  ['The European Parliament condemned Azerbaijan\'s offensive in Nagorno-Karabakh.', 'condemned', 'IGOEUREEC', 'AZE'],
  ['The European Council imposed new sanctions on Belarus on Monday.', 'imposed', 'IGOEUREEC', 'BLR'],
]);

expectCodes(code, 'other organisations have their Phoenix code; NATO stays IGOWSTNAT', [
  ['ASEAN urged Myanmar\'s junta to end the violence on Tuesday.', 'urged', 'IGOSEAASN', 'MMRGOV'],
  ['Malaysia urged ASEAN to suspend Myanmar on Monday.', 'urged', 'MYS', 'IGOSEAASN'],
  ['The Arab League condemned Israel\'s strikes on Lebanon on Sunday.', 'condemned', 'IGOMEAARL', 'ISRMIL'], // (a possessive before an armed act is the military since session 35)
  ['The Arab League rejected the plan to move Palestinians out of Gaza.', 'rejected', 'IGOMEAARL'],
  ['OPEC members agreed to extend the output cuts on Thursday.', 'agreed', 'IGOOPC'],
  ['NATO deployed more troops to Lithuania on Friday.', 'deployed', 'IGOWSTNAT'],
  ['NATO Secretary-General Mark Rutte met Ukraine\'s president in Kyiv on Tuesday.', 'met', 'IGOWSTNAT', 'UKRGOV'],
  ['The ICC issued an arrest warrant for Vladimir Putin on Friday.', 'issued', 'IGOJUDICC', 'RUSGOV'],
  ['Amnesty International accused Ethiopian troops of killing civilians in Amhara.', 'accused', 'NGOHRIAMN', 'ETHMIL'],
]);

// negatives: an armed group is no organisation and keeps its id; a bloc Phoenix does not list keeps its id too
expectCodes(code, 'a group or a bloc no source codes keeps its id', [
  ['Hezbollah fired rockets at northern Israel on Monday.', 'fired', 'hezbollah', 'ISR'],
  ['The army attacked Hezbollah fighters near the border on Sunday.', 'attacked', undefined, 'hezbollah'],
  ['The Houthis fired a missile at a ship in the Red Sea on Monday.', 'fired', 'houthis'],
  ['The Gulf Cooperation Council condemned the attack on Qatar on Tuesday.', 'condemned', 'gcc'],
  ['Mercosur leaders met in Montevideo on Friday.', 'met', 'mercosur'],
]);

// no invented codes: each code the script filled is one Phoenix gives some name, or a parent's
const root = fileURLToPath(new URL('../../', import.meta.url));
const phoenixFile = `${root}../shared/dictionaries/petrarch2/Phoenix.International.actors.txt`;
test('every IGO/NGO code is a Phoenix code', { ...T, skip: !existsSync(phoenixFile) && 'no ../shared/dictionaries' }, () => {
  const phoenix = readFileSync(phoenixFile, 'utf8');
  const orgs = JSON.parse(readFileSync(`${root}data/actors/organizations.json`, 'utf8')) as Array<{ id: string; kind: string; code?: string }>;
  const coded = orgs.filter((o) => (o.kind === 'igo' || o.kind === 'ngo') && o.code && /^[IN]GO./.test(o.code)); // not our own region codes ("WST") or "IGO"
  assert.ok(coded.length > 80, `${coded.length} coded`);
  assert.deepEqual(coded.filter((o) => !phoenix.includes(`[${o.code}`)).map((o) => `${o.id} ${o.code}`), []);
});
