import { DeskError } from '../../src-shared/errors';
import { SIGNATURE_MAX_BYTES } from '../../src-shared/rules/signature';
import type { Ctx } from '../ipc/context';

/** Each module keeps its signatures in its own table (`png BLOB, created_at`), created by its migration. */
export type SignatureTable =
  | 'mail_signatures'
  | 'key_signatures'
  | 'lending_signatures'
  | 'lostfound_signatures'
  | 'doccontrol_signatures';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Stores a signature drawn on the pad: a PNG (recognised by its magic bytes, not by what the caller says) of at
 * most 200 kB. A refusal names the field with the module's own message. Returns the stored row's id.
 */
export function storeSignature(ctx: Ctx, table: SignatureTable, base64: string, refusal: string, field = 'signature'): number {
  const bytes = Buffer.from(base64.replace(/^data:image\/png;base64,/, ''), 'base64');
  if (bytes.length <= PNG.length || bytes.length > SIGNATURE_MAX_BYTES || !bytes.subarray(0, 8).equals(PNG)) {
    throw new DeskError('VALIDATION', {}, { [field]: refusal });
  }
  return Number(ctx.db.prepare(`INSERT INTO ${table}(png, created_at) VALUES (?, ?)`).run(bytes, ctx.now.toISOString()).lastInsertRowid);
}

/** A stored signature as a data URL, or null when there is none with that id. */
export function signatureDataUrl(ctx: Ctx, table: SignatureTable, id: number): string | null {
  const png = ctx.db.prepare(`SELECT png FROM ${table} WHERE id = ?`).pluck().get(id) as Buffer | undefined;
  return png ? `data:image/png;base64,${png.toString('base64')}` : null;
}
