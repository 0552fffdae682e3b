import { openStore, preallocateWal, type Store } from './db/open';
import { StoreUpkeep } from './db/upkeep';
import type { Host, Runtime } from './ipc/context';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { handlers } from './ipc/handlers';
import { SerialQueue } from './ipc/serial';
import { JOBS, startScheduler, type Scheduler } from './jobs/schedule';
import { createJobRunner, type RunJob } from './jobs/runner';
import { SessionStore } from './modules/auth/sessions';
import { automaticBackup, storeIsSetUp } from './modules/backups/automatic';

export interface Desk {
  rt: Runtime;
  store: Store;
  dispatch: Dispatch;
  /** Runs a system job through the same queue as the calls. */
  runJob: RunJob;
  scheduler: Scheduler | null;
  close(): Promise<void>;
}

export interface DeskOptions {
  dataDir: string;
  /** Tests pin the clock; the desk uses the wall clock. */
  clock?: () => Date;
  host?: Host | null;
  /**
   * How often the desk's own jobs run (auto check-out, retention purge); they also run once at open. `false` turns
   * them off: tests that move a fake clock run them explicitly.
   */
  jobsEveryMs?: number | false;
  /** Take a backup when the desk closes (the Electron shell and the harness's command line; not tests). */
  backupOnClose?: boolean;
  /**
   * Write the WAL file out to its working size at open (see `preallocateWal`): the Electron shell and the harness, so
   * the first writes of a day cost what the others do. Not tests: 16 MB per test desk, and a disk-full test would fill.
   */
  preallocateWal?: boolean;
}

/** Opens one desk on a data directory: the store, its migrations, sessions, the dispatcher and the job timer. Plain Node. */
export async function openDesk(opts: DeskOptions): Promise<Desk> {
  const store = await openStore(opts.dataDir);
  if (opts.preallocateWal) preallocateWal(store);
  const clock = opts.clock ?? (() => new Date());
  const queue = new SerialQueue();
  // A restore swaps the runtime's connection: the upkeep always works on the current one.
  const upkeep = new StoreUpkeep(() => rt.db, queue);
  const rt: Runtime = { ds: store.ds, db: store.db, sessions: new SessionStore(clock), host: opts.host ?? null, clock, upkeep };
  const runJob = createJobRunner(rt, queue);
  const every = opts.jobsEveryMs ?? 60_000;
  const scheduler = every === false ? null : startScheduler(runJob, JOBS, every);
  await scheduler?.runAll();
  return {
    rt,
    // A restore swaps the runtime's connection: the store is always the runtime's current one.
    get store(): Store {
      return { ds: rt.ds, db: rt.db, file: store.file };
    },
    dispatch: createDispatcher(rt, handlers, queue),
    runJob,
    scheduler,
    close: async () => {
      await scheduler?.stop();
      upkeep.stop();
      // A failed exit backup (read-only data directory) is logged; the store must still close cleanly.
      if (opts.backupOnClose && rt.ds.isInitialized && storeIsSetUp(rt.db)) {
        await queue.run(() => automaticBackup(rt, 'exit', clock())).catch((err: unknown) => console.error('[backups] exit backup not recorded:', err));
      }
      if (rt.ds.isInitialized) await rt.ds.destroy();
    },
  };
}
