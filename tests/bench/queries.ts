import type { Database, Statement } from 'better-sqlite3';
import { DOC_SELECT } from '../../src-main/modules/archive/queries';
import { OCCUPANT_COLUMNS } from '../../src-main/modules/directory/queries';
import { REQUEST_SELECT } from '../../src-main/modules/borrowing/queries';
import { KEY_SELECT, LOAN_SELECT } from '../../src-main/modules/keys/queries';
import { ITEM_SELECT as LF_SELECT } from '../../src-main/modules/lostfound/queries';
import { ITEM_SELECT as MAIL_SELECT } from '../../src-main/modules/mail/queries';
import { PERSON_SELECT, VISIT_SELECT } from '../../src-main/modules/visitors/queries';
import { parseTerms, termExpr, type SearchTable } from '../../src-main/search/query';
import type { Rng } from './generate/common';
import { fromName, sampleTerms, tail, type TermClass } from './terms';

/** `floor`: the dispatcher's fixed cost per call (a public no-op channel), to read the ratios of sub-millisecond queries. */
export type ProbeKind = 'floor' | 'search' | 'list' | 'counts' | 'register' | 'write';

/**
 * One measured query: what the desk is asked through its dispatcher (`channel`, `input(i)`) and, beside it, the same
 * question as one hand-written statement on the raw connection (`raw(i)`), both fed the i-th term.
 */
export interface Probe {
  id: string;
  module: string;
  channel: string;
  kind: ProbeKind;
  /** What was asked, for the table: `1 字`, `拼音首字母`… */
  what: string;
  reps: number;
  input: (i: number) => unknown;
  raw: ((i: number) => unknown) | null;
  /** Also timed through the harness's HTTP round trip. */
  http: boolean;
}

const LABELS: Record<TermClass, string> = {
  cn1: '1 字', cn2: '2 字', cn3: '3+ 字', pinyin: '拼音首字母', phoneTail: '手机尾号', idTail: '证件尾号',
  plate: '车牌', tracking: '快递单号', indexNo: '索引号',
};
const PAGE = 50;

interface Searched {
  module: string;
  channel: string;
  /** The module's `defineSearchable` kind and its table. */
  kind: string;
  table: string;
  /**
   * The reference asks what the service asks: the module's own SELECT (same columns, same joins for display names),
   * `alias` being its main table, with the list's default filter (`where`) and order.
   */
  select: string;
  alias: string;
  where?: string;
  /** Returning visitors are listed by last visit, not newest first. */
  orderBy?: string;
  limit?: number;
  extra?: Record<string, unknown>;
  /** Rows the terms are drawn from (a view of the table, `id` first) and, per class, how a row gives a term. */
  from: string;
  terms: Partial<Record<TermClass, { where?: string; pick: (row: Record<string, string>) => string | null }>>;
}

const byName = (col: string) => ({
  cn1: { pick: (r: Record<string, string>) => fromName.cn1(r[col]) },
  cn2: { pick: (r: Record<string, string>) => fromName.cn2(r[col]) },
  cn3: { pick: (r: Record<string, string>) => fromName.cn3(r[col]) },
  pinyin: { pick: (r: Record<string, string>) => fromName.pinyin(r[col]) },
});
/** Key and document names start with a building (`3栋配电房钥匙`): the Chinese after it is what people type. */
const afterBuilding = (s: string) => s.replace(/^[\d栋单元]+/, '');

