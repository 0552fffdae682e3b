import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoverDraft, HandoverRow } from '../../src-shared/modules/handover';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupShiftDesk, type ShiftDesk } from './home-support';

let d: ShiftDesk;
beforeEach(async () => {
  d = await setupShiftDesk();
});
afterEach(() => d.t.close());

const submit = (input: Record<string, unknown> = {}, token = d.desk) =>
  d.t.ok<HandoverRow>('handover.submit', { issues: ['5栋电梯异响，已报工程部', '3栋2单元1203 张伟 明早取件'], note: '夜间雨大，雨伞借出较多', ...input }, token);
const all = { keys_out: { counted: 2 }, parcels_held: { counted: 3 }, visitors_on_site: { counted: 2 }, found_items: { counted: 3 } };
/** The rows of the module's own tables, to prove a refusal wrote nothing there (a wrong password is still counted). */
const handoverTables = () => {
  const db = d.t.desk.store.db;
  return ['handovers', 'handover_figures', 'handover_issues'].map((n) => JSON.stringify(db.prepare(`SELECT * FROM ${n}`).raw().all())).join('\n');
};

describe('shift handover', () => {
  it('reports what the desk has open, taken by the desk itself', async () => {
    const draft = await d.t.ok<HandoverDraft>('handover.draft', {}, d.desk);
    expect(draft).toMatchObject({ since: null, pending: null });
    expect(draft.figures.map((f) => [f.item, f.reported])).toEqual([['keys_out', 2], ['parcels_held', 3], ['visitors_on_site', 2], ['found_items', 3]]);
    expect(draft.figures[0].lines).toEqual([
      'K-000001 入户门钥匙（周敏，应还 11-23 10:00，已逾期）',
      'K-000002 车库道闸钥匙（周敏，应还 11-24 09:00）',
    ]);
    expect(draft.figures[1].lines).toEqual(['其中超过 3 天未取 1 件']);
    expect(draft.figures[2].lines).toEqual(['王建华（3栋2单元1203）2 人，11-23 09:00 到访', '刘洋（3栋2单元1203）2 人，11-23 09:00 到访']);
    expect(draft.figures[3].lines).toEqual(['SW-20261123-001 黑色雨伞 × 1', 'SW-20261123-002 蛋糕 × 1', 'SW-20261123-003 华为手机 × 1']);

    const h = await submit();
    expect(h).toMatchObject({
      handoverNo: 'JB-20261123-001', status: 'submitted', outgoing: '钱梅', incoming: null, since: null,
      issues: ['5栋电梯异响，已报工程部', '3栋2单元1203 张伟 明早取件'], note: '夜间雨大，雨伞借出较多', hasDifferences: false,
    });
    expect(h.figures.map((f) => f.counted)).toEqual([null, null, null, null]);
    // One report waits at a time.
    expect(await d.t.call('handover.submit', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'HANDOVER_PENDING', message: expect.stringContaining('JB-20261123-001（钱梅）') } });
    expect((await d.t.ok<{ counts: Record<string, number> }>('home.counts', {}, d.next)).counts.handoverPending).toBe(1);
  });

  it('is confirmed by the incoming receptionist with her own credential, differences recorded with their notes', async () => {
    const h = await submit();
    await d.advanceMinutes(10);
    const noNote = await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('lixia'), counts: { ...all, keys_out: { counted: 1 } } }, d.desk);
    expect(noNote).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'counts.keys_out.note': '交班数 2，清点数 1，请注明差异原因' } } });

    const done = await d.t.ok<HandoverRow>(
      'handover.confirm',
      { id: h.id, incoming: d.credential('LiXia '), counts: { ...all, keys_out: { counted: 1, note: '车库道闸钥匙已挂回柜内，未办归还' } } },
      d.desk,
    );
    expect(done).toMatchObject({ status: 'confirmed', outgoing: '钱梅', incoming: '李霞', confirmedAt: '2026-11-23T03:10:00.000Z', hasDifferences: true });
    expect(done.figures[0]).toMatchObject({ item: 'keys_out', reported: 2, counted: 1, note: '车库道闸钥匙已挂回柜内，未办归还' });
    expect(done.figures.slice(1).map((f) => [f.reported, f.counted, f.note])).toEqual([[3, 3, ''], [2, 2, ''], [3, 3, '']]);
    const audit = d.t.desk.store.db.prepare(`SELECT summary FROM audit_log WHERE entity = 'handover' ORDER BY id`).pluck().all();
    expect(audit).toEqual([
      '交班 JB-20261123-001：借出钥匙 2，待取快递 3，在场访客 2，本班拾得物品 3；待办 2 项',
      '接班确认 JB-20261123-001：钱梅 → 李霞；差异：借出钥匙 报 2 点 1（车库道闸钥匙已挂回柜内，未办归还）',
    ]);
    // Confirmed once: again is refused.
    expect(await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('lixia'), counts: all }, d.desk)).toMatchObject({
      ok: false, error: { code: 'HANDOVER_WRONG_STATE' },
    });

    // The next shift starts at this confirmation: only what is taken in after it is "this shift's".
    await d.advanceMinutes(60);
    await d.intake({ name: '蓝色保温杯', features: '杯身贴有小熊贴纸' }, d.next);
    const draft = await d.t.ok<HandoverDraft>('handover.draft', {}, d.next);
    expect(draft.since).toBe('2026-11-23T03:10:00.000Z');
    expect(draft.figures[3]).toMatchObject({ reported: 1, lines: ['SW-20261123-004 蓝色保温杯 × 1'] });
  });

  it('refuses the outgoing receptionist confirming her own report, a wrong password and a non-receptionist, writing nothing', async () => {
    const h = await submit();
    const before = handoverTables();
    const self = await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('qianmei'), counts: all }, d.next);
    expect(self).toMatchObject({ ok: false, error: { code: 'HANDOVER_SELF', fields: { 'incoming.username': '接班人不能是交班人本人' } } });
    const wrong = await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('lixia', 'not-her-password'), counts: all }, d.desk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'HANDOVER_REFUSED', fields: { 'incoming.password': '账号或密码不正确，或不是前台接待员' } } });
    const manager = await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('zhaogang'), counts: all }, d.desk);
    expect(manager).toMatchObject({ ok: false, error: { code: 'HANDOVER_REFUSED' } });
    const unknown = await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('nobody'), counts: all }, d.desk);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'HANDOVER_REFUSED' } });
    expect(handoverTables()).toBe(before);
    // The wrong password counted towards 李霞's lockout, as a failed login does.
    expect(d.t.desk.store.db.prepare(`SELECT failed_count FROM users WHERE username = 'lixia'`).pluck().get()).toBe(1);
    // Only the desk confirms; the security manager may read, not act.
    expect(await d.t.call('handover.confirm', { id: h.id, incoming: d.credential('lixia'), counts: all }, d.security)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Only the outgoing receptionist takes her report back.
    expect(await d.t.call('handover.withdraw', { id: h.id }, d.next)).toMatchObject({ ok: false, error: { code: 'HANDOVER_NOT_OUTGOING' } });
    expect(handoverTables()).toBe(before);
    expect(await d.t.ok<HandoverRow>('handover.withdraw', { id: h.id }, d.desk)).toMatchObject({ status: 'withdrawn' });
    expect(await submit({ issues: [] })).toMatchObject({ handoverNo: 'JB-20261123-002', status: 'submitted', issues: [] });
  });

  it('prints the day as the duty log, one row per handover', async () => {
    const first = await submit();
    await d.t.ok('handover.confirm', { id: first.id, incoming: d.credential('lixia'), counts: { ...all, visitors_on_site: { counted: 1, note: '刘洋已离开未签离' } } }, d.desk);
    await d.advanceMinutes(8 * 60);
    await d.t.ok('handover.submit', { note: '平稳' }, d.next);
    const log = await d.t.ok<RegisterData>('handover.dutyLog', { day: '2026-11-23' }, d.gm);
    expect(log).toMatchObject({ title: '值班日志', formNo: null, periodLabel: '2026-11-23', orientation: 'landscape', signatures: ['值班人', '审核人'] });
    expect(log.rows).toHaveLength(2);
    expect(log.rows[0]).toMatchObject({
      no: '1',
      handoverNo: 'JB-20261123-001',
      outgoing: '钱梅 2026-11-23 11:00',
      incoming: '李霞 2026-11-23 11:00',
      parcels: '3：其中超过 3 天未取 1 件',
      visitors: expect.stringMatching(/^报 2 \/ 点 1：王建华/),
      issues: '1. 5栋电梯异响，已报工程部；2. 3栋2单元1203 张伟 明早取件',
      note: '夜间雨大，雨伞借出较多',
      differences: '在场访客：交班 2，接班清点 1（刘洋已离开未签离）',
    });
    expect(log.rows[1]).toMatchObject({ handoverNo: 'JB-20261123-002', outgoing: '李霞 2026-11-23 19:00', incoming: '待接班确认', differences: '', note: '平稳' });
    expect((await d.t.ok<RegisterData>('handover.dutyLog', { day: '2026-11-22' }, d.gm)).rows).toEqual([]);
    // It exports like every register.
    const xlsx = await d.t.ok<{ fileName: string }>('registers.xlsx', { channel: 'handover.dutyLog', params: { day: '2026-11-23' } }, d.gm);
    expect(xlsx.fileName).toMatch(/^值班日志-2026-11-23/);
    expect(await d.t.call('handover.dutyLog', { day: '2026-02-30' }, d.gm)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d.t.call('handover.dutyLog', { day: '2026-11-23' }, d.archivist)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
