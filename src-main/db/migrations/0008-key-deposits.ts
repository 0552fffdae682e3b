import dayjs from 'dayjs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners' deposited keys (钥匙留存, issue 5) get a gap-free number of the day they were taken in: `LC-20261120-001`,
 * as the desk writes it on the envelope and the 钥匙留存登记表 lists it. Rows already kept are numbered here in the
 * order they were taken in, by the desk's local day (as `nextDailyNo` counts).
 */
export class KeyDeposits0000000000008 implements MigrationInterface {
  name = 'KeyDeposits0000000000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE key_deposits ADD COLUMN deposit_day TEXT NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE key_deposits ADD COLUMN seq INTEGER NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE key_deposits ADD COLUMN deposit_no TEXT NOT NULL DEFAULT ''`);
    const rows = (await q.query(`SELECT id, deposited_at AS depositedAt FROM key_deposits ORDER BY deposited_at, id`)) as {
      id: number;
      depositedAt: string;
    }[];
    const seqOfDay = new Map<string, number>();
    for (const r of rows) {
      const day = dayjs(r.depositedAt).format('YYYY-MM-DD');
      const seq = (seqOfDay.get(day) ?? 0) + 1;
      seqOfDay.set(day, seq);
      const no = `LC-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`;
      await q.query(`UPDATE key_deposits SET deposit_day = ?, seq = ?, deposit_no = ? WHERE id = ?`, [day, seq, no, r.id]);
    }
    await q.query(`CREATE UNIQUE INDEX key_deposits_no ON key_deposits(deposit_no)`);
    await q.query(`CREATE UNIQUE INDEX key_deposits_day_seq ON key_deposits(deposit_day, seq)`);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
