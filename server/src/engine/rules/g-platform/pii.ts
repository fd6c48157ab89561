/**
 * Personal-data detection for `no-leak-buyer-info` and `review-reply-public-rules`, on folded text
 * (ASCII digits, lower-case x). Regular expressions run inside a rule's check (the phrase syntax has
 * no character classes); each one is linear.
 */

export type PiiKind = 'mobile' | 'id-card' | 'address';
export interface Pii { kind: PiiKind; start: number; end: number }

/** A Chinese mobile number: 11 digits 1[3-9]…, also written 138 1234 5678 / 138-1234-5678 / +86. */
const MOBILE = /(?<![0-9a-z])(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9a-z])/g;
/** An 18-character resident ID number (checked with its ISO 7064 check digit). */
const ID_CARD = /(?<![0-9a-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9x](?![0-9a-z])/g;
/** A street address down to the door: …省/市/区/县 … 路/街/号/栋/单元/室 with a number. */
const ADDRESS = /[\u4e00-\u9fff]{2,3}(?:省|市|区|县|镇|乡)[\u4e00-\u9fff0-9a-z-]{0,16}?(?:[0-9一二三四五六七八九十百]+(?:号楼|号院|号|栋|幢|单元|室|楼|弄|巷))(?:[0-9a-z-]*(?:号|室|单元|栋|幢|楼))*/g;

/** A character every ADDRESS match holds. */
const PLACE_WORD = /[省市区县镇乡]/;
/** What a number after these words is: an order, waybill or tracking number, never a phone. */
const ORDER_CONTEXT = /(订单|单号|运单|快递单|物流单|包裹|编号|order|工单|流水|券码|卡号|账号|型号|序列号|批次)[^,。!?;\n]{0,6}$/;
/** The shop's own contact numbers (hotline, after-sales, shop phone). */
const SHOP_CONTACT = /(客服|售后|店铺|我们|本店|我的|门店|商家|官方|热线|服务|公司|厂家|总部|维修点|网点|站点|配送员|快递员|师傅|小哥)[^,。!?;\n]{0,6}(电话|手机|热线|号码|联系方式|微信|tel)?[^,。!?;\n]{0,4}$/;
/** The shop's own address (where to send returns or invoices). */
const SHOP_ADDRESS = /(寄回|退回|寄到|寄至|邮寄到|发回|退货地址|寄回地址|售后地址|我们的地址|公司地址|门店地址|店铺地址|仓库|自提|返厂|地址是|地址为|分店|营业厅|门店|网点|专卖店|维修点|服务中心|服务点|有限公司|分公司|专柜|旗舰店|体验店|公司)[^。!?;\n]{0,16}$/;
const REQUEST_TO_SEND = /(请|麻烦|劳烦|您可以|您把|将)[^。!?;\n]{0,10}$/;

function idChecksumOk(id: string): boolean {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const codes = '10x98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * w[i];
  return codes[sum % 11] === id[17];
}

/** Personal data in folded agent text, minus order numbers, masked numbers and the shop's own contacts. */
export function findPii(text: string): Pii[] {
  const out: Pii[] = [];
  // most replies hold neither 11 digits (a mobile number; an ID number has 17 or 18) nor a place
  // word: the expressions below cannot match there, so they are not run
  let digits = 0;
  for (let i = 0; i < text.length && digits < 11; i++) { const c = text.charCodeAt(i); if (c >= 48 && c <= 57) digits++; }
  if (digits < 11 && !PLACE_WORD.test(text)) return out;
  if (digits >= 11) for (const m of text.matchAll(ID_CARD)) {
    const s = m.index!;
    if (ORDER_CONTEXT.test(text.slice(Math.max(0, s - 12), s))) continue;
    if (!idChecksumOk(m[0])) continue;
    out.push({ kind: 'id-card', start: s, end: s + m[0].length });
  }
  if (digits >= 11) for (const m of text.matchAll(MOBILE)) {
    const s = m.index!;
    const before = text.slice(Math.max(0, s - 14), s);
    if (ORDER_CONTEXT.test(before) || SHOP_CONTACT.test(before)) continue;
    out.push({ kind: 'mobile', start: s, end: s + m[0].length });
  }
  if (PLACE_WORD.test(text)) for (const m of text.matchAll(ADDRESS)) {
    // the match may take a word before the place name with it (地址北京市… → 北京市…)
    let off = 0;
    while (off < 2 && '址到至在是为于寄送发:'.includes(m[0][off]) && /^[\u4e00-\u9fff]{2,3}(?:省|市|区|县|镇|乡)/.test(m[0].slice(off + 1))) off++;
    const s = m.index! + off;
    const before = text.slice(Math.max(0, s - 16), s);
    if (SHOP_ADDRESS.test(before) || (REQUEST_TO_SEND.test(before) && /(寄|退|发)/.test(before))) continue;
    out.push({ kind: 'address', start: s, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The buyer's data among `findPii`: numbers always, an address only next to a name (收件人/先生…)
 * or a mobile number (a bare street address is usually a shop, branch or return address).
 */
export function buyerPii(text: string): Pii[] {
  const found = findPii(text);
  if (!found.length) return found;
  const named = NAMED_PERSON.test(text) || found.some((p) => p.kind === 'mobile');
  return found.filter((p) => p.kind !== 'address' || named || THIRD_PARTY.test(text));
}

/** Words that point the data at someone other than the person in the chat, or at the public. */
export const THIRD_PARTY = /(该买家|这位买家|此买家|买家(是|叫|姓)|该顾客|这位顾客|该客户|此人|其他(买家|顾客|客户)|别的(买家|顾客|客户)|另一位|您朋友|你朋友|您的朋友|他的|她的|对方的|收件人(是|叫|为)|下单人(是|叫|为)|下单的人)/;

/** A name that goes with an address (收件人/收货人/联系人, 先生/女士, …收). */
export const NAMED_PERSON = /(收件人|收货人|联系人|姓名|先生|女士|小姐)/;
