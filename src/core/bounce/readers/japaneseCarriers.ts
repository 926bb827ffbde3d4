/** Japanese mobile carriers (au/KDDI, docomo, SoftBank, ezweb): short notices, often in Japanese, with fixed sentences. */
import { layoutReader } from '../reader';

export const japaneseCarriers = layoutReader({
  id: 'jp-carrier',
  name: 'Japanese mobile carrier',
  signs: {
    from: /ezweb\.ne\.jp|au\.com|dion\.ne\.jp|docomo\.ne\.jp|softbank\.ne\.jp|i\.softbank\.jp|auone-net\.jp/i,
    subject: /メールエラー通知|送信エラー/,
  },
  layout: {
    recipient: [
      /could not be delivered to:?\s*<?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>?/i,
      /^\s*<?([\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>?\s*$/,
    ],
  },
  sentences: [
    [/as their mailbox is full|メールボックスが一杯|容量/i, 'mailbox-full'],
    [/due to the recipient'?s? (settings|refusal)|受信拒否/i, 'filtered'],
    [/user unknown|unknown user|宛先.{0,10}(存在しない|見つかりません)/i, 'user-unknown'],
  ],
});
