/**
 * The disguised terms of the off-platform-contact and review-incentive rules, as data. Each variant
 * names how it disguises its term (homophone, shape-alike, pinyin, initials, letter mix, slang) and is
 * tested: test/rules/k-platform-contact.test.ts builds a reply from every variant and expects a
 * finding on exactly its characters. Reviewed like code: a variant with false hits on real replies
 * (bench/evasion.mjs prints them) needs an `except` or goes.
 *
 * Symbols, spaces and emoji between the characters (微@信), width, case, traditional characters,
 * styled letters and number forms are handled by folding (text/fold.ts, match/noise.ts), not listed.
 */

export type VariantKind = 'canonical' | 'homophone' | 'shape' | 'pinyin' | 'initials' | 'letters' | 'slang' | 'split';

export interface Variant {
  form: string;
  kind: VariantKind;
  /** Latin-only forms must stand as a word (vx, not tvx). */
  latin?: boolean;
}

export interface DisguisedTerm {
  term: string;
  /** What the term is, for the message. */
  what: string;
  variants: Variant[];
  /** Phrases containing a variant that are harmless (patterns). */
  except?: string[];
  /** Repeated characters (微微信信) count as the term. */
  repeats?: boolean;
}

const latin = (form: string, kind: VariantKind): Variant => ({ form, kind, latin: true });

/** Contact channels outside the platform: always flagged in an agent reply (the platform's own forms are allowed per profile). */
export const CONTACT_TERMS: DisguisedTerm[] = [
  {
    term: '微信', what: '微信', repeats: true,
    variants: [
      { form: '微信', kind: 'canonical' },
      { form: '威信', kind: 'homophone' }, { form: '薇信', kind: 'homophone' }, { form: '危信', kind: 'homophone' },
      { form: '徽信', kind: 'shape' }, { form: '微芯', kind: 'homophone' },
      latin('weixin', 'pinyin'), latin('wechat', 'letters'), latin('wx', 'initials'), latin('vx', 'initials'),
      { form: 'v信', kind: 'letters' }, { form: 'w信', kind: 'letters' }, { form: '微x', kind: 'letters' },
      { form: '绿泡泡', kind: 'slang' },
    ],
    // 微信沃卡: a carrier's SIM card product, not an account
    except: ['微信(支付|付款|零钱|钱包|红包|沃卡)', '(威信|危信)(度|力|誉|心)', '微芯片', '微信号码格式'],
  },
  {
    term: '加微信', what: '微信',
    variants: [
      { form: '加v', kind: 'letters' }, { form: '+v', kind: 'letters' }, { form: '加微', kind: 'slang' }, { form: '加我微', kind: 'slang' },
    ],
    except: ['加(我)?微(信|芯|x|博|店|商|软|量|波|调|米|辣|小|笑|单|电|型|利|胖|瑕)', '加v(ip|i)'],
  },
  {
    term: 'QQ', what: 'QQ',
    variants: [
      latin('qq', 'canonical'), { form: '扣扣', kind: 'homophone' }, { form: '企鹅号', kind: 'slang' }, { form: 'q号', kind: 'initials' },
      { form: '秋秋', kind: 'homophone' },
    ],
    except: ['qq(钱包|音乐|浏览器|影音|邮箱|空间|输入法)', 'q号码', '扣扣(子|好|紧|上)'],
  },
  {
    term: '支付宝账号', what: '支付宝账号',
    variants: [latin('zfb', 'initials'), { form: '支护宝', kind: 'shape' }, { form: '吱付宝', kind: 'homophone' }, latin('alipay', 'letters')],
  },
  {
    term: '私聊', what: '私下联系',
    variants: [{ form: '私聊', kind: 'canonical' }, { form: '私下联系', kind: 'canonical' }, { form: '私下沟通', kind: 'canonical' }, { form: '私下加', kind: 'canonical' }, { form: '私我', kind: 'slang' }],
  },
];

