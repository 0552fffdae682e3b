import type { z } from 'zod';
import { contract } from '../../../src-shared/contract';
import type { RegisterChannel } from '../../../src-shared/modules/registers';

/** What a register asks for, read from its own contract schema, so a register added later appears without edits here. */
export interface RegisterEntry {
  channel: RegisterChannel;
  module: string;
  /** `from`/`to` (YYYY-MM-DD): required, optional (open period allowed) or absent. */
  period: 'required' | 'optional' | null;
  /** One day (`day`), e.g. the duty log. */
  day: boolean;
  /** An optional `buildingId`. */
  building: boolean;
  /** Needs a document id (a handover slip of one batch): printed from its own page, not from the centre. */
  perDocument: boolean;
}

function shapeOf(channel: RegisterChannel): Record<string, z.ZodType> {
  const input = contract[channel].input as unknown as { shape?: Record<string, z.ZodType> };
  return input.shape ?? {};
}

const optional = (schema: z.ZodType | undefined): boolean => !!schema && schema.safeParse(undefined).success;

export function describeRegister(channel: RegisterChannel): RegisterEntry {
  const shape = shapeOf(channel);
  return {
    channel,
    module: channel.split('.')[0],
    period: shape.from && shape.to ? (optional(shape.from) ? 'optional' : 'required') : null,
    day: !!shape.day,
    building: !!shape.buildingId,
    perDocument: !!shape.id && !optional(shape.id),
  };
}

/** The params a register's channel gets from the centre's form; empty optional fields are left out. */
export function registerParams(entry: RegisterEntry, form: { from: string; to: string; day: string; buildingId: string }): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (entry.period === 'required' || (entry.period === 'optional' && form.from && form.to)) {
    params.from = form.from;
    params.to = form.to;
  }
  if (entry.day) params.day = form.day;
  if (entry.building && form.buildingId) params.buildingId = Number(form.buildingId);
  return params;
}
