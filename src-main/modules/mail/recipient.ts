import { DeskError } from '../../../src-shared/errors';
import { cached } from '../../db/statements';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

export interface RecipientInput {
  occupantId?: number;
  unitId?: number;
  recipientName: string;
  recipientPhone: string;
}

export interface Recipient {
  occupantId: number | null;
  unitId: number | null;
  unitLabel: string;
  recipientName: string;
  recipientPhone: string;
  matched: boolean;
  noConsent: boolean;
}

/**
 * An occupant (who must live there now), a unit (anyone of it may collect), or neither: then the name on the label is
 * kept and the item is unmatched until assigned. Consent to desk collection is the occupant's; for a unit, anyone's.
 */
export function resolveRecipient(ctx: Ctx, input: RecipientInput): Recipient {
  if (input.occupantId) {
    const o = cached(
      ctx.db,
      `SELECT o.name, o.phone, o.unit_id AS unitId, o.active, o.parcel_consent AS consent, u.label
       FROM occupants o JOIN units u ON u.id = o.unit_id WHERE o.id = ?`,
    ).get(input.occupantId) as { name: string; phone: string; unitId: number; active: number; consent: number; label: string } | undefined;
    if (!o) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityOccupant') }, { occupantId: msg(ctx, 'chooseRecipient') });
    if (!o.active) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'movedOut', { name: o.name }) });
    if (input.unitId && input.unitId !== o.unitId) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'occupantElsewhere') });
    return {
      occupantId: input.occupantId,
      unitId: o.unitId,
      unitLabel: o.label,
      recipientName: o.name,
      recipientPhone: o.phone,
      matched: true,
      noConsent: o.consent !== 1,
    };
  }
  if (input.unitId) {
    const u = cached(
      ctx.db,
      `SELECT u.label, (SELECT count(*) FROM occupants o WHERE o.unit_id = u.id AND o.active = 1 AND o.parcel_consent = 1) AS consenting
       FROM units u WHERE u.id = ?`,
    ).get(input.unitId) as { label: string; consenting: number } | undefined;
    if (!u) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityUnit') }, { unitId: msg(ctx, 'chooseRecipient') });
    return {
      occupantId: null,
      unitId: input.unitId,
      unitLabel: u.label,
      recipientName: input.recipientName,
      recipientPhone: input.recipientPhone,
      matched: true,
      noConsent: u.consenting === 0,
    };
  }
  if (!input.recipientName) throw new DeskError('VALIDATION', {}, { recipientName: msg(ctx, 'nameOnLabel') });
  return {
    occupantId: null,
    unitId: null,
    unitLabel: '',
    recipientName: input.recipientName,
    recipientPhone: input.recipientPhone,
    matched: false,
    noConsent: false,
  };
}
