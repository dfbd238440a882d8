// The towns matrix's box scrolled as far right and down as it goes: where its headings are then, measured as
// Chromium lays them out, relative to the inside of the box. Shared by MatrixTests and ManyTownsTests.
() => {
  const region = document.querySelector('.matrix-scroll');
  const table = region.querySelector('table.matrix');
  const box = region.getBoundingClientRect();
  const inside = { left: box.left + region.clientLeft, top: box.top + region.clientTop };
  const rowHeadings = [...table.querySelectorAll('tbody th, tfoot th')];
  const columnHeadings = [...table.querySelectorAll('thead th')];
  const last = table.querySelector('tbody tr:last-child td:last-child');
  const before = last.getBoundingClientRect();
  region.scrollLeft = region.scrollWidth;
  region.scrollTop = region.scrollHeight;
  const after = last.getBoundingClientRect();
  const page = document.documentElement;
  return {
    pageOverflow: page.scrollWidth - page.clientWidth,
    scrolledLeft: region.scrollLeft,
    scrolledTop: region.scrollTop,
    lastCellMovedLeft: before.left - after.left,
    lastCellMovedUp: before.top - after.top,
    lastCellShown: after.right <= box.right + 1 && after.bottom <= box.bottom + 1,
    rowHeadingLefts: rowHeadings.map((th) => th.getBoundingClientRect().left - inside.left),
    rowHeadingWidth: Math.min(...rowHeadings.map((th) => th.getBoundingClientRect().width)),
    columnHeadingTops: columnHeadings.map((th) => th.getBoundingClientRect().top - inside.top),
    boxWidth: region.clientWidth,
  };
}
