import { openStore, type Store } from './db/open';
import type { Host, Runtime } from './ipc/context';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { handlers } from './ipc/handlers';
import { SessionStore } from './modules/auth/sessions';

export interface Desk {
  rt: Runtime;
  store: Store;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface DeskOptions {
  dataDir: string;
  /** Tests pin the clock; the desk uses the wall clock. */
  clock?: () => Date;
  host?: Host | null;
}

/** Opens one desk on a data directory: the store, its migrations, sessions and the dispatcher. Plain Node. */
export async function openDesk(opts: DeskOptions): Promise<Desk> {
  const store = await openStore(opts.dataDir);
  const clock = opts.clock ?? (() => new Date());
  const rt: Runtime = { ds: store.ds, db: store.db, sessions: new SessionStore(clock), host: opts.host ?? null, clock };
  return {
    rt,
    store,
    dispatch: createDispatcher(rt, handlers),
    close: async () => {
      if (store.ds.isInitialized) await store.ds.destroy();
    },
  };
}
