// search.js, the filters: a document's keys in each group, and which results pass the ticked boxes,
// with each box's count.

  /** The keys a document has in one filter group. */
  function keysOf(d, group, meta) {
    switch (group) {
      case 'field': return [meta.fields[meta.field[d]]];
      case 'status': return [meta.statuses[meta.status[d]]];
      case 'town': return meta.towns.filter((_, i) => hasPosition(meta.town[d], i));
      default: return meta.tags.filter((_, i) => hasPosition(meta.tag[d], i));
    }
  }

  /**
   * The results, and each choice's count: how many results there would be with that choice added to
   * the other groups' choices (choices in one group widen, groups narrow).
   */
  function applyFilters(ranked, state, meta) {
    const counts = Object.fromEntries(GROUPS.map((g) => [g, new Map()]));
    const results = [];
    for (const hit of ranked) {
      const keys = Object.fromEntries(GROUPS.map((g) => [g, keysOf(hit.d, g, meta)]));
      const failing = GROUPS.filter((g) => state[g].size > 0 && !keys[g].some((k) => state[g].has(k)));
      if (failing.length === 0) results.push(hit);
      const counted = failing.length === 0 ? GROUPS : failing.length === 1 ? failing : [];
      for (const g of counted) for (const k of keys[g]) counts[g].set(k, (counts[g].get(k) ?? 0) + 1);
    }
    return { results, counts };
  }
