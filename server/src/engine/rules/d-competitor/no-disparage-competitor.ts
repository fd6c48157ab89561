import type { RuleModule } from '../api';
import { competitorContext } from './shared';

const SHOP = '(别家|别人家|其他家|其它家|别的店|别的店铺|其他店|其他店铺|其它店|别的商家|其他商家|其它商家|他家|他们家|她家|那家|同行|实体店|专柜|拼多多|别人卖的|别人的)';
const GENERIC = '(外面卖的|外面的那些|外面那些|外面很多|市面上|网上卖的|网上那些|网上很多)';
const BAD1 = '(假货|假的|高仿货|高仿|a货|仿品|仿货|山寨|次品|劣质|残次品|回收料|翻新|水货|二手货|刷的|刷单|刷出来|小作坊)';
const BAD2 = '(垃圾|以次充好|偷工减料|不正规|不是正品|非正品|骗人|坑人|黑心|不靠谱|质量差|质量很差|质量太差|质量不好|质量不行|质量没保证|质量没保障|做工差|做工粗糙)';
const BAD_RE = new RegExp(`(${BAD1.slice(1, -1)}|${BAD2.slice(1, -1)})$`);
/** Words that show the negative word is about our own product (我们家的不是假货). */
const OURS = /(我们|我家|咱家|咱们|本店|我们家|自家)/;
const NEGATOR = /(不是|不会是|没有|绝不|并非|绝非|不|没|非)$/;

/**
 * D1. Running down other shops or channels: error for an explicit negative evaluation of a named
 * other shop or channel in the same clause; warning for generic market talk (市面上很多都是仿品)
 * and for insinuations (图片并不能代表真相, 外观一样的东西也有档次区别, 实体店只是“5折起”), which
 * fire only when another shop is in the conversation (the reply or the customer's lines).
 */
export const noDisparageCompetitor: RuleModule = {
  meta: {
    id: 'no-disparage-competitor',
    category: 'D',
    severity: 'error',
    scope: 'context',
    title: '不要贬低别家的商品',
    message: '这是在说别家（别的店、实体店、其他渠道）的商品不好或价格有水分：不要贬低同行，客观专业地介绍我们自己的商品，例如“亲，理解您会比较价格哦~我们家这款用的是加厚TPU材质，四角防摔，支持7天无理由和运费险”。',
    docs: {
      why: '种子培训资料要求「如果电商客服遇到进行对比的顾客,不要去说别人家的产品不好,一定要进行客观专业的为顾客进行解答。」（002_c8fa4cc30f1a7fd9.txt）。手册的议价话术里有暗示别家图片不实、别家档次低、实体店折扣有水分的反例：「虽然宝贝看起来很像,但是图片并不能代表真相,别家的品质我们不清楚哦」「相信实体店只是“5折起”,呵呵,真正5折的应该只有几款老款的」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '别家的都是高仿货',
        '那家用的是回收料',
        '别家评价都是刷的',
        '亲,虽然宝贝看起来很像,但是图片并不能代表真相,别家的品质我们不清楚哦',
        '相信实体店只是“5折起”,呵呵,真正5折的应该只有几款老款的',
      ],
      good: [
        '亲可以货比三家哦~',
        '别家的情况我们不太了解,我们家这款是加厚材质,支持7天无理由',
        '别家的我们不清楚,我们家的不是假货,支持专柜验货',
        '亲,理解您会比较价格哦~我们家这款用的是加厚TPU材质,四角防摔,支持7天无理由和运费险',
      ],
      notes: [
        '分级：明确说别家/那家/实体店的商品是假货、高仿、次品、质量差、评价是刷的为错误；泛指市场（市面上很多都是仿品）为警告；暗示（图片并不能代表真相、外观一样的东西也有档次区别、实体店只是“5折起”）为警告，并且只在对话里出现了别家（回复或顾客的话提到别家、实体店、比你家便宜）时报告。',
        '邀请比较（亲可以货比三家哦）和中性的不了解（别家的情况我们不太了解，我们家这款是…）不报告；负面词说的是我们自己的商品（我们家的不是假货）时不报告。',
        '“要便宜,去别家买”是 no-send-customer-elsewhere 的问题，不算贬低。',
      ],
    },
  },
  triggers: [
    { pattern: `${SHOP}…{12}${BAD1}`, tag: 'explicit' },
    { pattern: `${SHOP}…{12}${BAD2}`, tag: 'explicit' },
    { pattern: `${GENERIC}…{10}${BAD1}`, tag: 'generic', severity: 'warning' },
    { pattern: `${GENERIC}…{10}${BAD2}`, tag: 'generic', severity: 'warning' },
    { pattern: '(图片|照片|图)(并)?不(能)?代表(真相|一切|实物|质量|品质)', tag: 'insinuate', severity: 'warning' },
    { pattern: '(外观|看起来|看着|长得|样子)(一样|差不多|相同|很像|相似)…{8}(档次|区别|差别|差距|品质|质量|一分钱)', tag: 'insinuate', severity: 'warning' },
    { pattern: '(实体店|专柜|商场|别家|别人家|其他家|他们家|那家)(的)?(只是|也就是|不过是|都是)…{8}(折起|噱头|幌子|虚标|虚高|标价|清仓|库存|老款)', tag: 'insinuate', severity: 'warning' },
    { pattern: '便宜(没|无)好货', tag: 'insinuate', severity: 'warning' },
  ],
  check(ctx) {
    let context: boolean | undefined;
    for (const h of ctx.hits) {
      const tag = h.trigger.tag;
      if (tag === 'insinuate') {
        if (!(context ??= competitorContext(ctx))) continue;
      } else {
        const seg = ctx.text.slice(h.start, h.end);
        const bad = BAD_RE.exec(seg);
        if (bad) {
          const between = seg.slice(0, seg.length - bad[0].length);
          // 别家的我们不清楚,我们家的不是假货: the negative word is about us, or negated.
          if (OURS.test(between)) continue;
          if (!/^(不是|非正品|不正规|不靠谱)/.test(bad[0]) && NEGATOR.test(between)) continue;
        }
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