/** Other platforms: flagged when they are not the shop's own (拼多多 in a Taobao shop); never on `generic`. */
export const PLATFORM_TERMS: DisguisedTerm[] = [
  { term: '淘宝', what: '淘宝', variants: [{ form: '淘宝', kind: 'canonical' }, { form: '桃宝', kind: 'homophone' }, { form: '淘bao', kind: 'letters' }, latin('taobao', 'pinyin')] },
  { term: '天猫', what: '天猫', variants: [{ form: '天猫', kind: 'canonical' }, latin('tmall', 'letters')] },
  { term: '京东', what: '京东', variants: [{ form: '京东', kind: 'canonical' }, { form: '某东', kind: 'slang' }, { form: '狗东', kind: 'slang' }], except: ['京东(快递|物流|快运)'] },
  { term: '拼多多', what: '拼多多', variants: [{ form: '拼多多', kind: 'canonical' }, { form: '拼夕夕', kind: 'slang' }, { form: 'pdd', kind: 'initials', latin: true }, { form: '拼dd', kind: 'letters' }] },
  { term: '抖音', what: '抖音', variants: [{ form: '抖音', kind: 'canonical' }, { form: '抖y', kind: 'letters' }, { form: 'dy小店', kind: 'initials' }] },
  { term: '快手', what: '快手', variants: [{ form: '快手小店', kind: 'canonical' }, { form: '快手店', kind: 'canonical' }] },
  { term: '唯品会', what: '唯品会', variants: [{ form: '唯品会', kind: 'canonical' }] },
  { term: '闲鱼', what: '闲鱼', variants: [{ form: '闲鱼', kind: 'canonical' }, { form: '咸鱼', kind: 'homophone' }], except: ['咸鱼(干|片|茄子|饭|炒)'] },
  { term: '小红书', what: '小红书', variants: [{ form: '小红书', kind: 'canonical' }, { form: '小红薯', kind: 'homophone' }] },
  { term: '微店', what: '微店', variants: [{ form: '微店', kind: 'canonical' }] },
  { term: '转转', what: '转转', variants: [{ form: '转转app', kind: 'canonical' }, { form: '转转平台', kind: 'canonical' }] },
  { term: '得物', what: '得物', variants: [{ form: '得物app', kind: 'canonical' }, { form: '得物平台', kind: 'canonical' }] },
];

/** Review words and their disguises (for no-review-incentive). */
export const REVIEW_WORDS: Variant[] = [
  { form: '好评', kind: 'canonical' }, { form: '五星', kind: 'canonical' }, { form: '5星', kind: 'canonical' }, { form: '满分', kind: 'canonical' },
  { form: '晒单', kind: 'canonical' }, { form: '晒图', kind: 'canonical' }, { form: '追评', kind: 'canonical' }, { form: '买家秀', kind: 'canonical' },
  { form: '带图评价', kind: 'canonical' }, { form: '五分', kind: 'canonical' },
  latin('hp', 'initials'), { form: '好平', kind: 'homophone' }, { form: '好坪', kind: 'homophone' }, { form: '郝评', kind: 'homophone' },
  { form: '5☆', kind: 'letters' }, { form: '五☆', kind: 'letters' }, { form: '晒d', kind: 'letters' },
];

/** Rewards and their disguises. */
export const REWARD_WORDS: Variant[] = [
  { form: '返现', kind: 'canonical' }, { form: '返钱', kind: 'canonical' }, { form: '返红包', kind: 'canonical' }, { form: '返利', kind: 'canonical' },
  { form: '红包', kind: 'canonical' }, { form: '现金', kind: 'canonical' }, { form: '奖励', kind: 'canonical' }, { form: '有礼', kind: 'canonical' },
  { form: '小礼物', kind: 'canonical' }, { form: '礼品', kind: 'canonical' }, { form: '返您', kind: 'canonical' }, { form: '送您', kind: 'canonical' },
  { form: '反现', kind: 'homophone' }, { form: '返xian', kind: 'pinyin' }, latin('fx', 'initials'), { form: '饭现', kind: 'homophone' },
  { form: 'hb', kind: 'initials', latin: true }, { form: '红bao', kind: 'letters' },
];

/** Removing or changing a bad review. */
export const REMOVE_WORDS = ['删差评', '删除差评', '删掉差评', '撤销差评', '撤回差评', '删中评', '改差评', '修改差评', '差评删除', '差评删掉', '差评改成好评', '改好评', '改成好评', '删评', '删了差评'];

export const forms = (vs: Variant[]): string[] => vs.map((v) => v.form);
