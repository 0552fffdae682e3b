import { defineSearchable } from '../../search/searchable';

export interface VisitSearchRow {
  name: string;
  company: string;
  plate: string;
  visitNo: string;
  unitLabel: string;
  phone: string;
  idNumber: string;
  purged: boolean;
}

/** Visits: name (and pinyin), company, plate, visit number, host unit; phone and ID tails until purged. */
export const visitSearch = defineSearchable<VisitSearchRow>({
  kind: 'visit',
  text: (v) => [v.name, v.company, v.plate, v.visitNo, v.unitLabel],
  pinyin: (v) => [v.name],
  tails: (v) => (v.purged ? [] : [v.phone, v.idNumber]),
});

export interface PersonSearchRow {
  name: string;
  company: string;
  phone: string;
  idNumber: string;
  purged: boolean;
}

/** Returning visitors: name (and pinyin), company; phone and ID tails until purged. */
export const personSearch = defineSearchable<PersonSearchRow>({
  kind: 'visitor_person',
  text: (p) => [p.name, p.company],
  pinyin: (p) => [p.name],
  tails: (p) => (p.purged ? [] : [p.phone, p.idNumber]),
});
