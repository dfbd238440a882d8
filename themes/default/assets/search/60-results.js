// search.js, drawing a result: its name and summary with the terms marked, and its field, status, towns
// and tags. Every text goes in with textContent, never as HTML.

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Appends the text with each occurrence of a term in <mark>, found in folded text and mapped back. */
  function appendMarked(parent, text, terms) {
    const { folded, starts, ends } = foldWithMap(text);
    const spans = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
        spans.push([starts[at], ends[at + term.length - 1]]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    let done = 0;
    for (const [start, end] of spans) {
      if (end <= done) continue;
      const from = Math.max(start, done);
      if (from > done) parent.append(text.slice(done, from));
      parent.append(element('mark', '', text.slice(from, end)));
      done = end;
    }
    if (done < text.length) parent.append(text.slice(done));
  }

  /**
   * Marks with <wbr> the places where the name may break between phrases, as the generator marks them on the
   * project's own page (the style sheet lets a result's name break nowhere else). Places count UTF-16 units of the
   * whole name, across the <mark>s of the terms found.
   */
  function markBreaks(parent, breaks) {
    if (!breaks || breaks.length === 0) return;
    const nodes = [];
    const walker = document.createTreeWalker(parent, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    let start = 0;
    for (const node of nodes) {
      const end = start + node.data.length;
      if (start > 0 && breaks.includes(start)) node.before(element('wbr'));
      for (const cut of breaks.filter((b) => b > start && b < end).reverse()) node.splitText(cut - start).before(element('wbr'));
      start = end;
    }
  }

  /** About 100 characters of the summary around its first match, or its beginning. */
  function snippet(summary, terms) {
    const flat = summary.replace(/\s*\n\s*/g, ' ');
    const { folded, starts } = foldWithMap(flat);
    const hits = terms.map((t) => folded.indexOf(t)).filter((at) => at !== -1);
    const first = hits.length > 0 ? starts[Math.min(...hits)] : 0;
    const start = Math.max(0, first - 30);
    const end = Math.min(flat.length, start + 100);
    return (start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '');
  }

  const labelOf = (group, key) => boxes(group).find((b) => b.value === key)?.dataset.label ?? key;

  function resultItem(d, doc, terms, meta) {
    const item = element('li', 'search-result');
    const heading = element('h3', 'result-name');
    const link = element('a');
    link.href = doc.url;
    appendMarked(link, doc.name, terms);
    markBreaks(link, doc.breaks);
    heading.append(link);
    const townKeys = keysOf(d, 'town', meta);
    const townText = townKeys.length === meta.towns.length ? say(meta, 'towns.all')
      : townKeys.length === 0 ? say(meta, 'notGiven') : townKeys.map((k) => labelOf('town', k)).join(say(meta, 'list.separator'));
    const facts = element('p', 'result-meta');
    facts.append(
      element('span', '', say(meta, 'search.resultField', { field: labelOf('field', keysOf(d, 'field', meta)[0]) })), ' ',
      element('span', '', say(meta, 'search.resultStatus', { status: labelOf('status', keysOf(d, 'status', meta)[0]) })), ' ',
      element('span', '', say(meta, 'towns.label') + townText));
    for (const tag of keysOf(d, 'tag', meta)) facts.append(' ', element('span', 'label', labelOf('tag', tag)));
    const summary = element('p', 'result-snippet');
    appendMarked(summary, snippet(doc.summary, terms), terms);
    item.append(heading, facts, summary);
    return item;
  }
