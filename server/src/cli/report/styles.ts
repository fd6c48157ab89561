/** The report's stylesheet: light and dark themes (and VS Code's webview themes), print. */
export const STYLES = String.raw`
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d1d9e0; --accent: #0969da;
  --err: #cf222e; --warn: #9a6700; --info: #0969da; --ok: #1a7f37;
  --err-fill: #e5534b; --warn-fill: #d4a72c; --info-fill: #539bf5;
  --err-bg: rgba(207, 34, 46, .16); --warn-bg: rgba(212, 167, 44, .30); --info-bg: rgba(9, 105, 218, .14);
  --gap-bg: rgba(207, 34, 46, .12); --c1: rgba(26, 127, 55, .16); --c2: rgba(26, 127, 55, .30); --c3: rgba(26, 127, 55, .46);
  --shadow: 0 1px 2px rgba(31, 35, 40, .08);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #161b22; --border: #30363d; --accent: #4493f8;
    --err: #ff7b72; --warn: #e3b341; --info: #79c0ff; --ok: #56d364;
    --err-fill: #da3633; --warn-fill: #bb8009; --info-fill: #388bfd;
    --err-bg: rgba(248, 81, 73, .28); --warn-bg: rgba(210, 153, 34, .30); --info-bg: rgba(56, 139, 253, .26);
    --gap-bg: rgba(248, 81, 73, .20); --c1: rgba(46, 160, 67, .22); --c2: rgba(46, 160, 67, .38); --c3: rgba(46, 160, 67, .56);
    --shadow: none;
  }
}
body.vscode-light { color-scheme: light; }
body.vscode-dark, body.vscode-high-contrast {
  color-scheme: dark;
  --bg: var(--vscode-editor-background, #1e1e1e); --fg: var(--vscode-editor-foreground, #e6edf3); --muted: #9198a1;
  --card: rgba(255, 255, 255, .04); --border: #3c3c3c; --accent: #4493f8;
  --err: #ff7b72; --warn: #e3b341; --info: #79c0ff; --ok: #56d364;
  --err-fill: #da3633; --warn-fill: #bb8009; --info-fill: #388bfd;
  --err-bg: rgba(248, 81, 73, .28); --warn-bg: rgba(210, 153, 34, .30); --info-bg: rgba(56, 139, 253, .26);
  --gap-bg: rgba(248, 81, 73, .20); --c1: rgba(46, 160, 67, .22); --c2: rgba(46, 160, 67, .38); --c3: rgba(46, 160, 67, .56);
  --shadow: none;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
header.top, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header.top { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
h3 { font-size: 15px; margin: 0 0 8px; }
a { color: var(--accent); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: 12px; }
.meta, .muted, .hint { color: var(--muted); }
.meta { margin: 0; font-size: 13px; }
nav.toc { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 12px 0 0; font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin-top: 16px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 14px 16px; box-shadow: var(--shadow); }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 34px; font-weight: 650; line-height: 1.2; font-variant-numeric: tabular-nums; }
.card .value small { font-size: 15px; font-weight: 400; color: var(--muted); margin-left: 2px; }
.card.score .value { font-size: 44px; }
.card .hint { font-size: 12px; margin-top: 4px; }
.delta { font-size: 13px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.better { color: var(--ok); } .worse { color: var(--err); } .same { color: var(--muted); }
.s-low { color: var(--err); } .s-mid { color: var(--warn); } .s-high { color: var(--ok); }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px 24px; align-items: start; }
.stack { display: grid; gap: 16px; }
figure { margin: 0; background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 14px 16px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figure .note { font-size: 12px; color: var(--muted); margin: 2px 0 8px; }
svg.chart { display: block; width: 100%; max-width: 540px; height: auto; font-size: 13px; font-family: inherit; }
svg.chart text { fill: var(--fg); }
svg.chart text.val { fill: var(--muted); font-variant-numeric: tabular-nums; }
svg.chart text.seg { fill: #fff; font-size: 11px; paint-order: stroke; stroke: rgba(0, 0, 0, .45); stroke-width: 2px; }
svg.chart line.axis { stroke: var(--border); }
.b0 { fill: #d73027; background: #d73027; } .b1 { fill: #f46d43; background: #f46d43; } .b2 { fill: #fdae61; background: #fdae61; }
.b3 { fill: #a6d96a; background: #a6d96a; } .b4 { fill: #66bd63; background: #66bd63; } .b5 { fill: #1a9850; background: #1a9850; }
.f-error { fill: var(--err-fill); background: var(--err-fill); } .f-warning { fill: var(--warn-fill); background: var(--warn-fill); }
.f-info { fill: var(--info-fill); background: var(--info-fill); } .f-penalty { fill: #8250df; background: #8250df; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 14px; padding: 0; margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.legend .sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-weight: 600; color: var(--muted); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.matrix td, table.matrix th { text-align: center; }
table.matrix th:first-child, table.matrix td:first-child { text-align: left; }
table.matrix td.cell { font-variant-numeric: tabular-nums; min-width: 56px; }
td.gap { background: var(--gap-bg); color: var(--err); font-weight: 600; }
td.c1 { background: var(--c1); } td.c2 { background: var(--c2); } td.c3 { background: var(--c3); }
th .arrow { color: var(--muted); font-weight: 400; margin-left: 4px; }
details > summary { cursor: pointer; color: var(--accent); font-size: 13px; margin: 6px 0; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 8px 0 12px; }
.controls input, .controls select, .controls button {
  font: inherit; font-size: 13px; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 4px 8px;
}
.controls input[type=search] { min-width: 240px; }
.controls .count { color: var(--muted); font-size: 13px; }
th button.sort { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; font-weight: 600; }
th button.sort::after { content: " ↕"; color: var(--border); }
th[aria-sort=ascending] button.sort::after { content: " ↑"; color: var(--accent); }
th[aria-sort=descending] button.sort::after { content: " ↓"; color: var(--accent); }
#scripts-table td.score { font-size: 20px; font-weight: 650; font-variant-numeric: tabular-nums; width: 1%; }
#scripts-table td.who { width: 220px; overflow-wrap: anywhere; }
#scripts-table td.who .muted { font-size: 12px; }
#scripts-table td.who .title { font-weight: 600; word-break: normal; }
#scripts-table td.reply { min-width: 320px; }
#scripts-table tr.row-focus { outline: 2px solid var(--accent); }
.ded { font-size: 11px; color: var(--muted); font-weight: 400; line-height: 1.5; margin-top: 4px; white-space: nowrap; }
.customer { color: var(--muted); font-size: 12px; margin: 0 0 4px; }
.turn-label { font-size: 11px; color: var(--muted); margin: 6px 0 2px; }
.msg { margin: 0 0 4px; padding: 6px 10px; background: var(--card); border: 1px solid var(--border); border-radius: 8px; white-space: pre-wrap; word-break: break-word; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.sev-error { background: var(--err-bg); text-decoration: underline wavy var(--err); text-underline-offset: 3px; }
mark.sev-warning { background: var(--warn-bg); text-decoration: underline wavy var(--warn); text-underline-offset: 3px; }
mark.sev-info { background: var(--info-bg); text-decoration: underline dotted var(--info); text-underline-offset: 3px; }
sup.fn { font-size: 10px; color: var(--muted); margin: 0 1px; }
ol.findings { margin: 6px 0 0; padding-left: 20px; font-size: 12.5px; }
ol.findings li { margin: 2px 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 4px; padding: 0 5px; margin-right: 4px; border: 1px solid currentColor; line-height: 1.5; }
.sev.error { color: var(--err); } .sev.warning { color: var(--warn); } .sev.info { color: var(--info); }
.pill { display: inline-block; font-size: 12px; border-radius: 10px; padding: 0 7px; background: var(--card); border: 1px solid var(--border); white-space: nowrap; }
.counts { white-space: nowrap; font-variant-numeric: tabular-nums; }
.counts .e { color: var(--err); } .counts .w { color: var(--warn); } .counts .i { color: var(--info); }
.clean { color: var(--ok); }
.worst-title { margin-top: 18px; }
.worst { margin: 8px 0 0; padding-left: 20px; }
.notice { background: var(--card); border: 1px solid var(--border); border-left: 4px solid var(--warn-fill); border-radius: 6px; padding: 8px 12px; margin: 12px 0 0; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; padding: 32px 24px 40px; }
.scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 700px) {
  header.top, main, footer { padding-left: 12px; padding-right: 12px; }
  .grid2 { grid-template-columns: minmax(0, 1fr); }
  .controls input[type=search] { min-width: 0; width: 100%; }
  #scripts-table thead { display: none; }
  #scripts-table, #scripts-table tbody, #scripts-table tr, #scripts-table td { display: block; width: auto; }
  #scripts-table tr { border-bottom: 1px solid var(--border); padding: 8px 0; }
  #scripts-table td { border: 0; padding: 2px 0; }
  #scripts-table td.score, #scripts-table td.findings { display: inline-block; margin-right: 12px; text-align: left; }
  #scripts-table td.findings::before { content: "问题 "; color: var(--muted); font-size: 12px; }
  #scripts-table td.reply { min-width: 0; }
}
@page { size: A4; margin: 12mm; }
@media print {
  :root, body.vscode-dark, body.vscode-high-contrast {
    color-scheme: light;
    --bg: #fff; --fg: #000; --muted: #444; --card: #fff; --border: #bbb; --accent: #000;
    --err: #b00; --warn: #7a5200; --info: #0550ae; --ok: #116329;
    --err-bg: rgba(207, 34, 46, .16); --warn-bg: rgba(212, 167, 44, .30); --info-bg: rgba(9, 105, 218, .14);
    --gap-bg: rgba(207, 34, 46, .12); --c1: rgba(26, 127, 55, .16); --c2: rgba(26, 127, 55, .30); --c3: rgba(26, 127, 55, .46);
    --shadow: none;
  }
  body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.top, main, footer { max-width: none; padding: 0; }
  nav.toc, .controls, .no-print { display: none !important; }
  h2 { break-after: avoid; margin-top: 18px; }
  .grid2 { grid-template-columns: minmax(0, 1fr); }
  .cards { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .scroll { overflow: visible; }
  figure, .card, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  #scripts-table td.reply { min-width: 0; }
  th button.sort::after { content: none; }
}
`;
