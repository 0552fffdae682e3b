import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the two writes of issue 10 were missing (check-in and sign-in within 2 ms at a million rows each):
 * - where a parcel goes when its unit has none waiting: the load of each shelf level, counted over the parcels still on
 *   a shelf (before: every open parcel read once per shelf level, ~11 ms at full scale);
 * - whether a pass holder is already on site: the open visits of one pass (before: every open visit read).
 * Both are partial, so they hold only the rows still open, never ten years of closed ones.
 */
export class WritePaths0000000000017 implements MigrationInterface {
  name = 'WritePaths0000000000017';

  async up(q: QueryRunner): Promise<void> {
    const statements: string[] = [
      // closed_at (NULL in every entry) is in the key so the count is read from the index alone.
      `CREATE INDEX mail_items_open_place ON mail_items(shelf_id, shelf_level, closed_at) WHERE closed_at IS NULL`,
      `CREATE INDEX visits_open_pass ON visits(pass_id) WHERE checked_out_at IS NULL AND pass_id IS NOT NULL`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
