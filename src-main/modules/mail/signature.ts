import { DeskError } from '../../../src-shared/errors';
import { SIGNATURE_MAX_BYTES } from '../../../src-shared/modules/mail';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Stores a signature drawn on the pad: a PNG (by its magic bytes) of at most 200 kB. Returns its id. */
export function storeSignature(ctx: Ctx, base64: string, field = 'signature'): number {
  const bytes = Buffer.from(base64.replace(/^data:image\/png;base64,/, ''), 'base64');
  if (bytes.length <= PNG.length || bytes.length > SIGNATURE_MAX_BYTES || !bytes.subarray(0, 8).equals(PNG)) {
    throw new DeskError('VALIDATION', {}, { [field]: msg(ctx, 'signatureBad') });
  }
  return Number(ctx.db.prepare('INSERT INTO mail_signatures(png, created_at) VALUES (?, ?)').run(bytes, ctx.now.toISOString()).lastInsertRowid);
}

export function signaturePng(ctx: Ctx, id: number): string {
  const png = ctx.db.prepare('SELECT png FROM mail_signatures WHERE id = ?').pluck().get(id) as Buffer | undefined;
  if (!png) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entitySignature') });
  return `data:image/png;base64,${png.toString('base64')}`;
}
