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

  /**
   * The cards drawn, in the document's order of scripts, each with its scenario group, its
   * counts, its scroll anchors and the script it shows (whose ranges its click handlers read);
   * `drawn` names the answer and the settings they were drawn from.
   * @type {{el:HTMLElement, group:string, script:any, stats:{agentBubbles:number, customerBubbles:number, marks:number, ruleIds:string[]}, anchors:{line:number, el:HTMLElement, id:string|null}[]}[]}
   */
  let cards = [];
  /** @type {{id:string|undefined, key:string}|undefined} */
  let drawn;

  const groupOf = (s) => (SCENARIOS.includes(s.scenario) ? s.scenario : s.scenario ? 'other' : 'none');

  /** One script's card. */
  function makeCard(s, settings) {
    const stats = { agentBubbles: 0, customerBubbles: 0, marks: 0, ruleIds: /** @type {string[]} */ ([]) };
    const cardAnchors = [];
    const card = el('article', 'script');
    card.dataset.id = s.id || '';
    card.dataset.line = String(s.range.start.line);
    cardAnchors.push({ line: s.range.start.line, el: card, id: s.id || null });
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
        for (const f of m.findings) stats.ruleIds.push(f.ruleId);
        cardAnchors.push({ line: m.range.start.line, el: row, id: s.id || null });
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
        stats.ruleIds.push(f.ruleId);
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
    return { el: card, group: groupOf(s), script: s, stats, anchors: cardAnchors };
  }

  function drawSummary(data, settings, file) {
    summary.replaceChildren();
    const h = el('div', 'summary-main');
    h.append(el('span', 'file', data.shop ? data.shop + ' · ' + file : file));
    if (settings.showScores) {
      const sc = el('span', 'score big ' + scoreClass(data.score), fmt(S.score, data.score));
      sc.title = S.libraryScore || '';
      h.append(sc);
    }
    summary.append(h, el('div', 'counts', fmt(S.counts, data.counts.error, data.counts.warning, data.counts.info)));
  }

  /** Scroll anchors from the cards, and the counts the extension (and its tests) hear of. */
  function finish(data, settings, file, reused) {
    drawn = { id: data.resultId, key: JSON.stringify([settings, file]) };
    anchors = [];
    const stats = { agentBubbles: 0, customerBubbles: 0, marks: 0, ruleIds: new Set() };
    for (const c of cards) {
      for (const a of c.anchors) anchors.push(a);
      stats.agentBubbles += c.stats.agentBubbles;
      stats.customerBubbles += c.stats.customerBubbles;
      stats.marks += c.stats.marks;
      for (const r of c.stats.ruleIds) stats.ruleIds.add(r);
    }
    anchors.sort((a, b) => a.line - b.line);
    lastScrollLine = -1;
    vscode.postMessage({
      type: 'rendered', version: data.version, scripts: cards.length, agentBubbles: stats.agentBubbles,
      customerBubbles: stats.customerBubbles, marks: stats.marks, ruleIds: [...stats.ruleIds].sort(), score: data.score, reused,
    });
  }

  function render(data, settings, file) {
    setState(data.uri);
    hideTip();
    drawSummary(data, settings, file);
    root.replaceChildren();
    cards = data.scripts.map((s) => makeCard(s, settings));
    if (!cards.length) { root.append(el('p', 'empty', S.noScripts)); }
    const groups = new Map();
    for (const c of cards) {
      if (!groups.has(c.group)) groups.set(c.group, []);
      groups.get(c.group).push(c);
    }
    const order = [...SCENARIOS, 'none'].filter((k) => groups.has(k));
    for (const key of order) {
      const section = el('section', 'scenario');
      section.dataset.scenario = key;
      const list = groups.get(key);
      section.append(el('h2', 'scenario-title', (S['scenario.' + key] || key) + ' · ' + list.length));
      for (const c of list) section.append(c.el);
      root.append(section);
    }
    finish(data, settings, file, 0);
  }

  /**
   * Only the scripts between the first `head` and the last `tail` of the drawn answer changed:
   * their cards are replaced in place when they stay as many and in the same scenario groups
   * (what typing does); false when the whole answer must be drawn.
   */
  function change(data, settings, file, ch) {
    if (!drawn || drawn.id !== ch.base || drawn.key !== JSON.stringify([settings, file])) return false;
    const from = ch.head;
    const to = cards.length - ch.tail;
    if (from < 0 || to < from || to - from !== data.scripts.length) return false;
    for (let i = 0; i < data.scripts.length; i++) if (groupOf(data.scripts[i]) !== cards[from + i].group) return false;
    setState(data.uri);
    hideTip();
    drawSummary(data, settings, file);
    for (let i = 0; i < data.scripts.length; i++) {
      const c = makeCard(data.scripts[i], settings);
      cards[from + i].el.replaceWith(c.el);
      cards[from + i] = c;
    }
    // lines added or removed above the kept tail: its cards stay, their lines move
    if (ch.lines) for (let k = to; k < cards.length; k++) moveCard(cards[k], ch.lines);
    finish(data, settings, file, cards.length - data.scripts.length);
    return true;
  }

  /** Moves a card's script down by `n` lines in place: the ranges its handlers read, its anchors, its elements' lines. */
  function moveCard(c, n) {
    const down = (r) => { r.start.line += n; r.end.line += n; };
    const s = c.script;
    down(s.range);
    for (const f of s.findings) down(f.range);
    for (const t of s.turns) for (const m of t.messages) { down(m.range); for (const f of m.findings) down(f.range); }
    for (const a of c.anchors) a.line += n;
    for (const e of [c.el, ...c.el.querySelectorAll('[data-line]')]) if (e.dataset.line !== undefined) e.dataset.line = String(Number(e.dataset.line) + n);
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
      case 'update':
        if (m.change && !change(m.data, m.settings, m.file, m.change)) vscode.postMessage({ type: 'needWhole' });
        else if (!m.change) render(m.data, m.settings, m.file);
        break;
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