const SEARCHES: Searched[] = [
  {
    module: 'visitors', channel: 'visitors.search', kind: 'visit', table: 'visits', select: VISIT_SELECT, alias: 'v', from: 'SELECT * FROM visits',
    terms: {
      ...byName('name'),
      phoneTail: { where: 'purged = 0', pick: (r) => tail(r.phone) },
      idTail: { where: 'purged = 0', pick: (r) => tail(r.id_number) },
      plate: { where: `plate <> ''`, pick: (r) => r.plate },
    },
  },
  {
    module: 'visitors', channel: 'visitors.people.search', kind: 'visitor_person', table: 'visitor_people', limit: 8,
    select: PERSON_SELECT, alias: 'visitor_people', orderBy: 'last_seen_at DESC, id DESC',
    from: 'SELECT * FROM visitor_people',
    terms: { cn2: byName('name').cn2, pinyin: byName('name').pinyin, phoneTail: { pick: (r) => tail(r.phone) } },
  },
  {
    module: 'mail', channel: 'mail.items.search', kind: 'mail_item', table: 'mail_items', select: MAIL_SELECT, alias: 'm', from: 'SELECT * FROM mail_items',
    terms: { ...byName('recipient_name'), phoneTail: { pick: (r) => tail(r.recipient_phone) }, tracking: { pick: (r) => r.tracking_no } },
  },
  {
    module: 'directory', channel: 'directory.occupants.search', kind: 'occupant', table: 'occupants', from: 'SELECT * FROM occupants',
    select: `SELECT ${OCCUPANT_COLUMNS} FROM occupants o JOIN units u ON u.id = o.unit_id`, alias: 'o', where: 'o.active = 1',
    terms: { ...byName('name'), phoneTail: { pick: (r) => tail(r.phone) } },
  },
  {
    module: 'keys', channel: 'keys.search', kind: 'cabinet_item', table: 'keys', from: 'SELECT * FROM keys',
    select: KEY_SELECT, alias: 'k', where: `k.status <> 'retired'`,
    terms: {
      cn1: { where: `category <> 'unit'`, pick: (r) => [...afterBuilding(r.name)][0] ?? null },
      cn2: { where: `category <> 'unit'`, pick: (r) => [...afterBuilding(r.name)].slice(0, 2).join('') || null },
      cn3: { where: `category = 'unit'`, pick: (r) => r.opens_label },
    },
  },
  {
    module: 'lostfound', channel: 'lostfound.search', kind: 'lostfound_item', table: 'lostfound_items', from: 'SELECT * FROM lostfound_items',
    select: LF_SELECT, alias: 'i',
    terms: { ...byName('finder_name'), phoneTail: { pick: (r) => tail(r.finder_phone) } },
  },
  {
    module: 'archive', channel: 'archive.documents.search', kind: 'archive_document', table: 'archive_documents',
    select: DOC_SELECT, alias: 'd', where: `d.status = 'active'`,
    from: 'SELECT * FROM archive_documents',
    terms: {
      cn1: { pick: (r) => [...afterBuilding(r.title)][0] ?? null },
      cn2: { pick: (r) => [...afterBuilding(r.title)].slice(0, 2).join('') || null },
      cn3: { pick: (r) => [...afterBuilding(r.title)].slice(0, 4).join('') || null },
      indexNo: { pick: (r) => r.index_no },
    },
  },
];

/**
 * The reference: one hand-written statement asking what the service asks (the module's SELECT, its default filter and
 * order, every search path the term takes), driven from the FTS5 table and paged by rowid descending where one table
 * answers; tracking and index numbers through the column's own index.
 */
function rawSearch(db: Database, s: Searched, cls: TermClass): (term: string) => unknown[] {
  const limit = s.limit ?? PAGE;
  const and = s.where ? `AND ${s.where}` : '';
  if (cls === 'tracking' || cls === 'indexNo') {
    // mail_items_tracking is partial (tracking_no <> ''): the planner only uses it when the query says so too.
    const where = cls === 'tracking' ? `${s.alias}.tracking_no = ? AND ${s.alias}.tracking_no <> ''` : `${s.alias}.index_no = ?`;
    const stmt = db.prepare(`${s.select} WHERE ${where} ${and} ORDER BY ${s.alias}.id DESC LIMIT ${limit}`);
    return (term) => stmt.all(term);
  }
  // The same question: every path the desk's search takes for the term (a 4-digit tail is also a room number, pinyin
  // letters also text), one FTS5 expression per table, as parseTerms reads it.
  const order = s.orderBy ?? `${s.alias}.id DESC`;
  const paths = (term: string) => {
    const [alternatives] = parseTerms(term);
    return (['tri', 'key'] as const).map((table) => [table, termExpr(alternatives, table)] as const).filter(([, e]) => e !== null) as [SearchTable, string][];
  };
  const statements = new Map<string, Statement>();
  const statementFor = (tables: SearchTable[]) => {
    const key = tables.join('+');
    let stmt = statements.get(key);
    if (!stmt) {
      const fts = (t: SearchTable) => `search_${s.kind}_${t}`;
      // One table: drive from it, newest first, and stop at the page. Two: their union, then the page.
      stmt = db.prepare(
        tables.length === 1 && !s.orderBy
          ? `${s.select} JOIN ${fts(tables[0])} f ON f.rowid = ${s.alias}.id WHERE ${fts(tables[0])} MATCH ? ${and} ORDER BY f.rowid DESC LIMIT ${limit}`
          : `${s.select} WHERE ${s.alias}.id IN (${tables.map((t) => `SELECT rowid FROM ${fts(t)} WHERE ${fts(t)} MATCH ?`).join(' UNION ')}) ${and}
             ORDER BY ${order} LIMIT ${limit}`,
      );
      statements.set(key, stmt);
    }
    return stmt;
  };
  return (term) => {
    const p = paths(term);
    return statementFor(p.map(([t]) => t)).all(...p.map(([, e]) => e));
  };
}

