import type { RuleModule } from '../api';

/**
 * E7 (info, derived). Needs the shop's catalogue: it runs only when the team lists the shop's
 * product nouns in option `products` (e.g. [手机壳, 手机膜]). A concrete product noun in a reply
 * that is not one of them (and not part of one: 手机膜 vs 手机膜套) points to a script pasted
 * from another shop (衣服 / 裤子 in a phone-case shop). Generic nouns (宝贝, 商品, 产品, 包裹,
 * 东西) are never reported.
 */
const NOUNS = [
  '衣服', '上衣', '外套', '裤子', '裙子', '连衣裙', '半身裙', 't恤', '衬衫', '毛衣', '卫衣', '羽绒服', '大衣', '风衣', '牛仔裤', '内衣', '睡衣',
  '鞋子', '靴子', '凉鞋', '拖鞋', '运动鞋', '袜子', '帽子', '围巾', '手套', '包包', '背包', '钱包', '手提包', '行李箱',
  '手机壳', '手机膜', '钢化膜', '数据线', '充电器', '充电宝', '耳机', '键盘', '鼠标', '音箱', '手表', '冰箱', '洗衣机', '空调',
  '书籍', '图书', '绘本', '教材', '口红', '面膜', '面霜', '精华液', '粉底', '香水', '洗发水', '护肤品', '化妆品',
  '饼干', '零食', '巧克力', '茶叶', '咖啡', '坚果', '奶粉', '尿不湿', '纸尿裤', '玩具', '沙发', '床垫', '被子', '枕头', '四件套', '窗帘', '杯子', '保温杯', '水杯',
  '眼镜', '项链', '戒指', '耳环', '手链', '手镯',
];
/** Classifier phrases that name a product by its kind: 这条裤子, 这双鞋, 这本书. */
const CLASSIFIED = ['(这|那|一)(双|只)鞋', '(这|那|一)本书', '(这|那|一)(件|条)(衣服|裤子|裙子)'];
/** Colour names and compounds that contain a product noun. */
const EXCEPT = ['(咖啡|巧克力|茶叶)(色|味)'];

export const productNounConsistency: RuleModule = {
  meta: {
    id: 'product-noun-consistency',
    category: 'E',
    severity: 'info',
    scope: 'context',
    title: '商品名称要和本店商品一致',
    message: '回复里提到的商品和本店卖的商品对不上，像是从别的店铺复制来的话术：请改成本店的商品名称，或者用“宝贝”“商品”。',
    options: { products: [] },
    docs: {
      why: '种子资料要求「熟悉产品知识及顾问式应答,树立专业的服务形象」（002_c8fa4cc30f1a7fd9.txt），质检要求「快捷话术使用规范、准确、无机械感」（004_6f48d8546034e7a1.txt）。卖手机壳的店铺，种子话术里却写着「如果您没收到衣服但是又着急用」「这条裤子价格还是非常划算的」（001_87bc0df9dc2bb46e.txt），这是从别的店复制话术留下的破绽。（本规则由种子话术推导而来。）',
      bad: [
        '售后同事需要收到退回的衣服才能帮您换出呢~（店铺商品：手机壳）',
        '结合咱家用的原料以及咱们的做工、售后服务来算的话,这条裤子价格还是非常划算的。（店铺商品：手机壳）',
      ],
      good: [
        '售后同事需要收到退回的宝贝才能帮您换出呢~',
        '您的手机是什么型号呢?我帮您找对应的手机壳（店铺商品：手机壳）',
      ],
      notes: [
        '需要店铺的商品信息：在配置里给本规则设置选项 products（本店的商品名词列表），例如 rules: {product-noun-consistency: [info, {products: [手机壳, 手机膜]}]}。没有设置时本规则不报告任何内容。',
        '回复里的商品名词只要是某个本店商品名的一部分或包含本店商品名，就算一致。手机、电脑这类顾客常用来拍照、浏览的工具不算商品名词。',
        '宝贝、商品、产品、包裹、东西这类通用词永远不报告。',
      ],
    },
  },
  triggers: [
    ...NOUNS.map((n) => ({ pattern: n, tag: 'noun', except: EXCEPT.filter((e) => e.includes(n.slice(0, 2))) })),
    ...CLASSIFIED.map((p) => ({ pattern: p, tag: 'noun' })),
  ],
  check(ctx) {
    const raw = ctx.option<unknown>('products', []);
    const products = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).map((p) => String(p).normalize('NFKC').toLowerCase()).filter(Boolean);
    if (!products.length) return;
    for (const h of ctx.hits) {
      const span = ctx.text.slice(h.start, h.end);
      const noun = span.replace(/^(这|那|一)(双|只|本|件|条)/, '') || span;
      const ok = products.some((p) => p.includes(noun) || noun.includes(p) || (noun === '鞋' && p.includes('鞋')) || (noun === '书' && p.includes('书')));
      if (ok) continue;
      ctx.report({ start: h.start, end: h.end, message: `本店商品是“${products.join('、')}”，回复里却说“${span}”，像是从别的店铺复制来的话术：请改成本店的商品名称，或者用“宝贝”。` });
    }
  },
};
