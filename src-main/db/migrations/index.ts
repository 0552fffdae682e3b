import { Foundation0000000000001 } from './0001-foundation';
import { PassesReleases0000000000003 } from './0003-passes-releases';
import { Visitors0000000000004 } from './0004-visitors';
import { Mail0000000000005 } from './0005-mail';
import { Keys0000000000006 } from './0006-keys';
import { Lending0000000000007 } from './0007-lending';
import { KeyDeposits0000000000008 } from './0008-key-deposits';
import { KeyCategories0000000000009 } from './0009-key-categories';
import { LendingReturns0000000000010 } from './0010-lending-returns';
import { LostFound0000000000011 } from './0011-lostfound';
import { Archive0000000000012 } from './0012-archive';
import { Borrowing0000000000013 } from './0013-borrowing';
import { DocControl0000000000014 } from './0014-doccontrol';
import { Handover0000000000015 } from './0015-handover';
import { Backups0000000000016 } from './0016-backups';
import { WritePaths0000000000017 } from './0017-write-paths';
import { SteadySearchMerges0000000000018 } from './0018-steady-search-merges';

/** Every migration in order. Their count is the schema version written to `PRAGMA user_version`. */
export const MIGRATIONS = [
  Foundation0000000000001, PassesReleases0000000000003, Visitors0000000000004, Mail0000000000005, Keys0000000000006, Lending0000000000007,
  KeyDeposits0000000000008,
  KeyCategories0000000000009,
  LendingReturns0000000000010,
  LostFound0000000000011,
  Archive0000000000012,
  Borrowing0000000000013,
  DocControl0000000000014,
  Handover0000000000015,
  Backups0000000000016,
  WritePaths0000000000017,
  SteadySearchMerges0000000000018,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
