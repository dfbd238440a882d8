// search.js, what the page says about the results: each filter's count and the status line a screen
// reader announces.

  function drawCounts(counts) {
    for (const group of GROUPS) {
      for (const box of boxes(group)) {
        box.parentElement.querySelector('[data-count]').textContent = `（${counts[group].get(box.value) ?? 0}）`;
      }
    }
  }

  function describe(state, total, query, meta) {
    const onlyTowns = query.terms.length === 0 && query.named.length > 0 && GROUPS.every((g) => g === 'town' || state[g].size === 0)
      && Array.from(state.town).every((key) => query.named.some((t) => t.key === key));
    if (onlyTowns) return `${query.named.map((t) => t.label).join('・')}が参加する事業 ${total}件`;
    const chosen = GROUPS.flatMap((g) => Array.from(state[g], (k) => labelOf(g, k)));
    const q = withoutTowns(state.q).trim();
    const words = q ? `「${q}」` : '';
    const narrowed = chosen.length > 0 ? `（絞り込み：${chosen.join('、')}）` : '';
    return words || narrowed ? `${words}${narrowed}の検索結果：${total}件` : `全${total}件`;
  }

  // Announcing every keystroke's count would drown a screen reader: the count waits for a pause in typing.
  let announceTimer = 0;
  function announce(text, how) {
    clearTimeout(announceTimer);
    if (how === 'typing') announceTimer = setTimeout(() => { status.textContent = text; }, 400);
    else status.textContent = text;
  }
