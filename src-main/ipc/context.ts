import type { Database } from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { Language } from '../../src-shared/modules/settings';
import type { Role } from '../../src-shared/roles';
import type { SessionStore } from '../modules/auth/sessions';
import type { StoreUpkeep } from '../db/upkeep';

export interface Caller {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  token: string;
}

/** What the host (Electron shell or HTTP harness) can do that plain Node cannot. */
export interface Host {
  renderPdf(data: RegisterData): Promise<Buffer>;
  /** Opens the system print dialog; absent where there is no printer (the harness). */
  print?(data: RegisterData): Promise<boolean>;
  /** The system's folder dialog (Electron); absent in the harness, where the administrator types a path. */
  chooseFolder?(): Promise<string | null>;
}

/** One change a mutating call reports for its audit record. */
export interface Change {
  entity: string;
  entityId?: string | number | null;
  summary: string;
  /** Who acted, for public calls without a session (login, first-run setup). */
  actor?: { userId: number | null; username: string };
}

/** Long-lived state of one open desk, shared by every call. */
export interface Runtime {
  ds: DataSource;
  db: Database;
  sessions: SessionStore;
  host: Host | null;
  clock: () => Date;
  /** Merges and checkpoints after each write's reply. */
  upkeep: StoreUpkeep;
}

export interface Ctx {
  rt: Runtime;
  /** The transaction's manager for mutating calls; the data source's manager otherwise. */
  em: EntityManager;
  db: Database;
  caller: Caller | null;
  /** One instant for the whole call, so every row it writes carries the same time. */
  now: Date;
  lang: Language;
  channel: string;
  note(change: Change): void;
}

/** Narrows `ctx.caller` for channels that require a session (the dispatcher guarantees it). */
export function callerOf(ctx: Ctx): Caller {
  if (!ctx.caller) throw new Error(`channel ${ctx.channel} ran without a caller`);
  return ctx.caller;
}
