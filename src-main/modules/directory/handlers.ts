import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { ModuleHandlers } from '../../ipc/handler';
import { buildRegister, registerColumns } from '../registers/build';
import { Building, Occupant, Unit } from './entities';
import { commitRows } from './import-commit';
import { readImportFile } from './import-file';
import { checkRows } from './import-rows';
import { normalizeBuilding, normalizeEntrance, normalizeRoom, unitLabel } from './labels';
import { buildingRows, directoryListing, occupantById, searchOccupants, unitRows } from './queries';
import { occupantSearch, reindexUnits } from './search';
import { keysetPage } from '../../ipc/paging';

export const directoryHandlers: ModuleHandlers<'directory'> = {
  'directory.buildings.list': async (_input, ctx) => buildingRows(ctx.db),

  'directory.buildings.save': async (input, ctx) => {
    const repo = ctx.em.getRepository(Building);
    const name = normalizeBuilding(input.name);
    const clash = await repo.findOneBy({ name });
    if (clash && clash.id !== input.id) throw new DeskError('CONFLICT', { what: name }, { name: `${name} 已存在` });
    let building: Building;
    if (input.id) {
      const found = await repo.findOneBy({ id: input.id });
      if (!found) throw new DeskError('NOT_FOUND', { entity: '楼栋' });
      const renamed = found.name !== name;
      found.name = name;
      found.note = input.note;
      building = await repo.save(found);
      if (renamed) {
        ctx.db.prepare(`UPDATE units SET label = ? || entrance || room WHERE building_id = ?`).run(name, building.id);
        const unitIds = ctx.db.prepare('SELECT id FROM units WHERE building_id = ?').pluck().all(building.id) as number[];
        reindexUnits(ctx.db, unitIds);
      }
    } else {
      building = await repo.save(repo.create({ name, note: input.note, createdAt: ctx.now.toISOString() }));
    }
    ctx.note({ entity: 'building', entityId: building.id, summary: `${input.id ? '修改' : '新增'}楼栋 ${name}` });
    return buildingRows(ctx.db, building.id)[0];
  },

  'directory.buildings.delete': async (input, ctx) => {
    const building = await ctx.em.getRepository(Building).findOneBy({ id: input.id });
    if (!building) throw new DeskError('NOT_FOUND', { entity: '楼栋' });
    if (await ctx.em.getRepository(Unit).existsBy({ buildingId: input.id })) throw new DeskError('IN_USE', { what: `${building.name} 下还有房号` });
    await ctx.em.getRepository(Building).delete(input.id);
    ctx.note({ entity: 'building', entityId: input.id, summary: `删除楼栋 ${building.name}` });
    return { done: true };
  },

  'directory.units.list': async (input, ctx) => unitRows(ctx.db, input),

  'directory.units.save': async (input, ctx) => {
    const building = await ctx.em.getRepository(Building).findOneBy({ id: input.buildingId });
    if (!building) throw new DeskError('NOT_FOUND', { entity: '楼栋' });
    const repo = ctx.em.getRepository(Unit);
    const entrance = normalizeEntrance(input.entrance);
    const room = normalizeRoom(input.room);
    const label = unitLabel(building.name, entrance, room);
    const clash = await repo.findOneBy({ label });
    if (clash && clash.id !== input.id) throw new DeskError('CONFLICT', { what: label }, { room: `${label} 已存在` });
    let unit: Unit;
    if (input.id) {
      const found = await repo.findOneBy({ id: input.id });
      if (!found) throw new DeskError('NOT_FOUND', { entity: '房号' });
      Object.assign(found, { buildingId: building.id, entrance, room, label, note: input.note });
      unit = await repo.save(found);
      reindexUnits(ctx.db, [unit.id]);
    } else {
      unit = await repo.save(repo.create({ buildingId: building.id, entrance, room, label, note: input.note, createdAt: ctx.now.toISOString() }));
    }
    ctx.note({ entity: 'unit', entityId: unit.id, summary: `${input.id ? '修改' : '新增'}房号 ${label}` });
    return unitRows(ctx.db, { id: unit.id })[0];
  },

  'directory.units.delete': async (input, ctx) => {
    const unit = await ctx.em.getRepository(Unit).findOneBy({ id: input.id });
    if (!unit) throw new DeskError('NOT_FOUND', { entity: '房号' });
    if (await ctx.em.getRepository(Occupant).existsBy({ unitId: input.id })) throw new DeskError('IN_USE', { what: `${unit.label} 有住户记录` });
    await ctx.em.getRepository(Unit).delete(input.id);
    ctx.note({ entity: 'unit', entityId: input.id, summary: `删除房号 ${unit.label}` });
    return { done: true };
  },

  'directory.occupants.search': async (input, ctx) => {
    const rows = searchOccupants(ctx.db, input);
    return keysetPage(rows, input.limit);
  },

  'directory.occupants.save': async (input, ctx) => {
    const unit = await ctx.em.getRepository(Unit).findOneBy({ id: input.unitId });
    if (!unit) throw new DeskError('NOT_FOUND', { entity: '房号' }, { unitId: '请选择房号' });
    const repo = ctx.em.getRepository(Occupant);
    const now = ctx.now.toISOString();
    const fields = { unitId: unit.id, name: input.name, kind: input.kind, phone: input.phone, parcelConsent: input.parcelConsent, note: input.note, active: input.active };
    let occupant: Occupant;
    if (input.id) {
      const found = await repo.findOneBy({ id: input.id });
      if (!found) throw new DeskError('NOT_FOUND', { entity: '住户' });
      occupant = await repo.save(Object.assign(found, fields, { updatedAt: now }));
    } else {
      occupant = await repo.save(repo.create({ ...fields, createdAt: now, updatedAt: now }));
    }
    occupantSearch.put(ctx.db, occupant.id, { name: occupant.name, unitLabel: unit.label, phone: occupant.phone });
    const state = input.active ? '' : '（已迁出）';
    ctx.note({ entity: 'occupant', entityId: occupant.id, summary: `${input.id ? '修改' : '新增'}住户 ${unit.label} ${occupant.name}${state}` });
    return occupantById(ctx.db, occupant.id)!;
  },

  'directory.import.preview': async (input, ctx) => {
    const { reports } = checkRows(await readImportFile(input.fileName, input.base64), ctx.lang);
    const errorCount = reports.filter((r) => r.errors.length > 0).length;
    return { rows: reports, validCount: reports.length - errorCount, errorCount };
  },

  'directory.import.commit': async (input, ctx) => {
    const { reports, clean } = checkRows(await readImportFile(input.fileName, input.base64), ctx.lang);
    const skipped = reports.length - clean.length;
    if (skipped > 0 && input.mode === 'all') throw new DeskError('IMPORT_HAS_ERRORS', { count: skipped });
    const result = commitRows(ctx.db, clean, ctx.now.toISOString());
    ctx.note({
      entity: 'occupant',
      summary: `导入住户文件 ${input.fileName}：新增 ${result.imported}，更新 ${result.updated}，跳过错误行 ${skipped}`,
    });
    return { ...result, skipped };
  },

  'directory.register': async (input, ctx) => {
    const t = (key: string) => translate(ctx.lang, key);
    const rows = directoryListing(ctx.db, input.buildingId);
    const building = input.buildingId ? buildingRows(ctx.db, input.buildingId)[0] : null;
    return buildRegister(ctx, {
      title: t('registers.directory'),
      periodLabel: `${building?.name ?? t('registers.allBuildings')}  截至 ${dayjs(ctx.now).format('YYYY-MM-DD')}`,
      columns: registerColumns(t, 'registers.col', { unit: 18, name: 14, kind: 8, phone: 16, consent: 10, note: 20 }),
      rows: rows.map((o) => ({
        unit: o.unitLabel,
        name: o.name,
        kind: t(`occupantKinds.${o.kind}`),
        phone: o.phone,
        consent: o.parcelConsent ? t('registers.yes') : t('registers.no'),
        note: o.note,
      })),
      fileStem: `directory-${dayjs(ctx.now).format('YYYYMMDD')}`,
    });
  },
};
