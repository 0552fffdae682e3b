import type { Ctx } from '../../ipc/context';
import { storeSignature as store } from '../../signatures/store';
import { msg } from './messages';

export const storeSignature = (ctx: Ctx, base64: string, field = 'signature'): number =>
  store(ctx, 'lending_signatures', base64, msg(ctx, 'signatureBad'), field);
