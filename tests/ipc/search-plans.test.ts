import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailItemRow } from '../../src-shared/modules/mail';
import { planOf, sqlDuring } from '../support/plans';
import { setupMailDesk, type MailDesk } from './mail-support';

// Issue 10: a search reads a page of the index, newest first, whatever the store holds. These check the statements a
// search actually prepares, on the real desk, so a change back to "every match, then sort" is caught here.
describe('search statements at scale', () => {
  let m: MailDesk;
  beforeAll(async () => {
    m = await setupMailDesk();
    await m.signIn('SF1385628716750');
    await m.signIn('JT5261988016578', { carrier: 'JT', occupantId: m.liNa });
  });
  afterAll(() => m.t.close());

  const search = (q: string) => m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', { q }, m.desk);
  /** The rows of a search and every statement it ran. */
  const watched = async (q: string) => {
    let rows: MailItemRow[] = [];
    const seen = await sqlDuring(m.t.desk.store.db, async () => {
      rows = (await search(q)).rows;
    });
    return { rows, seen };
  };

  it('reads the FTS5 index in rowid order, stopping at the page, then the page of items by id', async () => {
    const db = m.t.desk.store.db;
    const { rows, seen } = await watched('张');
    expect(rows.map((r) => r.recipientName)).toEqual(['张伟']);
    const fts = seen.filter((s) => /MATCH/.test(s));
    expect(fts.length).toBeGreaterThan(0);
    for (const sql of fts) {
      expect(sql).toMatch(/ORDER BY rowid DESC/);
      // FTS5 takes the order itself (no sorter): the scan stops when the page is full.
      expect(planOf(db, sql).join(' | ')).not.toMatch(/TEMP B-TREE/);
    }
    const page = seen.find((s) => /json_each/.test(s))!;
    expect(planOf(db, page).join(' | ')).toMatch(/SEARCH m USING INTEGER PRIMARY KEY/);
  });

  it('looks a whole tracking number up in its own index, without the search index', async () => {
    const db = m.t.desk.store.db;
    const { rows, seen } = await watched('JT5261988016578');
    expect(rows.map((r) => r.trackingNo)).toEqual(['JT5261988016578']);
    expect(seen.filter((s) => /MATCH/.test(s))).toEqual([]);
    const lookup = seen.find((s) => /tracking_no = \?/.test(s))!;
    expect(planOf(db, lookup).join(' | ')).toMatch(/USING INDEX mail_items_tracking/);
  });

  it('still finds part of a tracking number through the search index', async () => {
    expect((await search('19880165')).rows.map((r) => r.trackingNo)).toEqual(['JT5261988016578']);
  });
});
