import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AuditVerifyResult } from '../../../src-shared/modules/audit';
import { cached } from '../../db/statements';

export interface AuditEntry {
  at: string;
  userId: number | null;
  username: string | null;
  channel: string;
  module: string;
  entity: string | null;
  entityId: string | null;
  summary: string;
}

export const GENESIS = '0'.repeat(64);

function digest(prevHash: string, e: AuditEntry): string {
  const body = JSON.stringify([e.at, e.userId, e.username, e.channel, e.module, e.entity, e.entityId, e.summary]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Appends one record linked to the previous one; call inside the transaction of the change it describes. */
export function appendAudit(db: Database, e: AuditEntry): void {
  const last = cached(db, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  cached(
    db,
    `INSERT INTO audit_log (at, user_id, username, channel, module, entity, entity_id, summary, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.at, e.userId, e.username, e.channel, e.module, e.entity, e.entityId, e.summary, prev, digest(prev, e));
}

interface Row extends AuditEntry {
  id: number;
  prevHash: string;
  hash: string;
}

/**
 * Walks the chain from the first record. A changed row breaks its own hash; a deleted or inserted row breaks the
 * next link; a deleted last row leaves the AUTOINCREMENT counter ahead of the last id.
 */
export function verifyChain(db: Database): AuditVerifyResult {
  const rows = db
    .prepare(
      `SELECT id, at, user_id AS userId, username, channel, module, entity, entity_id AS entityId, summary,
              prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<Row>;
  let prev = GENESIS;
  let checked = 0;
  let lastId = 0;
  for (const row of rows) {
    if (row.prevHash !== prev) return { ok: false, checked, firstBroken: { id: row.id, reason: 'link' } };
    if (digest(row.prevHash, row) !== row.hash) return { ok: false, checked, firstBroken: { id: row.id, reason: 'hash' } };
    prev = row.hash;
    lastId = row.id;
    checked++;
  }
  const seq = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`).get() as { seq: number } | undefined;
  if (seq && seq.seq > lastId) return { ok: false, checked, firstBroken: { id: lastId + 1, reason: 'gap' } };
  return { ok: true, checked, firstBroken: null };
}
