import { Foundation0000000000001 } from './0001-foundation';

/** Every migration in order. Their count is the schema version written to `PRAGMA user_version`. */
export const MIGRATIONS = [Foundation0000000000001];
export const SCHEMA_VERSION = MIGRATIONS.length;
