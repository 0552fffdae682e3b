import { defineSearchable } from '../../search/searchable';

export interface KeySearchRow {
  code: string;
  name: string;
  opens: string;
  cabinet: string;
}

/** Keys and rings: tag code (its digits too), name, the unit or place it opens, the cabinet. */
export const keySearch = defineSearchable<KeySearchRow>({
  kind: 'cabinet_item',
  text: (k) => [k.code, k.name, k.opens, k.cabinet],
  pinyin: (k) => [k.name],
  tails: (k) => [k.code.replace(/\D/g, '')],
});
