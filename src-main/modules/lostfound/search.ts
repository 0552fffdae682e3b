import { defineSearchable } from '../../search/searchable';

export interface LfSearchRow {
  no: string;
  name: string;
  text: string;
  place: string;
  person: string;
  phone: string;
}

const declaration = (kind: string) =>
  defineSearchable<LfSearchRow>({
    kind,
    text: (r) => [r.no, r.name, r.text, r.place, r.person],
    pinyin: (r) => [r.person],
    tails: (r) => [r.phone],
  });

/** Found items: number, name, features, found place, finder (pinyin too); the finder's phone tail. */
export const itemSearch = declaration('lostfound_item');
/** Lost reports: number, item, description, place, reporter (pinyin too); the reporter's phone tail. */
export const reportSearch = declaration('lostfound_report');
