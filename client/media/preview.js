// Huashu preview webview. Runs under a strict CSP (nonce, no inline styles or handlers); builds
// the DOM with textContent only, so no text from the library is ever parsed as HTML.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const S = JSON.parse(document.body.dataset.strings || '{}');
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
  const tooltip = /** @type {HTMLElement} */ (document.getElementById('tooltip'));
  const SCENARIOS = ['pre-sales', 'in-sales', 'after-sales', 'complaint', 'logistics', 'review', 'other'];
  const SEV_ORDER = { error: 3, warning: 2, info: 1 };
  /** @type {{line:number, el:HTMLElement, id:string|null}[]} */
  let anchors = [];
  let lastScrollLine = -1;

  const fmt = (s, ...args) => String(s || '').replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  /** @returns {HTMLElement} */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  const scoreClass = (score) => (score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor');

  function setState(uri) { vscode.setState({ uri }); }

  function showTip(target, findings) {
    tooltip.replaceChildren();
    for (const f of findings) {
      const row = el('div', 'tip-row sev-' + f.severity);
      const head = el('div', 'tip-head');
      head.append(el('span', 'sev-dot'), el('span', 'tip-sev', S['severity.' + f.severity] || f.severity), el('code', 'tip-rule', f.ruleId));
      row.append(head, el('div', 'tip-msg', f.message));
      tooltip.append(row);
    }
    tooltip.hidden = false;
    const r = target.getBoundingClientRect();
    const w = Math.min(420, window.innerWidth - 16);
    tooltip.style.maxWidth = w + 'px';
    const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    tooltip.style.left = left + 'px';
    const below = r.bottom + 6;
    tooltip.style.top = (below + tooltip.offsetHeight < window.innerHeight ? below : Math.max(4, r.top - tooltip.offsetHeight - 6)) + 'px';
  }
  function hideTip() { tooltip.hidden = true; }

  /** Splits a message into segments at finding boundaries and marks the flagged ones. */
  function renderText(container, text, findings) {
    const inText = findings.filter((f) => Array.isArray(f.textRange) && f.textRange[1] > f.textRange[0]);
    if (!inText.length) { container.append(document.createTextNode(text)); return 0; }
    const cuts = new Set([0, text.length]);
    for (const f of inText) { cuts.add(Math.max(0, Math.min(text.length, f.textRange[0]))); cuts.add(Math.max(0, Math.min(text.length, f.textRange[1]))); }
    const points = [...cuts].sort((a, b) => a - b);
    let marks = 0;
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a === b) continue;
      const seg = text.slice(a, b);
      const covering = inText.filter((f) => f.textRange[0] <= a && f.textRange[1] >= b);
      if (!covering.length) { container.append(document.createTextNode(seg)); continue; }
      covering.sort((x, y) => SEV_ORDER[y.severity] - SEV_ORDER[x.severity]);
      const mark = el('mark', 'finding sev-' + covering[0].severity, seg);
      mark.dataset.rules = covering.map((f) => f.ruleId).join(' ');
      mark.tabIndex = 0;
      mark.setAttribute('aria-label', covering.map((f) => f.ruleId + ': ' + f.message).join('\n'));
      mark.addEventListener('mouseenter', () => showTip(mark, covering));
      mark.addEventListener('focus', () => showTip(mark, covering));
      mark.addEventListener('mouseleave', hideTip);
      mark.addEventListener('blur', hideTip);
      container.append(mark);
      marks++;
    }
    return marks;
  }

  function reveal(range) {
    vscode.postMessage({ type: 'reveal', line: range.start.line, character: range.start.character, endLine: range.end.line, endCharacter: range.end.character });
  }

  function bubble(side, who, text, range, findings, extraClass) {
    const row = el('div', 'row ' + side + (extraClass ? ' ' + extraClass : ''));
    const avatar = el('div', 'avatar', side === 'agent' ? S.agentAvatar : S.customerAvatar);
    const col = el('div', 'col');
    if (who) col.append(el('div', 'who', who));
    const b = el('div', 'bubble');
    b.title = S.reveal || '';
    let marks = 0;
    if (findings) {
      marks = renderText(b, text, findings);
      const worst = findings.reduce((m, f) => Math.max(m, SEV_ORDER[f.severity] || 0), 0);
      if (worst) b.classList.add('has-' + (worst === 3 ? 'error' : worst === 2 ? 'warning' : 'info'));
    } else b.textContent = text;
    if (range) {
      b.dataset.line = String(range.start.line);
      b.addEventListener('click', (ev) => { if (!(ev.target instanceof HTMLElement && ev.target.tagName === 'MARK' && window.getSelection()?.toString())) reveal(range); });
    }
    col.append(b);
    row.append(side === 'agent' ? col : avatar, side === 'agent' ? avatar : col);
    return { row, marks };
  }

  function render(data, settings, file) {
    setState(data.uri);
    hideTip();
    anchors = [];
    const stats = { scripts: 0, agentBubbles: 0, customerBubbles: 0, marks: 0, ruleIds: new Set() };

    // Library summary.
    summary.replaceChildren();
    const h = el('div', 'summary-main');
    h.append(el('span', 'file', data.shop ? data.shop + ' · ' + file : file));
    if (settings.showScores) {
      const sc = el('span', 'score big ' + scoreClass(data.score), fmt(S.score, data.score));
      sc.title = S.libraryScore || '';
      h.append(sc);
    }
    summary.append(h, el('div', 'counts', fmt(S.counts, data.counts.error, data.counts.warning, data.counts.info)));

    root.replaceChildren();
    if (!data.scripts.length) { root.append(el('p', 'empty', S.noScripts)); }
    const groups = new Map();
    for (const s of data.scripts) {
      const key = SCENARIOS.includes(s.scenario) ? s.scenario : s.scenario ? 'other' : 'none';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(s);
    }
    const order = [...SCENARIOS, 'none'].filter((k) => groups.has(k));
    for (const key of order) {
      const section = el('section', 'scenario');
      section.dataset.scenario = key;
      const list = groups.get(key);
      section.append(el('h2', 'scenario-title', (S['scenario.' + key] || key) + ' · ' + list.length));
      for (const s of list) {
        stats.scripts++;
        const card = el('article', 'script');
        card.dataset.id = s.id || '';
        card.dataset.line = String(s.range.start.line);
        anchors.push({ line: s.range.start.line, el: card, id: s.id || null });
        const head = el('header', 'script-head');
        const title = el('button', 'script-title', s.title || s.id || S.untitled);
        title.addEventListener('click', () => reveal(s.range));
        head.append(title);
        if (s.id && s.title) head.append(el('code', 'script-id', s.id));
        if (s.stage) head.append(el('span', 'chip', S['stage.' + s.stage] || s.stage));
        for (const t of s.tags || []) head.append(el('span', 'chip tag', t));
        if (settings.showScores) head.append(el('span', 'score ' + scoreClass(s.score), fmt(S.score, s.score)));
        card.append(head);

        const chat = el('div', 'chat');
        if (settings.showCustomer) {
          for (const c of s.customer || []) {
            chat.append(bubble('customer', '', c, null, null).row);
            stats.customerBubbles++;
          }
        }
        for (const turn of s.turns) {
          if (turn.field === 'alternatives' && !settings.showAlternatives) continue;
          turn.messages.forEach((m, i) => {
            const who = i === 0 ? (turn.field === 'alternatives' ? fmt(S.alternative, turn.altIndex + 1) : S.agent) : '';
            const { row, marks } = bubble('agent', who, m.text, m.range, m.findings, turn.field === 'alternatives' ? 'alt' : '');
            for (const f of m.findings) stats.ruleIds.add(f.ruleId);
            anchors.push({ line: m.range.start.line, el: row, id: s.id || null });
            chat.append(row);
            stats.agentBubbles++;
            stats.marks += marks;
          });
        }
        card.append(chat);

        const extra = el('div', 'script-foot');
        if (s.findings.length) {
          const ul = el('ul', 'findings');
          for (const f of s.findings) {
            stats.ruleIds.add(f.ruleId);
            const li = el('li', 'sev-' + f.severity);
            const rule = el('button', 'rule', f.ruleId);
            rule.addEventListener('click', () => vscode.postMessage({ type: 'openRuleDocs', ruleId: f.ruleId }));
            const msg = el('span', 'msg', f.message);
            msg.addEventListener('click', () => reveal(f.range));
            li.append(el('span', 'sev-dot'), rule, msg);
            ul.append(li);
          }
          extra.append(el('div', 'foot-title', S.scriptFindings), ul);
        }
        if (settings.showScores && s.deductions.length) {
          const ul = el('ul', 'deductions');
          for (const d of s.deductions) ul.append(el('li', '', d.name + ' −' + d.points + (d.rules.length ? '（' + d.rules.join('、') + '）' : '')));
          extra.append(el('div', 'foot-title', S.deductions), ul);
        }
        if (extra.childNodes.length) card.append(extra);
        section.append(card);
      }
      root.append(section);
    }
    anchors.sort((a, b) => a.line - b.line);
    lastScrollLine = -1;
    vscode.postMessage({
      type: 'rendered', version: data.version, scripts: stats.scripts, agentBubbles: stats.agentBubbles,
      customerBubbles: stats.customerBubbles, marks: stats.marks, ruleIds: [...stats.ruleIds].sort(), score: data.score,
    });
  }

  function scrollTo(line) {
    if (!anchors.length || line === lastScrollLine) return;
    lastScrollLine = line;
    let target = anchors[0];
    for (const a of anchors) { if (a.line <= line) target = a; else break; }
    if (line === 0) window.scrollTo({ top: 0 });
    else target.el.scrollIntoView({ block: 'start' });
    for (const e of document.querySelectorAll('.current')) e.classList.remove('current');
    target.el.classList.add('current');
    vscode.postMessage({ type: 'scrolled', line: target.line, scriptId: target.id });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    switch (m && m.type) {
      case 'update': render(m.data, m.settings, m.file); break;
      case 'scrollTo': scrollTo(m.line); break;
      case 'state': setState(m.uri); break;
      case 'empty': summary.replaceChildren(); root.replaceChildren(el('p', 'empty', S.notHuashu)); break;
      case 'error': root.replaceChildren(el('p', 'empty error', fmt(S.serverError, m.message))); break;
      case 'click': {
        // Test hook: clicks the n-th agent bubble as a user would.
        const all = document.querySelectorAll('.row.agent .bubble');
        const b = all[m.index || 0];
        if (b instanceof HTMLElement) b.click();
        break;
      }
    }
  });
  window.addEventListener('scroll', hideTip, { passive: true });
  vscode.postMessage({ type: 'ready' });
})();
