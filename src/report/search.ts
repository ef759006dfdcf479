/**
 * The pages' search box (plain ES2017, a part of their inline scripts): the text of the
 * elements in \`searchRoots\` (which the including script defines) is searched as one string,
 * matches are painted with the CSS Custom Highlight API (the marks' DOM is never touched), and
 * Enter steps through them. Expects \`#q\` (the input) and \`#hits\` (the count) in the page.
 */
export const SEARCH = `
  var q = document.getElementById('q');
  var hits = document.getElementById('hits');
  var nodes = null, starts = null, flat = '';
  var found = [], at = -1, timer = 0, last = '';
  function index() {
    nodes = []; starts = []; var parts = []; var n = 0;
    for (var r = 0; r < searchRoots.length; r++) {
      var walk = document.createTreeWalker(searchRoots[r], NodeFilter.SHOW_TEXT);
      for (var t = walk.nextNode(); t; t = walk.nextNode()) { nodes.push(t); starts.push(n); parts.push(t.data); n += t.data.length; }
      // A character no policy holds between two panes, so no match runs from one into the next.
      if (r + 1 < searchRoots.length) { nodes.push(null); starts.push(n); parts.push('\\u0000'); n += 1; }
    }
    flat = parts.join('');
  }
  function locate(off) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= off) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function range(s, e) {
    var r = document.createRange();
    var a = locate(s), z = locate(e - 1);
    r.setStart(nodes[a], s - starts[a]);
    r.setEnd(nodes[z], e - starts[z]);
    return r;
  }
  var canPaint = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  function paint() {
    if (!canPaint) return;
    CSS.highlights.delete('pl-search'); CSS.highlights.delete('pl-search-cur');
    if (found.length) CSS.highlights.set('pl-search', new Highlight(...found));
    if (at >= 0) CSS.highlights.set('pl-search-cur', new Highlight(found[at]));
  }
  function search() {
    if (!nodes) index();
    var s = q.value.trim();
    found = []; at = -1; last = s;
    if (s) {
      var re = new RegExp(s.replace(/[.*+?^$(){}|[\\]\\\\]/g, '\\\\$&'), 'gi');
      for (var m = re.exec(flat); m && found.length < 5000; m = re.exec(flat)) {
        if (!m[0].length) { re.lastIndex++; continue; }
        found.push(range(m.index, m.index + m[0].length));
      }
    }
    hits.textContent = s ? found.length + (found.length === 1 ? ' match' : ' matches') : '';
    if (found.length) next();
    else paint();
  }
  function next() {
    if (!found.length) return;
    at = (at + 1) % found.length;
    paint();
    var el = found[at].startContainer.parentElement;
    if (el) el.scrollIntoView({ block: 'center' });
    hits.textContent = (at + 1) + ' of ' + found.length;
  }
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 150); });
  q.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); if (found.length && q.value.trim() === last) next(); else search(); } });
`;
