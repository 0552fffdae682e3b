import { defineSearchable } from '../../search/searchable';

export interface MailSearchRow {
  trackingNo: string;
  pickupCode: string;
  unitLabel: string;
  recipientName: string;
  recipientPhone: string;
  sender: string;
}

/** Items: tracking number, pickup code, unit, recipient (pinyin too), sender; the recipient's phone and the number's tail. */
export const mailSearch = defineSearchable<MailSearchRow>({
  kind: 'mail_item',
  text: (m) => [m.trackingNo, m.pickupCode, m.unitLabel, m.recipientName, m.sender],
  pinyin: (m) => [m.recipientName],
  tails: (m) => [m.recipientPhone, m.trackingNo.replace(/\D/g, '')],
});