export function searchProbes(db: Database, r: Rng, reps: number): Probe[] {
  const probes: Probe[] = [];
  for (const s of SEARCHES) {
    for (const [cls, spec] of Object.entries(s.terms) as [TermClass, NonNullable<Searched['terms'][TermClass]>][]) {
      const terms = sampleTerms<Record<string, string>>(db, r, reps, { sql: s.from, where: spec.where }, spec.pick);
      if (terms.length === 0) continue;
      const term = (i: number) => terms[i % terms.length];
      const raw = rawSearch(db, s, cls);
      probes.push({
        id: `${s.channel}:${cls}`, module: s.module, channel: s.channel, kind: 'search', what: LABELS[cls], reps, http: true,
        input: (i) => ({ q: term(i), ...(s.limit ? { limit: s.limit } : {}), ...s.extra }),
        raw: (i) => raw(term(i)),
      });
    }
  }
  return probes;
}

/** Lists, counts and registers: fixed questions, each with its one-statement reference. */
export function readProbes(db: Database, reps: number, month: { from: string; to: string }): Probe[] {
  const prep = (sql: string) => db.prepare(sql);
  // Each reference is the list's own SELECT (same columns, same joins), as one hand-written statement.
  const onSite = prep(`${VISIT_SELECT} WHERE v.checked_out_at IS NULL ORDER BY v.checked_in_at, v.id`);
  const counts = prep(`SELECT
      (SELECT count(*) FROM visits INDEXED BY visits_open WHERE checked_out_at IS NULL),
      (SELECT count(*) FROM mail_items WHERE closed_at IS NULL AND kind = 'parcel' AND status = 'waiting'),
      (SELECT count(*) FROM key_loans WHERE status = 'open'),
      (SELECT count(*) FROM lostfound_items WHERE status = 'in_custody'),
      (SELECT count(*) FROM borrowing_requests WHERE status = 'pending')`);
  const borrowings = prep(`${REQUEST_SELECT} ORDER BY r.id DESC LIMIT 50`);
  const keysOut = prep(`${LOAN_SELECT} WHERE l.status = 'open' ORDER BY l.expected_at, l.id`);
  const visitsMonth = prep('SELECT * FROM visits WHERE visit_day BETWEEN ? AND ? ORDER BY visit_day, seq');
  const mailMonth = prep('SELECT * FROM mail_items WHERE received_day BETWEEN ? AND ? ORDER BY id');
  const few = Math.max(2, Math.min(reps, 10));
  const probe = (p: Omit<Probe, 'http' | 'reps'> & { reps?: number }): Probe => ({ reps, http: false, ...p });
  const one = prep('SELECT 1');
  return [
    probe({ id: 'auth.status', module: 'auth', channel: 'auth.status', kind: 'floor', what: '调度器开销（空调用）', input: () => ({}), raw: () => one.get() }),
    probe({ id: 'visitors.onSite', module: 'visitors', channel: 'visitors.onSite', kind: 'list', what: '在场访客', input: () => ({}), raw: () => onSite.all() }),
    probe({ id: 'home.counts', module: 'home', channel: 'home.counts', kind: 'counts', what: '首页计数', input: () => ({}), raw: () => counts.raw().get() }),
    probe({ id: 'borrowing.list', module: 'borrowing', channel: 'borrowing.list', kind: 'list', what: '借阅列表', input: () => ({}), raw: () => borrowings.all() }),
    probe({ id: 'keys.loans.open', module: 'keys', channel: 'keys.loans.open', kind: 'list', what: '借出钥匙', input: () => ({}), raw: () => keysOut.all() }),
    probe({
      id: 'visitors.register', module: 'visitors', channel: 'visitors.register', kind: 'register', what: `月登记表 ${month.from}…${month.to}`,
      reps: few, input: () => month, raw: () => visitsMonth.all(month.from, month.to),
    }),
    probe({
      id: 'mail.register', module: 'mail', channel: 'mail.register', kind: 'register', what: `月登记表 ${month.from}…${month.to}`,
      reps: few, input: () => month, raw: () => mailMonth.all(month.from, month.to),
    }),
  ];
}
