import { defineSearchable } from '../../search/searchable';

export interface PassSearchRow {
  number: string;
  holderName: string;
  company: string;
  phone: string;
}

/** Passes are found by holder name (pinyin too), company, pass number and phone tail. */
export const passSearch = defineSearchable<PassSearchRow>({
  kind: 'pass',
  text: (p) => [p.number, p.holderName, p.company],
  pinyin: (p) => [p.holderName, p.company],
  tails: (p) => [p.phone, p.number],
});
