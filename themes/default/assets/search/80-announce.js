// search.js, what the page says about the results: each filter's count and the status line a screen
// reader announces.

  function drawCounts(counts, meta) {
    for (const group of GROUPS) {
      for (const box of boxes(group)) {
        box.parentElement.querySelector('[data-count]').textContent = say(meta, 'search.count', { count: counts[group].get(box.value) ?? 0 });
      }
    }
  }

  // Without words, the line names what was chosen as a reader would (岩手町が関係する事業), not as a query.
  function describe(state, total, meta) {
    const q = withoutTowns(state.q).trim();
    const chosen = GROUPS.flatMap((g) => Array.from(state[g], (k) => labelOf(g, k)));
    const filters = chosen.join(say(meta, 'list.separator'));
    if (q) return say(meta, 'search.results', { query: say(meta, 'search.query', { query: q }), narrowed: chosen.length > 0 ? say(meta, 'search.narrowed', { filters }) : '', count: total });
    if (chosen.length === 0) return say(meta, 'search.all', { count: total });
    if (chosen.length !== state.town.size) return say(meta, 'search.filteredResults', { filters, count: total });
    // Towns ticked together widen the results: a project of any of them.
    const towns = boxes('town').filter((b) => state.town.has(b.value)).map((b) => b.dataset.label);
    if (towns.length === 1) return say(meta, 'search.townResults', { town: towns[0], count: total });
    const named = towns.length === meta.towns.length ? say(meta, 'towns.all') : towns.join(say(meta, 'list.separator'));
    return say(meta, 'search.townsResults', { towns: named, count: total });
  }

  // Announcing every keystroke's count would drown a screen reader: the count waits for a pause in typing.
  let announceTimer = 0;
  function announce(text, how) {
    clearTimeout(announceTimer);
    if (how === 'typing') announceTimer = setTimeout(() => { status.textContent = text; }, 400);
    else status.textContent = text;
  }
