import { z } from 'zod';
import { ch } from '../contract-kit';
import type { RegisterData } from './registers';
import { id, text } from '../rules/text';

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  channel: string;
  module: string;
  entity: string | null;
  entityId: string | null;
  summary: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; reason: 'hash' | 'link' | 'gap' } | null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });

export const auditFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    userId: id.optional(),
    module: text(30).optional(),
    entity: text(40).optional(),
  })
  .strict();

const auditReaders = ['general_manager', 'office_director', 'admin'] as const;

export const auditChannels = {
  'audit.list': ch<{ rows: AuditRow[]; total: number }>()({
    input: auditFilter.extend({ page: z.number().int().min(1).max(100000).default(1), pageSize: z.number().int().min(1).max(200).default(50) }),
    access: auditReaders,
    mutates: false,
  }),
  /** Everyone who appears in the trail, for the viewer's user filter (managers may not list users). */
  'audit.actors': ch<{ userId: number; username: string }[]>()({ input: z.object({}).strict(), access: auditReaders, mutates: false }),
  'audit.verify': ch<AuditVerifyResult>()({ input: z.object({}).strict(), access: auditReaders, mutates: false }),
  'audit.register': ch<RegisterData>()({ input: auditFilter, access: auditReaders, mutates: false }),
};
