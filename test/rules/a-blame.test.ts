import { ruleTable } from '../helpers';

ruleTable('no-blame-courier', {
  invalid: [
    { reply: '亲,是快递给发错地方了哦', expect: [{ text: '是快递给发错', severity: 'error' }] },
    { reply: '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的', expect: [{ text: '可能是在快递的过程中压坏', severity: 'error' }] },
    { name: 'apology without remedy is a warning', reply: '真的非常抱歉,快递耽误了那么久,给您带来了麻烦。', expect: [{ text: '快递耽误了', severity: 'warning' }] },
    { name: 'traditional characters fold to simplified', reply: '親,是快遞給發錯地方了哦', expect: [{ text: '是快遞給發錯', severity: 'error' }] },
  ],
  valid: [
    { reply: '亲,您好,非常抱歉给您带来了不好的购物体验,我刚联系快递公司,那边说件不小心丢失了,您看我们这边可以给您重新安排发货吗?' },
    { reply: '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了,请您放心,我们一定给您一个满意的答复。' },
    { reply: '亲,默认申通或者圆通呢' },
    { name: 'quoted customer speech', reply: '您说“快递给弄坏了”,非常抱歉,我马上为您补发' },
  ],
});
