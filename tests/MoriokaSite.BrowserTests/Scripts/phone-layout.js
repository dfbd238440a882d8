// What a phone reader trips over, measured in the page as laid out: returns one line per problem.
// Shared by LayoutTests (as a string evaluated by Playwright). Five rules:
//  1. a table either fits its column, or scrolls inside its own region; and no cell is narrower than
//     about three characters (a column squeezed to one character a line is unreadable);
//  2. a number, an identifier, a file name or a licence name ("CC BY 4.0") never breaks inside;
//  3. no line of a heading holds a single character;
//  4. 禁則: no line of a heading, table cell, caption, button or summary begins with ー, a small kana, 、。 or a
//     closing bracket, or ends with an opening bracket;
//  5. a heading, caption, button or summary breaks only between phrases — at a <wbr> the generator
//     marked, at a space, or after punctuation that ends a word (教育・文化・|スポーツ, M-|tec) — unless one phrase
//     is longer than the whole line.
() => {
  const problems = [];
  const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 30) + '"';
  const lineTops = (range) => {
    const tops = [];
    for (const r of range.getClientRects()) {
      if (r.width < 1) continue;
      if (!tops.some(t => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
    }
    return tops;
  };

  for (const table of document.querySelectorAll('table')) {
    if (!table.checkVisibility()) continue;
    const region = table.closest('.table-scroll');
    const room = (region ?? table.parentElement).clientWidth;
    if (table.getBoundingClientRect().width > room + 1) {
      const scrolls = region && ['auto', 'scroll'].includes(getComputedStyle(region).overflowX) && region.scrollWidth > region.clientWidth;
      const reachable = region && region.getAttribute('role') === 'region' && region.hasAttribute('tabindex') && (region.hasAttribute('aria-label') || region.hasAttribute('aria-labelledby'));
      if (!scrolls || !reachable) problems.push(`table wider than its column and not in a labelled scrolling region: ${describe(table)}`);
    }
    for (const cell of table.querySelectorAll('th, td')) {
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const text = document.createRange();
      text.selectNodeContents(cell);
      const squeezed = lineTops(text).length > 1 && inner < 2.8 * parseFloat(style.fontSize);
      if (squeezed) problems.push(`cell ${Math.round(inner)}px wide: ${describe(cell)}`);
    }
  }

  // Numbers (1,234 / 4.0), identifiers and file names (p001, projects.schema.json, UTF-8), licence names.
  const unbreakable = /CC(?: [A-Z-]+)+ \d+(?:\.\d+)*|[A-Za-z0-9][A-Za-z0-9_.@/-]*[A-Za-z0-9]|\d/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility() || parent.closest('script, style, .skip-link')) continue;
    for (const match of node.data.matchAll(unbreakable)) {
      if (match[0].length < 2 || match[0].length > 40) continue; // A long URL may wrap: it could not fit a phone otherwise.
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = lineTops(range);
      if (tops.length < 2) continue;
      // A break after a hyphen in running text is ordinary typography (axe-core, M-tec); in code, a
      // number, a file name or a table's key it is not.
      const afterHyphen = (() => {
        for (let i = 1; i < match[0].length; i++) {
          if (match[0][i - 1] !== '-') continue;
          const head = document.createRange();
          head.setStart(node, match.index);
          head.setEnd(node, match.index + i);
          const tail = document.createRange();
          tail.setStart(node, match.index + i);
          tail.setEnd(node, match.index + match[0].length);
          if (tops.length === 2 && lineTops(head).length === 1 && lineTops(tail).length === 1 && lineTops(head)[0] !== lineTops(tail)[0]) return true;
        }
        return false;
      })();
      const strict = parent.closest('code, th') || /^[\d.,]+$|\.[a-z]{2,4}$|^CC /.test(match[0]);
      if (!afterHyphen || strict) problems.push(`"${match[0]}" breaks across lines in ${describe(parent)}`);
    }
  }

  for (const heading of document.querySelectorAll('h1, h2, h3, h4, .site-name')) {
    if (!heading.checkVisibility()) continue;
    const lines = new Map();
    const texts = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width < 1) continue;
        const top = [...lines.keys()].find(t => Math.abs(t - rect.top) < rect.height / 2) ?? rect.top;
        lines.set(top, (lines.get(top) ?? '') + node.data[i]);
      }
    }
    for (const text of lines.values()) {
      if (lines.size > 1 && text.length === 1) problems.push(`a heading line holds one character "${text}": ${describe(heading)}`);
    }
  }

  const noLineStart = 'ー―‐〜～ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ、。，．,.・：；:;！？!?）」』】〕｝〉》〙〗］)]}’”%％';
  const noLineEnd = '（「『【〔｛〈《〘〖［([{‘“';
  const phrased = 'h1, h2, h3, h4, h5, h6, caption, button, summary, .phrases';
  const endsWord = '、。，．・：；！？）」』】〕｝〉》］-‐/';
  for (const box of document.querySelectorAll(`${phrased}, th, td`)) {
    if (!box.checkVisibility() || box.closest('svg')) continue;
    const whole = document.createRange();
    whole.selectNodeContents(box);
    if (lineTops(whole).length < 2) continue; // one line: nothing breaks (most cells and headings; measuring each character is slow)
    // The box's characters in reading order with the line each sits on, and whether a break was marked before it.
    const chars = [];
    let marked = false;
    let forced = false;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === 'WBR') marked = true;
        if (node.tagName === 'BR') forced = true;
        continue;
      }
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i])) { marked = true; continue; }
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width < 1) continue;
        chars.push({ c: node.data[i], top: rect.top, height: rect.height, marked, forced });
        marked = false;
        forced = false;
      }
    }
    let lineStart = 0;
    for (let i = 1; i < chars.length; i++) {
      if (chars[i].top - chars[i - 1].top < chars[i - 1].height / 2) continue;
      if (chars[i].forced) { lineStart = i; continue; } // a <br> the text asked for
      const line = chars.slice(lineStart, i).map(x => x.c).join('');
      const next = chars[i].c + (chars[i + 1]?.c ?? '');
      if (noLineStart.includes(chars[i].c)) problems.push(`a line begins with "${chars[i].c}" ("${line}|${next}"): ${describe(box)}`);
      if (noLineEnd.includes(chars[i - 1].c)) problems.push(`a line ends with "${chars[i - 1].c}" ("${line}|${next}"): ${describe(box)}`);
      const phraseFilledLine = !chars.slice(lineStart + 1, i).some(x => x.marked);
      if (box.matches(phrased) && !chars[i].marked && !endsWord.includes(chars[i - 1].c) && !phraseFilledLine) problems.push(`breaks inside a phrase ("${line}|${next}"): ${describe(box)}`);
      lineStart = i;
    }
  }
  return problems;
}
