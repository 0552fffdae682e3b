import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { PassRow } from '../../../src-shared/modules/passes';
import { callerOf, type Ctx } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { buildRegister, registerColumns } from '../registers/build';
import { readSettings } from '../settings/store';
import { admitPass, scopeLabel } from './admit';
import { checkedIdNumber, checkedPhoto, realDate } from './checks';
import { entryRows, passById, passesIssued, publicRow, searchPasses } from './queries';
import { passSearch } from './search';
import { keysetPage } from '../../ipc/paging';

const today = (ctx: Ctx) => dayjs(ctx.now).format('YYYY-MM-DD');

function mustFind(ctx: Ctx, id: number) {
  const pass = passById(ctx.db, id, today(ctx));
  if (!pass) throw new DeskError('NOT_FOUND', { entity: '出入证' });
  return pass;
}

export const passesHandlers: ModuleHandlers<'passes'> = {
  'passes.issue': async (input, ctx) => {
    const caller = callerOf(ctx);
    const day = today(ctx);
    realDate(input.validFrom, 'validFrom');
    realDate(input.validTo, 'validTo');
    if (input.validTo < input.validFrom) throw new DeskError('VALIDATION', {}, { validTo: '有效期截止日不能早于起始日' });
    if (input.validTo < day) throw new DeskError('VALIDATION', {}, { validTo: '有效期截止日不能早于今天' });
    const idNumber = checkedIdNumber(input.idType, input.idNumber, 'idNumber', ctx.now);
    const buildingIds = input.buildingIds ? [...new Set(input.buildingIds)] : null;
    if (buildingIds) {
      const known = ctx.db.prepare('SELECT count(*) FROM buildings WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(buildingIds)) as number;
      if (known !== buildingIds.length) throw new DeskError('NOT_FOUND', { entity: '楼栋' }, { buildingIds: '所选楼栋不存在' });
    }
    const photo = input.photoBase64 ? checkedPhoto(input.photoBase64) : null;

    const year = ctx.now.getFullYear();
    const seq = (ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM passes WHERE year = ?').pluck().get(year) as number);
    const number = `CR-${year}-${String(seq).padStart(4, '0')}`;
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO passes (number, year, seq, holder_name, id_type, id_number, phone, company, category, valid_from, valid_to,
           all_buildings, photo, photo_mime, remarks, issued_at, issued_day, issued_by)
         VALUES (@number, @year, @seq, @holder, @idType, @idNumber, @phone, @company, @category, @from, @to, @all, @photo, @mime,
           @remarks, @at, @day, @by)`,
      )
      .run({
        number, year, seq, holder: input.holderName, idType: input.idType, idNumber, phone: input.phone, company: input.company,
        category: input.category, from: input.validFrom, to: input.validTo, all: buildingIds ? 0 : 1, photo: photo?.bytes ?? null,
        mime: photo?.mime ?? null, remarks: input.remarks, at: ctx.now.toISOString(), day, by: caller.userId,
      });
    const id = Number(lastInsertRowid);
    const addBuilding = ctx.db.prepare('INSERT INTO pass_buildings (pass_id, building_id) VALUES (?, ?)');
    for (const b of buildingIds ?? []) addBuilding.run(id, b);
    passSearch.put(ctx.db, id, { number, holderName: input.holderName, company: input.company, phone: input.phone });
    const pass = mustFind(ctx, id);
    ctx.note({
      entity: 'pass',
      entityId: id,
      summary: `办理出入证 ${number}：${input.holderName}（${input.company || '个人'}），${input.validFrom} 至 ${input.validTo}，${scopeLabel(ctx, pass)}`,
    });
    return publicRow(pass);
  },

  'passes.revoke': async (input, ctx) => {
    const caller = callerOf(ctx);
    const pass = mustFind(ctx, input.id);
    if (pass.revokedAt) {
      throw new DeskError('PASS_REVOKED', { number: pass.number, holder: pass.holderName, date: dayjs(pass.revokedAt).format('YYYY-MM-DD'), reason: pass.revokeReason ?? '' });
    }
    ctx.db
      .prepare('UPDATE passes SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?')
      .run(ctx.now.toISOString(), caller.userId, input.reason, pass.id);
    ctx.note({ entity: 'pass', entityId: pass.id, summary: `注销出入证 ${pass.number}（${pass.holderName}），原因：${input.reason}` });
    return publicRow(mustFind(ctx, pass.id));
  },

  'passes.verify': async (input, ctx) => {
    const { pass, entry, building } = admitPass(ctx, input.number, input.buildingId);
    ctx.note({
      entity: 'pass',
      entityId: pass.id,
      summary: `凭出入证进入：${pass.number} ${pass.holderName}（${pass.company || '个人'}）${building ? `，前往 ${building.name}` : ''}`,
    });
    return { pass: publicRow(mustFind(ctx, pass.id)), entry };
  },

  'passes.list': async (input, ctx) => {
    const rows = searchPasses(ctx.db, input, today(ctx));
    return keysetPage(rows, input.limit);
  },

  'passes.entries': async (input, ctx) => {
    const range = input.date
      ? { from: dayjs(input.date).startOf('day').toISOString(), to: dayjs(input.date).add(1, 'day').startOf('day').toISOString() }
      : {};
    return entryRows(ctx.db, { passId: input.passId, ...range });
  },

  'passes.card': async (input, ctx) => {
    const t = (key: string) => translate(ctx.lang, key);
    const pass = mustFind(ctx, input.id);
    const photo = ctx.db.prepare('SELECT photo, photo_mime AS mime FROM passes WHERE id = ?').get(pass.id) as { photo: Buffer | null; mime: string | null };
    return {
      orgName: readSettings(ctx.db).orgName,
      title: t('passes.cardTitle'),
      number: pass.number,
      holderName: pass.holderName,
      idTypeLabel: t(`idTypes.${pass.idType}`),
      idNumberMasked: pass.idNumberMasked,
      company: pass.company,
      categoryLabel: t(`passes.categories.${pass.category}`),
      phone: pass.phone,
      validPeriod: translate(ctx.lang, 'registers.periodRange', { from: pass.validFrom, to: pass.validTo }),
      scopeLabel: scopeLabel(ctx, pass),
      photoDataUrl: photo.photo && photo.mime ? `data:${photo.mime};base64,${photo.photo.toString('base64')}` : null,
      issuedAt: dayjs(pass.issuedAt).format('YYYY-MM-DD'),
      issuedByName: pass.issuedByName,
      status: pass.status,
      statusLabel: t(`passes.status.${pass.status}`),
    };
  },

  'passes.register': async (input, ctx) => {
    const t = (key: string, params?: Record<string, string | number>) => translate(ctx.lang, key, params);
    const rows = passesIssued(ctx.db, input.from ?? null, input.to ?? null, today(ctx));
    return buildRegister(ctx, {
      title: t('passes.register'),
      periodLabel: input.from || input.to ? t('registers.periodRange', { from: input.from ?? '…', to: input.to ?? '…' }) : t('registers.allTime'),
      columns: registerColumns(t, 'passes.col', { number: 13, holder: 9, idNumber: 20, company: 14, category: 8, phone: 13, valid: 22, scope: 12, issued: 16, status: 16 }),
      rows: rows.map((p) => ({
        number: p.number,
        holder: p.holderName,
        idNumber: `${t(`idTypes.${p.idType}`)} ${p.idNumberMasked}`,
        company: p.company,
        category: t(`passes.categories.${p.category}`),
        phone: p.phone,
        valid: t('registers.periodRange', { from: p.validFrom, to: p.validTo }),
        scope: scopeLabel(ctx, p),
        issued: `${dayjs(p.issuedAt).format('YYYY-MM-DD')} ${p.issuedByName}`,
        status: p.revokedAt ? `${t('passes.status.revoked')}：${p.revokeReason ?? ''}` : t(`passes.status.${p.status}`),
      })),
      fileStem: `access-passes-${dayjs(ctx.now).format('YYYYMMDD')}`,
    });
  },
};
