// Every text of every chart lies inside its SVG's box (a label or count cut off at the edge misleads), and the
// home page's count table fits its box without scrolling at 390 px and wider. Returns one line per problem.
() => {
  const problems = [];
  for (const svg of document.querySelectorAll('svg.chart, svg.town-map')) {
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`chart text 「${text.textContent}」 runs ${Math.round(Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom))}px past its picture`);
      }
    }
  }
  const table = document.querySelector('.summary-table');
  if (table && document.documentElement.clientWidth >= 390) {
    const scroll = table.closest('.table-scroll');
    if (scroll && scroll.scrollWidth > scroll.clientWidth) problems.push(`the count table is ${scroll.scrollWidth - scroll.clientWidth}px too wide`);
  }
  return problems;
}
