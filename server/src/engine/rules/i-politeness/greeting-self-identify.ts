import type { RuleModule } from '../api';
import { fold } from '../../text/fold';
import { leadRange } from './util';

/** I2. Info: an opening greeting should name the shop or the agent. */
export const greetingSelfIdentify: RuleModule = {
  meta: {
    id: 'greeting-self-identify',
    category: 'I',
    severity: 'info',
    scope: 'context',
    rubric: 'flow',
    title: '开场问候可报店名或客服名',
    message: '开场问候没有说明店铺或客服身份：建议加上店名或客服昵称，例如“您好，欢迎光临尚米坊官方店，我是客服小米，很高兴为您服务~”。',
    docs: {
      why: '种子资料的最佳考试答案是「C.您好,我是某某店铺的客服圈圈,感谢您的光临」（000_37cadcef1d5464bd.txt），欢迎语范例为「欢迎光临尚米坊官方店,我是客服XX,很高兴为您效劳!」（001_87bc0df9dc2bb46e.txt），并指出「同时自动回复里附加有我们店名可 以强化顾客的印象。」（001_87bc0df9dc2bb46e.txt）。',
      bad: ['您好,欢迎光临,请问有什么可以帮您?'],
      good: ['您好,欢迎光临尚米坊官方店,我是客服小米,很高兴为您服务~', '您好,我是客服圈圈,感谢您的光临'],
      notes: [
        '只检查 stage 为 opening 的话术（话术库里专门的开场白才需要自我介绍；没有 stage 的售前快速回复“在的”不检查），并且只在已经有问候语时提示，避免与缺少问候的警告叠加。',
        '认作身份说明的写法：“我是…”、“这里是…”、“欢迎光临/来到…店”、“客服…为您服务”，以及文件 shop 字段中的店名。',
        '提示级别，不计入质检扣分。',
      ],
    },
  },
  triggers: [
    { pattern: '我是', except: ['我是说', '我是觉得', '我是想', '我是指'], tag: 'self' },
    { pattern: '这里是', tag: 'self' },
    { pattern: '欢迎(光临|来到|进入|您来到)…{12}(店|铺|旗舰|专营|官方|小屋|家)', tag: 'self' },
    { pattern: '(客服|小二|店长|掌柜)…{6}(为您服务|为您效劳|竭诚为您|很高兴为您|随时为您)', tag: 'self' },
  ],
  check(ctx) {
    if (ctx.script.stage !== 'opening' || !ctx.has('@GREETING') || ctx.hits.length) return;
    const shop = ctx.library.shop ? fold(ctx.library.shop).text.trim() : '';
    if (shop && ctx.text.includes(shop)) return;
    ctx.report(leadRange(ctx.text));
  },
};
