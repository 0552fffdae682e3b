import type { Database } from 'better-sqlite3';
import type { ConsentMethod, SlipItem, SlipRow } from '../../../src-shared/modules/releases';
import { maskIdNumber } from '../../../src-shared/rules/text';

/** A slip as selected: the output's fields, with consent, items and the full ID still in their stored form. */
type RawSlip = Omit<SlipRow, 'ownerConsent' | 'items' | 'carrierIdMasked'> & {
  day: string;
  consentOwnerName: string | null;
  consentMethod: ConsentMethod | null;
  consentNote: string | null;
  itemsJson: string;
  carrierIdNumber: string;
};

const SLIP_SELECT = `SELECT s.id, s.number, s.day, s.status, s.occupant_id AS occupantId, s.requester_name AS requesterName,
    s.requester_kind AS requesterKind, s.unit_label AS unitLabel, s.consent_owner_name AS consentOwnerName,
    s.consent_method AS consentMethod, s.consent_note AS consentNote,
    (SELECT json_group_array(json_object('name', i.name, 'quantity', i.quantity, 'unit', i.unit))
       FROM (SELECT * FROM release_items WHERE slip_id = s.id ORDER BY line) i) AS itemsJson,
    s.carrier_name AS carrierName, s.carrier_id_type AS carrierIdType, s.carrier_id_number AS carrierIdNumber,
    s.carrier_phone AS carrierPhone, s.vehicle_plate AS vehiclePlate, s.remarks, s.issued_at AS issuedAt,
    ui.display_name AS issuedByName, s.released_at AS releasedAt, ur.display_name AS releasedByName, s.release_note AS releaseNote,
    s.voided_at AS voidedAt, uv.display_name AS voidedByName, s.void_reason AS voidReason
  FROM release_slips s JOIN users ui ON ui.id = s.issued_by LEFT JOIN users ur ON ur.id = s.released_by
  LEFT JOIN users uv ON uv.id = s.voided_by`;

const toRow = (r: RawSlip): SlipRow => ({
  id: r.id,
  number: r.number,
  status: r.status,
  occupantId: r.occupantId,
  requesterName: r.requesterName,
  requesterKind: r.requesterKind,
  unitLabel: r.unitLabel,
  ownerConsent:
    r.consentOwnerName && r.consentMethod ? { ownerName: r.consentOwnerName, method: r.consentMethod, note: r.consentNote ?? '' } : null,
  items: JSON.parse(r.itemsJson) as SlipItem[],
  carrierName: r.carrierName,
  carrierIdType: r.carrierIdType,
  carrierIdMasked: maskIdNumber(r.carrierIdNumber),
  carrierPhone: r.carrierPhone,
  vehiclePlate: r.vehiclePlate,
  remarks: r.remarks,
  issuedAt: r.issuedAt,
  issuedByName: r.issuedByName,
  releasedAt: r.releasedAt,
  releasedByName: r.releasedByName,
  releaseNote: r.releaseNote,
  voidedAt: r.voidedAt,
  voidedByName: r.voidedByName,
  voidReason: r.voidReason,
});

export function slipById(db: Database, id: number): SlipRow | null {
  const raw = db.prepare(`${SLIP_SELECT} WHERE s.id = ?`).get(id) as RawSlip | undefined;
  return raw ? toRow(raw) : null;
}

export interface SlipQuery {
  q?: string;
  status?: string;
  from?: string;
  to?: string;
  limit: number;
  before?: number;
  /** Oldest first (registers) instead of newest first (lists). */
  ascending?: boolean;
}

/** By issue day (local); `q` matches number, unit, requester, carrier or plate. */
export function searchSlips(db: Database, query: SlipQuery): SlipRow[] {
  const sql = `${SLIP_SELECT}
    WHERE (@status IS NULL OR s.status = @status) AND (@from IS NULL OR s.day >= @from) AND (@to IS NULL OR s.day <= @to)
      AND (@before IS NULL OR s.id < @before)
      AND (@q IS NULL OR instr(upper(s.number || ' ' || s.unit_label || ' ' || s.requester_name || ' ' || s.carrier_name || ' '
           || s.vehicle_plate), upper(@q)) > 0)
    ORDER BY ${query.ascending ? 's.day, s.seq' : 's.id DESC'} LIMIT @limit`;
  const rows = db.prepare(sql).all({
    status: query.status && query.status !== 'all' ? query.status : null,
    from: query.from ?? null,
    to: query.to ?? null,
    before: query.before ?? null,
    q: query.q || null,
    limit: query.limit,
  }) as RawSlip[];
  return rows.map(toRow);
}
