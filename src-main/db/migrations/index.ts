import { Foundation0000000000001 } from './0001-foundation';
import { PassesReleases0000000000003 } from './0003-passes-releases';
import { Visitors0000000000004 } from './0004-visitors';
import { Mail0000000000005 } from './0005-mail';

/** Every migration in order. Their count is the schema version written to `PRAGMA user_version`. */
export const MIGRATIONS = [Foundation0000000000001, PassesReleases0000000000003, Visitors0000000000004, Mail0000000000005];
export const SCHEMA_VERSION = MIGRATIONS.length;
