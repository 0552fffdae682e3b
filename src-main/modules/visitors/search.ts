import { defineSearchable } from '../../search/searchable';

export interface VisitSearchRow {
  visitNo: string;
  name: string;
  company: string;
  plate: string;
  unitLabel: string;
  hostName: string;
  phone: string;
  idNumber: string;
  purged: boolean;
}

/** Visits: name and host (pinyin too), company, plate, visit number, unit; phone and ID tails until purged. */
export const visitSearch = defineSearchable<VisitSearchRow>({
  kind: 'visit',
  text: (v) => [v.visitNo, v.name, v.company, v.plate, v.unitLabel, v.hostName],
  pinyin: (v) => [v.name, v.hostName],
  tails: (v) => (v.purged ? [] : [v.phone, v.idNumber]),
});

export interface PersonSearchRow {
  name: string;
  company: string;
  phone: string;
  idNumber: string;
  purged: boolean;
}

/** Returning visitors: name (pinyin too) and company; phone and ID tails until purged. */
export const personSearch = defineSearchable<PersonSearchRow>({
  kind: 'visitor_person',
  text: (p) => [p.name, p.company],
  pinyin: (p) => [p.name],
  tails: (p) => (p.purged ? [] : [p.phone, p.idNumber]),
});
