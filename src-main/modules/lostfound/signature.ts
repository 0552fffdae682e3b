import { DeskError } from '../../../src-shared/errors';
import type { Ctx } from '../../ipc/context';
import { signatureDataUrl, storeSignature as store } from '../../signatures/store';
import { msg } from './messages';

export const storeSignature = (ctx: Ctx, base64: string, field = 'signature'): number =>
  store(ctx, 'lostfound_signatures', base64, msg(ctx, 'signatureBad'), field);

export function signaturePng(ctx: Ctx, id: number): string {
  const png = signatureDataUrl(ctx, 'lostfound_signatures', id);
  if (!png) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entitySignature') });
  return png;
}
