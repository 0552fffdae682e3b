import type { Database } from 'better-sqlite3';
import type { SerialQueue } from '../ipc/serial';
import { indexesWritten, mergeWrittenIndexes } from '../search/merging';

/**
 * Leaf pages of merge work per search table and step. A check-in adds about one leaf page to each of its four FTS5
 * tables and the indexes are 6–9 levels deep, so a write leaves well under 64 pages of merging; a step of 64 pages
 * takes ~1 ms at a million rows.
 */
export const MERGE_PAGES = 64;

/**
 * Writes between two checkpoints of the WAL made by the upkeep: ~20 × 50 pages, a quarter of the
 * `wal_autocheckpoint` that stays as the bound when writes come faster than the desk can idle.
 */
export const CHECKPOINT_EVERY_WRITES = 20;

export interface UpkeepStep {
  /** Wall time of the step, merges and checkpoint together. */
  ms: number;
  mergedTables: number;
  checkpointed: boolean;
}

/**
 * The store's housekeeping, done after a write's reply has gone out instead of inside some later write's commit: the
 * search indexes' segment merges (FTS5's automerge, off since migration 0018) and the WAL checkpoint. Inside a commit
 * they made one write in ~30 take 2–5 ms instead of ~0.8 ms. A step runs in the desk's queue, so never inside a
 * call's transaction, and a receptionist's next click waits for it at most the step's millisecond or two.
 */
export class StoreUpkeep {
  private pending: NodeJS.Immediate | null = null;
  private writesSinceCheckpoint = 0;
  private stopped = false;
  /** The benchmark reports the steps beside the writes they follow. */
  onStep: ((step: UpkeepStep) => void) | null = null;

  constructor(
    private readonly db: () => Database,
    private readonly queue: SerialQueue,
  ) {}

  /** A write committed: one step is scheduled for when the event loop next turns, however many writes come first. */
  afterWrite(): void {
    this.writesSinceCheckpoint++;
    if (this.pending || this.stopped) return;
    this.pending = setImmediate(() => {
      this.pending = null;
      void this.queue.run(async () => this.step());
    });
  }

  /** Merges what the writes left and checkpoints every `CHECKPOINT_EVERY_WRITES`. Best effort: it never throws. */
  step(): UpkeepStep | null {
    const db = this.db();
    if (this.stopped || !db.open) return null;
    const started = performance.now();
    let mergedTables = 0;
    let checkpointed = false;
    try {
      if (indexesWritten(db)) {
        db.exec('BEGIN IMMEDIATE');
        try {
          mergedTables = mergeWrittenIndexes(db, MERGE_PAGES);
          db.exec('COMMIT');
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }
      if (this.writesSinceCheckpoint >= CHECKPOINT_EVERY_WRITES) {
        db.pragma('wal_checkpoint(PASSIVE)');
        this.writesSinceCheckpoint = 0;
        checkpointed = true;
      }
    } catch (err) {
      // A merge rolled back leaves the index as valid as before; the next step tries again.
      console.error('[upkeep] search merge or checkpoint failed:', err instanceof Error ? err.message : err);
    }
    const step = { ms: performance.now() - started, mergedTables, checkpointed };
    this.onStep?.(step);
    return step;
  }

  /** Before the store closes: nothing more is scheduled. */
  stop(): void {
    this.stopped = true;
    if (this.pending) clearImmediate(this.pending);
    this.pending = null;
  }
}
