/**
 * The pages' popup (plain ES2017, a part of their inline scripts): `#pop` in the page, hidden
 * by `hidePop()`, shown by `placePop(x, y)` once the including script has filled it, next to
 * the click and inside the window.
 */
export const POPUP = `
  var pop = document.getElementById('pop');
  function hidePop() { pop.hidden = true; }
  function placePop(x, y) {
    if (!pop.firstChild) return hidePop();
    pop.hidden = false;
    var w = pop.offsetWidth, h = pop.offsetHeight;
    pop.style.left = Math.max(4, Math.min(x + 8, window.innerWidth - w - 4)) + 'px';
    // Never over the header: its filters and search must stay clickable while a popup is open.
    var head = document.querySelector('header');
    var floor = head ? Math.max(4, head.getBoundingClientRect().bottom + 4) : 4;
    pop.style.top = Math.max(floor, y + 12 + h > window.innerHeight ? y - h - 8 : y + 12) + 'px';
  }
`;
