import { defineSearchable } from '../../search/searchable';

export interface PersonSearchRow {
  no: string;
  roomLabel: string;
  name: string;
  phone: string;
  /** Loans: the item type; storage: the description and the authorised people. */
  extra: string[];
}

const declaration = (kind: string) =>
  defineSearchable<PersonSearchRow>({
    kind,
    text: (r) => [r.no, r.roomLabel, r.name, ...r.extra],
    pinyin: (r) => [r.name],
    tails: (r) => [r.phone],
  });

/** Loans: number, room, borrower (pinyin too), type; the borrower's phone tail. */
export const loanSearch = declaration('lending_loan');
/** Stored items: number, room, owner (pinyin too), description, authorised people; the owner's phone tail. */
export const storageSearch = declaration('lending_storage');
