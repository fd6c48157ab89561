import type { RuleModule } from '../api';
import type { Script } from '../../parse/library';
import { SCENARIO_NAMES, STAGE_NAMES } from '../i-politeness/util';

const FLOW = ['opening', 'inquiry', 'handling', 'invite-review', 'closing'];

/**
 * J1. Warning, library level: for each scenario used in the file, its scripts' `stage` fields should
 * cover 开头→询问→处理→邀评→结尾. Reported once per scenario, on the first script of that scenario.
 */
export const serviceFlowComplete: RuleModule = {
  meta: {
    id: 'service-flow-complete',
    category: 'J',
    severity: 'warning',
    scope: 'library',
    rubric: 'flow',
    title: '每个场景的话术要覆盖完整服务流程',
    message: '这个场景的话术没有覆盖完整的服务流程（开头→询问→处理→邀评→结尾）：请为缺少的环节补充对应 stage 的话术。',
    docs: {
      why: '质检评分表「工作态度评分标准」把「服务规范流程全面,服务规范标准的开头→询问→处理→邀评→结尾10」（004_6f48d8546034e7a1.txt）列为第一项，售前流程也「包括打招呼、询问、推荐、议价、道别等这几个方面」（001_87bc0df9dc2bb46e.txt）。话术库按场景组织时，每个场景都应当为这五个环节准备话术，客服才能走完整个流程。',
      bad: ['（售后场景只有 stage: handling 的话术，没有开头、询问、邀评、结尾）'],
      good: ['（售前场景依次有 opening、inquiry、handling、invite-review、closing 各一条话术）'],
      notes: [
        '库级规则：按 scenario 分组，看该场景所有话术的 stage 字段是否覆盖 opening（开头）、inquiry（询问）、handling（处理）、invite-review（邀评）、closing（结尾）。每个场景只报告一次，标在该场景第一条话术的 id 上，消息列出缺少的环节。',
        '没有 scenario 的话术不参与分组；一个场景里没有任何话术标注 stage 时不检查（文件没有按流程组织，选项 checkUnstaged: true 可改为检查）。',
        '只有一条话术的文件是片段而不是话术库，不检查（选项 minScripts，默认 2）。',
        '默认不检查 review（评价回复是单条公开回复，不是会话）；选项 skipScenarios 可调整，选项 stages 可改变要求的环节。',
      ],
    },
    options: { stages: FLOW, skipScenarios: ['review'], checkUnstaged: false, minScripts: 2 },
  },
  checkLibrary(ctx) {
    const required = ctx.option<string[]>('stages', FLOW);
    const skip = ctx.option<string[]>('skipScenarios', ['review']);
    const unstaged = ctx.option<boolean>('checkUnstaged', false);
    if (ctx.library.scripts.length < ctx.option<number>('minScripts', 2)) return;
    const groups = new Map<string, Script[]>();
    const all = ctx.library.scripts;
    for (let k = 0; k < all.length; k++) {
      const s = all[k];
      if (!s.scenario || skip.includes(s.scenario)) continue;
      const list = groups.get(s.scenario) ?? [];
      list.push(s);
      groups.set(s.scenario, list);
    }
    for (const [scenario, scripts] of groups) {
      const have = new Set<string>();
      for (let k = 0; k < scripts.length; k++) if (scripts[k].stage) have.add(scripts[k].stage!);
      if (!have.size && !unstaged) continue;
      const missing = FLOW.filter((st) => required.includes(st) && !have.has(st));
      if (!missing.length) continue;
      const first = scripts[0];
      const span = first.idSpan ?? first.headSpan;
      const flow = FLOW.filter((st) => required.includes(st)).map((st) => STAGE_NAMES[st]).join('→');
      ctx.reportAt({
        start: span.start, end: Math.max(span.end, span.start + 1), scriptIndex: first.index,
        message: `“${SCENARIO_NAMES[scenario] ?? scenario}”场景的话术缺少服务环节：${missing.map((st) => `${STAGE_NAMES[st]}（${st}）`).join('、')}。完整流程应为${flow}，请补充对应 stage 的话术。`,
      });
    }
  },
};
