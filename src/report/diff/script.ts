/**
 * The diff page's script (plain ES2017, inline). Everything comes from the DOM: change marks
 * carry `data-c` (the change's row), field marks `data-field`; rows carry `data-c`. A row
 * click scrolls each pane to the change's next mention there; the search runs over both
 * panes. Sets `window.__policylensReady`.
 */
import { SEARCH } from '../search.js';
import { POPUP } from '../popup.js';

export const DIFF_SCRIPT = `
(function () {
  'use strict';
  var names = JSON.parse(document.getElementById('pl-fields').textContent);
  var panes = [document.getElementById('old'), document.getElementById('new')];
${POPUP}
  // Per pane: change index -> first piece of each of its spans, in document order.
  var byC = [{}, {}];
  for (var p = 0; p < 2; p++) {
    var seen = {};
    var marks = panes[p].querySelectorAll('mark[data-c]');
    for (var i = 0; i < marks.length; i++) {
      var ev = marks[i].getAttribute('data-ev');
      if (seen[ev]) continue;
      seen[ev] = true;
      var c = marks[i].getAttribute('data-c');
      (byC[p][c] || (byC[p][c] = [])).push(marks[i]);
    }
  }

  var current = [];
  function setCurrent(els) {
    for (var i = 0; i < current.length; i++) current[i].classList.remove('cur');
    current = [];
    for (var j = 0; j < els.length; j++) {
      var pane = panes[els[j].pane];
      var pieces = pane.querySelectorAll('mark[data-ev="' + els[j].el.getAttribute('data-ev') + '"]');
      for (var k = 0; k < pieces.length; k++) { pieces[k].classList.add('cur'); current.push(pieces[k]); }
    }
  }

  function showKind(kind) {
    var box = document.querySelector('input[data-change-filter="' + kind + '"]');
    if (box && !box.checked) { box.checked = true; document.body.classList.remove('hide-c-' + kind); }
  }

  var step = { row: null, i: -1 };
  function reveal(row) {
    var c = row.getAttribute('data-c');
    var kind = row.getAttribute('data-change');
    if (step.row !== row) {
      if (step.row) step.row.classList.remove('active');
      step = { row: row, i: -1 };
      row.classList.add('active');
    }
    step.i++;
    showKind(kind);
    var els = [];
    for (var p = 0; p < 2; p++) {
      var list = byC[p][c];
      if (list && list.length) els.push({ pane: p, el: list[step.i % list.length] });
    }
    setCurrent(els);
    // Stacked panes scroll the page itself: the side the change is about goes last, so it stays in view.
    if (kind === 'removed') els.reverse();
    for (var e = 0; e < els.length; e++) els[e].el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  function line(parent, bold, rest) {
    var box = document.createElement('div');
    var b = document.createElement('b');
    b.textContent = bold;
    box.appendChild(b);
    if (rest) box.appendChild(document.createTextNode(' ' + rest));
    parent.appendChild(box);
    return box;
  }
  function showPop(mark, pane, x, y) {
    pop.textContent = '';
    var body = document.body.classList;
    for (var m = mark; m && m !== pane; m = m.parentElement) {
      if (m.tagName !== 'MARK') continue;
      var change = m.getAttribute('data-change');
      var box;
      if (change) {
        var kind = change === 'context' ? (m.classList.contains('c-ctx-added') ? 'added' : 'removed') : change;
        if (body.contains('hide-c-' + kind) || (body.contains('only-widens') && !m.hasAttribute('data-w'))) continue;
        box = line(pop, change === 'context' ? kind + ' (other version)' : change, m.hasAttribute('data-w') ? 'widens' : '');
      } else {
        var field = m.getAttribute('data-field');
        if (body.contains('hide-' + field)) continue;
        box = line(pop, names[field] || field, '');
      }
      var id = document.createElement('div');
      id.textContent = m.getAttribute('data-id');
      box.appendChild(id);
      if (m.getAttribute('data-label') !== m.getAttribute('data-id')) {
        var label = document.createElement('div');
        label.textContent = m.getAttribute('data-label');
        box.appendChild(label);
      }
    }
    placePop(x, y);
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    var row = t.closest('tr[data-c]');
    if (row) { hidePop(); reveal(row); return; }
    var mark = t.closest('mark');
    var pane = mark && (panes[0].contains(mark) ? panes[0] : panes[1].contains(mark) ? panes[1] : null);
    if (pane) { showPop(mark, pane, e.clientX, e.clientY); return; }
    if (!pop.contains(t)) hidePop();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hidePop();
    var row = e.target.closest && e.target.closest('tr[data-c]');
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); reveal(row); }
  });

  function toggle(selector, cls, on) {
    var boxes = document.querySelectorAll(selector);
    for (var b = 0; b < boxes.length; b++) {
      boxes[b].addEventListener('change', function (e) {
        document.body.classList.toggle(cls(e.target), on(e.target));
      });
    }
  }
  toggle('input[data-filter]', function (t) { return 'hide-' + t.getAttribute('data-filter'); }, function (t) { return !t.checked; });
  toggle('input[data-change-filter]', function (t) { return 'hide-c-' + t.getAttribute('data-change-filter'); }, function (t) { return !t.checked; });
  toggle('input#widens-only', function () { return 'only-widens'; }, function (t) { return t.checked; });

  var searchRoots = panes;
${SEARCH}

  window.__policylensReady = true;
  document.documentElement.setAttribute('data-ready', '1');
})();
`;
