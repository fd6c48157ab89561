/**
 * Shared knowledge of the category D rules: who counts as "another shop or channel", and how a
 * send-elsewhere hit of no-send-customer-elsewhere is graded (also read by price-value-cliche,
 * which escalates when it is paired with an error-level send-away, FX-000-19).
 */
import type { Hit, TurnContext } from '../api';
import type { Severity } from '../../types';

/** Another shop, seller or sales channel, in folded text. */
export const COMPETITOR = /(别家|别人家|谁家|其他家|其它家|别的店|其他店|其它店|别的商家|其他商家|其它商家|他家|他们家|她家|那家|同行|实体店|专柜|线下店|拼多多|别人(卖|的)|外面(卖|买|的那些|那些|很多)|市面上|网上(卖|的那些|那些|很多))/;
/** What a customer says when comparing prices with another shop. */
const CUSTOMER_COMPARES = /(比(你|您)(们|家)?(的|家的)?(便宜|低|少|划算))|(别家|别人家|其他家|谁家|人家|实体店|专柜|外面|网上|拼多多|京东|淘宝)/;

/** True when the turn or the customer's lines bring another shop into the conversation. */
export function competitorContext(ctx: TurnContext): boolean {
  return COMPETITOR.test(ctx.text) || CUSTOMER_COMPARES.test(ctx.customer);
}

/** The item is not sold (or out of stock) here: pointing elsewhere is then help, not a brush-off. */
const NOT_SOLD_HERE = /(我们|我家|咱家|本店|店里|这边|这里)(家|店|这边|这里)?(没有|不卖|没卖|没有卖|不销售|不经营|暂无|暂时没有|没有这)|没有这(款|个|种|类)|缺货|断货|已下架|下架了|没货|卖完了|售罄/;

/**
 * Severity of a no-send-customer-elsewhere hit (§19.12): sending a customer away over price or a
 * complaint is error; pointing to a store to try the item on, or elsewhere because it is not sold
 * here, is info.
 */
export function sendAwaySeverity(ctx: TurnContext, h: Hit): Severity {
  const tag = h.trigger.tag;
  if (tag === 'price' || tag === 'dismiss') return 'error';
  if (tag === 'channel') return 'info';
  return NOT_SOLD_HERE.test(ctx.text) ? 'info' : 'error';
}
