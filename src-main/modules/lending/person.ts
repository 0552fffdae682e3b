import { DeskError } from '../../../src-shared/errors';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

export interface PersonInput {
  occupantId?: number;
  roomLabel: string;
  name: string;
  phone: string;
}

export interface Person {
  occupantId: number | null;
  roomLabel: string;
  name: string;
  phone: string;
}

/**
 * An occupant who lives there now (room, name and phone from the directory; a typed phone stands in when the
 * directory has none), or a room, name and phone typed at the desk. All three are required either way (002 item 35(4)).
 */
export function resolvePerson(ctx: Ctx, input: PersonInput): Person {
  if (input.occupantId) {
    const o = ctx.db
      .prepare(`SELECT o.name, o.phone, o.active, u.label FROM occupants o JOIN units u ON u.id = o.unit_id WHERE o.id = ?`)
      .get(input.occupantId) as { name: string; phone: string; active: number; label: string } | undefined;
    if (!o) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityOccupant') }, { occupantId: msg(ctx, 'chooseOccupant') });
    if (!o.active) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'movedOut', { name: o.name }) });
    const phone = o.phone || input.phone;
    if (!phone) throw new DeskError('VALIDATION', {}, { phone: msg(ctx, 'phoneRequired') });
    return { occupantId: input.occupantId, roomLabel: o.label, name: o.name, phone };
  }
  const fields: Record<string, string> = {};
  if (!input.roomLabel) fields.roomLabel = msg(ctx, 'roomRequired');
  if (!input.name) fields.name = msg(ctx, 'nameRequired');
  if (!input.phone) fields.phone = msg(ctx, 'phoneRequired');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  return { occupantId: null, roomLabel: input.roomLabel, name: input.name, phone: input.phone };
}
