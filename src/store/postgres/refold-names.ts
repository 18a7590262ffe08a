import type pg from 'pg';
import { casefold } from '../casefold.ts';

// The participants migration folds names with PostgreSQL's lower(), which agrees with casefold() (JS
// toLowerCase) on ASCII only: lower() follows the database's locale ("C" leaves "É" alone) and differs on
// letters like "İ". The non-ASCII names, few, are refolded here so filters find them as the writer folds
// them; then every participant's folded name joins `names`, where name substrings are looked up.
export async function refoldParticipantNames(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`SELECT DISTINCT name FROM participants WHERE name ~ '[^[:ascii:]]'`);
  if (rows.length > 0) {
    const folded = rows.map((r) => ({ name: r.name, folded: casefold(r.name) }));
    await client.query(`UPDATE participants p SET name_folded = f.folded
      FROM jsonb_to_recordset($1::jsonb) AS f(name text, folded text)
      WHERE p.name = f.name COLLATE "C" AND p.name_folded <> f.folded COLLATE "C"`, [JSON.stringify(folded)]);
  }
  await client.query('INSERT INTO names (folded) SELECT DISTINCT name_folded FROM participants ON CONFLICT DO NOTHING');
}
