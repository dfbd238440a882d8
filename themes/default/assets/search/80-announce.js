// search.js, what the page says about the results: each filter's count and the status line a screen
// reader announces.

  function drawCounts(counts, meta) {
    for (const group of GROUPS) {
      for (const box of boxes(group)) {
        box.parentElement.querySelector('[data-count]').textContent = say(meta, 'search.count', { count: counts[group].get(box.value) ?? 0 });
      }
    }
  }

  function describe(state, total, query, meta) {
    const onlyTowns = query.terms.length === 0 && query.named.length > 0 && GROUPS.every((g) => g === 'town' || state[g].size === 0)
      && Array.from(state.town).every((key) => query.named.some((t) => t.key === key));
    if (onlyTowns) return say(meta, 'search.townsResults', { towns: query.named.map((t) => t.label).join(say(meta, 'towns.separator')), count: total });
    const chosen = GROUPS.flatMap((g) => Array.from(state[g], (k) => labelOf(g, k)));
    const q = withoutTowns(state.q).trim();
    const words = q ? say(meta, 'search.query', { query: q }) : '';
    const narrowed = chosen.length > 0 ? say(meta, 'search.narrowed', { filters: chosen.join(say(meta, 'list.separator')) }) : '';
    return words || narrowed ? say(meta, 'search.results', { query: words, narrowed, count: total }) : say(meta, 'search.all', { count: total });
  }

  // Announcing every keystroke's count would drown a screen reader: the count waits for a pause in typing.
  let announceTimer = 0;
  function announce(text, how) {
    clearTimeout(announceTimer);
    if (how === 'typing') announceTimer = setTimeout(() => { status.textContent = text; }, 400);
    else status.textContent = text;
  }
