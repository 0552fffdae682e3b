import { DeskError } from '../../../src-shared/errors';
import type { KeyLabel } from '../../../src-shared/modules/keys';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';
import { keysWhere } from './queries';

/**
 * Printed tag labels, in the order asked. A tag carries its code (and its barcode), never the unit or place the key
 * opens: a lost key with its tag must not lead a finder to the door. Retired keys get no new label.
 */
export function keyLabels(ctx: Ctx, ids: number[]): KeyLabel[] {
  const unique = [...new Set(ids)];
  const found = new Map(keysWhere(ctx, `k.id IN (${unique.map(() => '?').join(', ')})`, ...unique).map((k) => [k.id, k]));
  return unique.map((id) => {
    const k = found.get(id);
    if (!k) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityKey') });
    return { id: k.id, code: k.code, kind: k.kind, categoryName: k.categoryName, cabinet: k.cabinet, hook: k.hook };
  });
}
