/**
 * Search tables of one searchable kind (`occupant`, later `visit`, `parcel`…), created by that module's migration.
 * - `<kind>_doc`: the text of the searchable fields; rowid = the entity's id.
 * - `<kind>_tri`: FTS5 trigram over that text, for substrings of 3+ characters.
 * - `<kind>_key`: contentless FTS5 of short keys: every character and character pair (1–2 character queries such as
 *   a surname), pinyin initials and full pinyin (prefix-searchable), and phone/ID digits reversed so that a tail
 *   query becomes a prefix query.
 */
export function searchTablesSql(kind: string): string[] {
  if (!/^[a-z_]+$/.test(kind)) throw new Error(`bad search kind ${kind}`);
  const t = `search_${kind}`;
  return [
    `CREATE TABLE ${t}_doc (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`,
    `CREATE VIRTUAL TABLE ${t}_tri USING fts5(text, content='${t}_doc', content_rowid='id', tokenize='trigram')`,
    `CREATE TRIGGER ${t}_doc_ai AFTER INSERT ON ${t}_doc BEGIN
       INSERT INTO ${t}_tri(rowid, text) VALUES (new.id, new.text); END`,
    `CREATE TRIGGER ${t}_doc_ad AFTER DELETE ON ${t}_doc BEGIN
       INSERT INTO ${t}_tri(${t}_tri, rowid, text) VALUES ('delete', old.id, old.text); END`,
    `CREATE TRIGGER ${t}_doc_au AFTER UPDATE ON ${t}_doc BEGIN
       INSERT INTO ${t}_tri(${t}_tri, rowid, text) VALUES ('delete', old.id, old.text);
       INSERT INTO ${t}_tri(rowid, text) VALUES (new.id, new.text); END`,
    `CREATE VIRTUAL TABLE ${t}_key USING fts5(chars, py, tails, content='', contentless_delete=1, detail='column', prefix='2 3 4', tokenize='unicode61')`,
  ];
}
