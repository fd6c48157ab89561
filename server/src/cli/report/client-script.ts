/**
 * The report's only script (inline, allowed by the CSP nonce): sorting and filtering the table
 * of scripts, and opening every folded section before printing. It reads data attributes only;
 * the page is complete without it (worst scripts first, controls hidden).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  document.documentElement.classList.add('js');
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  var table = document.getElementById('scripts-table');
  var controls = document.getElementById('script-controls');
  if (!table || !controls) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var q = document.getElementById('f-text');
  var scenario = document.getElementById('f-scenario');
  var rule = document.getElementById('f-rule');
  var sev = document.getElementById('f-sev');
  var shown = document.getElementById('shown-count');
  var reset = document.getElementById('f-reset');
  controls.hidden = false;

  function num(r, k) { var v = r.getAttribute('data-' + k); return v === null || v === '' ? NaN : Number(v); }
  function str(r, k) { return r.getAttribute('data-' + k) || ''; }
  function sevOk(r, v) {
    if (!v) return true;
    if (v === 'error') return num(r, 'errors') > 0;
    if (v === 'any') return num(r, 'findings') > 0;
    if (v === 'clean') return num(r, 'findings') === 0;
    return true;
  }
  function filter() {
    var text = q.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.textContent.toLowerCase().indexOf(text) >= 0)
        && (!scenario.value || str(r, 'scenario') === scenario.value)
        && (!rule.value || (' ' + str(r, 'rules') + ' ').indexOf(' ' + rule.value + ' ') >= 0)
        && sevOk(r, sev.value);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }

  var TYPES = { order: 'num', score: 'num', findings: 'num', delta: 'num', stage: 'num', id: 'str', scenario: 'str' };
  var FIRST = { score: 1, findings: -1, delta: 1, stage: 1, id: 1, scenario: 1, order: 1 };
  var current = { key: 'order', dir: 1 };
  function sortBy(key, dir) {
    current = { key: key, dir: dir };
    var type = TYPES[key] || 'str';
    rows.sort(function (a, b) {
      var c;
      if (type === 'num') {
        var x = num(a, key), y = num(b, key);
        if (isNaN(x) && isNaN(y)) c = 0; else if (isNaN(x)) c = 1; else if (isNaN(y)) c = -1; else c = (x - y) * dir;
      } else {
        c = str(a, key).localeCompare(str(b, key), 'zh-CN') * dir;
      }
      return c || num(a, 'order') - num(b, 'order');
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
      if (th.getAttribute('data-key') === key) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key] button.sort'), function (b) {
    b.addEventListener('click', function () {
      var key = b.parentNode.getAttribute('data-key');
      sortBy(key, current.key === key ? -current.dir : FIRST[key] || 1);
    });
  });
  [q, scenario, rule, sev].forEach(function (el) { el.addEventListener('input', filter); el.addEventListener('change', filter); });
  reset.addEventListener('click', function () {
    q.value = ''; scenario.value = ''; rule.value = ''; sev.value = '';
    sortBy('order', 1);
    filter();
  });
  Array.prototype.forEach.call(document.querySelectorAll('a[data-rule-filter]'), function (a) {
    a.addEventListener('click', function () { rule.value = a.getAttribute('data-rule-filter'); filter(); });
  });
  filter();
})();`;
