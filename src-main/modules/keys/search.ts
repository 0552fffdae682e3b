import { defineSearchable } from '../../search/searchable';

export interface KeySearchRow {
  code: string;
  name: string;
  opens: string;
  cabinet: string;
  /** The category's name in `key_categories`, so that typing 设备房 finds the plant-room keys. */
  categoryName: string;
}

/** Keys and rings: tag code (its digits too), name, the unit or place it opens, the cabinet, the category's name. */
export const keySearch = defineSearchable<KeySearchRow>({
  kind: 'cabinet_item',
  text: (k) => [k.code, k.name, k.opens, k.cabinet, k.categoryName],
  pinyin: (k) => [k.name],
  tails: (k) => [k.code.replace(/\D/g, '')],
});
