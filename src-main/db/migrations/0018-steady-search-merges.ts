import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Turns FTS5's automerge off on every search index: the desk merges them after each write's reply instead
 * (`StoreUpkeep`, `mergeWrittenIndexes`). FTS5 did that merging inside the commit of whichever write crossed its
 * threshold, so at a million rows about one check-in in thirty carried 2–4 ms of it. `crisismerge` stays at its default
 * (16 segments on one level): the bound if writes ever come faster than the desk can merge between them.
 * The setting is stored in each index's `_config` table, so every connection to the file sees it.
 */
export class SteadySearchMerges0000000000018 implements MigrationInterface {
  name = 'SteadySearchMerges0000000000018';

  async up(q: QueryRunner): Promise<void> {
    const tables = (await q.query(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' AND name LIKE 'search\\_%' ESCAPE '\\' ORDER BY name`,
    )) as { name: string }[];
    for (const { name } of tables) await q.query(`INSERT INTO "${name}"("${name}", rank) VALUES ('automerge', 0)`);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
