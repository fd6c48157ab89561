/**
 * Platform profiles as data: what is the platform's own name, channel or payment method there,
 * and so never off-platform. Each list is an allow list for that platform only (owner `!allow@<p>`
 * in the matcher): an allowed phrase masks every shorter rule hit inside it (微信支付 masks 微信)
 * and never a different hit beside it.
 */
import type { Platform } from '../../types';

/** Payment and refund channels every platform here offers (WeChat Pay is accepted on Taobao/Tmall since 2024). */
const PAYMENT = ['微信支付', '微信付款', '微信零钱', '微信钱包', '微信红包', '支付宝支付', '支付宝付款', '支付宝余额'];

/** Its own name and channels, per platform. */
export const OWN_NAMES: Record<Platform, string[]> = {
  taobao: ['淘宝', '天猫', '旺旺', '千牛', '阿里旺旺'],
  tmall: ['天猫', '淘宝', '旺旺', '千牛', '阿里旺旺'],
  // JD sells inside WeChat (购物 entry, mini program, official accounts) and refunds to WeChat Pay
  jd: ['京东', '京东支付', '咚咚', '京麦', '京东微信', '京东app', '微信(端|小程序|商城|银行卡|公众号|渠道|客户端|余额|购物|入口|版)',
    '(返|退|退回|返回|退到|返到|原返|原路返还|原路退回)(到|至)?(您的)?微信', '微信(、|/|和|或)(白条|储蓄卡|信用卡|银行卡|支付宝)',
    // the way into JD's shop inside WeChat: 进入微信→发现→购物
    '(进入|打开|登录|登陆)(您的)?微信'],
  pdd: ['拼多多', '多多支付', '拼夕夕'],
  douyin: ['抖音', '抖店', '抖音商城', '抖音支付', '飞鸽', '私信'],
  generic: [],
};

export const PLATFORM_ALLOW: Record<Platform, string[]> = Object.fromEntries(
  (Object.keys(OWN_NAMES) as Platform[]).map((p) => [p, [...OWN_NAMES[p], ...PAYMENT]]),
) as Record<Platform, string[]>;
