import type { Ctx } from '../../ipc/context';
import { storeSignature } from '../../signatures/store';
import { msg } from './messages';

export const storeKeySignature = (ctx: Ctx, base64: string, field = 'signature'): number =>
  storeSignature(ctx, 'key_signatures', base64, msg(ctx, 'signatureBad'), field);
