import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import { checkIdDocument, type IdDocType } from '../../../src-shared/rules/id-doc';
import type { Ctx } from '../../ipc/context';

export interface CheckedId {
  idNumber: string;
  /** Set when the number failed its check and the receptionist wrote why it is right anyway. */
  overrideReason: string | null;
}

/**
 * A visitor's ID number: GB 11643 for resident IDs (15 digits upgraded to 18, HK/Macau/Taiwan residence permits
 * 81/82/83 accepted), the document's shape otherwise. A failure is a warning, not a wall: the receptionist who has
 * the card in hand may register it with a written reason, which is kept with the visit and in the audit trail.
 */
export function checkVisitorId(ctx: Ctx, type: IdDocType, raw: string, overrideReason: string | undefined): CheckedId {
  const check = checkIdDocument(type, raw, ctx.now);
  if (check.ok) return { idNumber: check.normalized, overrideReason: null };
  const problems = check.problems.map((p) => translate(ctx.lang, `idProblems.${p}`)).join(translate(ctx.lang, 'visitors.listSep'));
  if (overrideReason && overrideReason.trim()) return { idNumber: check.normalized, overrideReason: overrideReason.trim() };
  throw new DeskError('ID_INVALID', { problems }, { idNumber: problems });
}
