/**
 * The page's script (plain ES2017 in a string: the page runs it inline, nothing is loaded).
 * It reads everything from the DOM the server side wrote: marks carry data-ev/data-k, rows
 * carry data-k. It sets `window.__policylensReady` when it is set up, so tests (and people
 * timing it) know when the page responds.
 */
import { SEARCH } from './search.js';
import { POPUP } from './popup.js';

export const SCRIPT = `
(function () {
  'use strict';
  var names = JSON.parse(document.getElementById('pl-fields').textContent);
  var pane = document.getElementById('text');
${POPUP}
  var marks = pane.getElementsByTagName('mark');
  var first = {};   // ev -> first piece
  var byKey = {};   // item key -> evs in document order
  for (var i = 0; i < marks.length; i++) {
    var m = marks[i];
    var ev = m.getAttribute('data-ev');
    if (first[ev]) continue;
    first[ev] = m;
    var k = m.getAttribute('data-k');
    (byKey[k] || (byKey[k] = [])).push(ev);
  }

  var current = [];
  function setCurrent(ev) {
    for (var i = 0; i < current.length; i++) current[i].classList.remove('cur');
    current = Array.prototype.slice.call(pane.querySelectorAll('mark[data-ev="' + ev + '"]'));
    for (var j = 0; j < current.length; j++) current[j].classList.add('cur');
  }

  function showField(field) {
    var box = document.querySelector('input[data-filter="' + field + '"]');
    if (box && !box.checked) { box.checked = true; document.body.classList.remove('hide-' + field); }
  }

  // Row clicks: the first mention, then each next one; the row's last cell says which.
  var step = { row: null, i: -1 };
  function stepRow(row) {
    var evs = byKey[row.getAttribute('data-k')];
    if (!evs || !evs.length) return;
    if (step.row !== row) {
      if (step.row) {
        step.row.classList.remove('active');
        var old = step.row.querySelector('td.n');
        old.textContent = old.getAttribute('data-n');
      }
      step = { row: row, i: -1 };
      row.classList.add('active');
    }
    step.i = (step.i + 1) % evs.length;
    var ev = evs[step.i];
    var el = first[ev];
    showField(el.getAttribute('data-field'));
    setCurrent(ev);
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    row.querySelector('td.n').textContent = (step.i + 1) + ' of ' + evs.length;
  }

  function showPop(mark, x, y) {
    pop.textContent = '';
    for (var m = mark; m && m !== pane; m = m.parentElement) {
      if (m.tagName !== 'MARK') continue;
      var field = m.getAttribute('data-field');
      if (document.body.classList.contains('hide-' + field)) continue;
      var evs = byKey[m.getAttribute('data-k')] || [];
      var box = document.createElement('div');
      var b = document.createElement('b');
      b.textContent = names[field] || field;
      box.appendChild(b);
      box.appendChild(document.createTextNode(' ' + (evs.indexOf(m.getAttribute('data-ev')) + 1) + ' of ' + evs.length));
      var id = document.createElement('div');
      id.textContent = m.getAttribute('data-id');
      var label = document.createElement('div');
      label.textContent = m.getAttribute('data-label');
      box.appendChild(id);
      if (m.getAttribute('data-label') !== m.getAttribute('data-id')) box.appendChild(label);
      pop.appendChild(box);
    }
    placePop(x, y);
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.closest('a')) return;
    var row = t.closest('tr[data-k]');
    if (row) { hidePop(); stepRow(row); return; }
    var mark = t.closest('mark');
    if (mark && pane.contains(mark)) { showPop(mark, e.clientX, e.clientY); return; }
    if (!pop.contains(t)) hidePop();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hidePop();
    var row = e.target.closest && e.target.closest('tr[data-k]');
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); stepRow(row); }
  });

  var boxes = document.querySelectorAll('input[data-filter]');
  for (var b = 0; b < boxes.length; b++) {
    boxes[b].addEventListener('change', function (e) {
      document.body.classList.toggle('hide-' + e.target.getAttribute('data-filter'), !e.target.checked);
    });
  }

  var searchRoots = [pane];
${SEARCH}

  window.__policylensReady = true;
  document.documentElement.setAttribute('data-ready', '1');
})();
`;
