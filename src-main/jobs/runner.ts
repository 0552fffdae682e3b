import type { Database } from 'better-sqlite3';
import type { Runtime } from '../ipc/context';
import type { SerialQueue } from '../ipc/serial';
import { appendAudit } from '../modules/audit/chain';

/** Work the desk does by itself (no caller): it reports a summary when it changed something, null otherwise. */
export interface SystemJob {
  /** `visitors.autoCheckOut`: recorded as the audit record's channel, prefixed `job:`. */
  name: string;
  entity: string;
  run(db: Database, now: Date): string | null;
  /**
   * Instead of `run`, for work that cannot sit inside a transaction (an online backup awaits the backup API): runs in
   * the queue, outside any transaction, and writes its own audit record.
   */
  outside?: (rt: Runtime, now: Date) => Promise<string | null>;
}

export type RunJob = (job: SystemJob) => Promise<string | null>;

/**
 * Runs a job like a mutating call: in the desk's one queue (never interleaved with a user's call), in one
 * transaction together with its audit record, written as the system's. A job that changed nothing writes nothing,
 * so a timer every minute does not flood the audit trail.
 */
export function createJobRunner(rt: Runtime, queue: SerialQueue): RunJob {
  return (job) => {
    const outside = job.outside;
    if (outside) return queue.run(() => outside(rt, rt.clock()));
    return queue.run(async () => {
      const changed = await rt.ds.transaction(async () => {
        const now = rt.clock();
        const summary = job.run(rt.db, now);
        if (summary) {
          appendAudit(rt.db, {
            at: now.toISOString(),
            userId: null,
            username: 'system',
            channel: `job:${job.name}`,
            module: job.name.split('.')[0],
            entity: job.entity,
            entityId: null,
            summary,
          });
        }
        return summary;
      });
      if (changed) rt.upkeep.afterWrite();
      return changed;
    });
  };
}
