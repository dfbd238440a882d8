// search.js, the form and the URL: the page's fields and checkboxes, the region's towns as the index names
// them, reading the form, and the address that keeps a search (q and the filters) across Back and reloads.

  const form = document.getElementById('search-form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const offers = document.getElementById('search-offers');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const filters = app.querySelector('[data-search-filters]');
  const GROUPS = ['status', 'tag', 'town', 'field'];
  const PAGE = 10;
  // The page's checkboxes never change: found once, read on every update.
  const choices = Object.fromEntries(GROUPS.map((group) => [group, Array.from(app.querySelectorAll(`input[type="checkbox"][name="${group}"]`))]));
  const boxes = (group) => choices[group];
  // The towns, their names and the names a visitor may type for them come from the index: the region is data.
  let towns = null;
  const townsOf = (meta) => towns ??= meta.towns.map((key, i) => ({
    key, label: meta.townNames[i], aliases: meta.townAliases[i], written: meta.townWritten[i], shared: meta.townShared[i],
    box: boxes('town').find((b) => b.value === key),
  })).filter((town) => town.box);
  // The town boxes the query's town names ticked: unticked again when the name leaves the query.
  const fromQuery = new Set();
  const serverList = Array.from(list.children);
  const serverListComplete = list.dataset.complete === 'true';

  function readForm() {
    const state = { q: input.value };
    for (const group of GROUPS) state[group] = new Set(boxes(group).filter((b) => b.checked).map((b) => b.value));
    return state;
  }

  /** The query without the words that became a town's filter: those go in the URL as the filter. A shared name stays. */
  function withoutTowns(q) {
    if (towns === null) return q;
    return q.split(/[ \u3000]+/).filter((w) => !towns.some((t) => becomesFilter(t, fold(w)))).join(' ');
  }

  function urlOf(state) {
    const params = new URLSearchParams();
    const q = withoutTowns(state.q);
    if (q.trim()) params.set('q', q);
    for (const group of ['field', 'town', 'status', 'tag']) {
      for (const box of boxes(group)) if (state[group].has(box.value)) params.append(group, box.value);
    }
    const query = params.toString();
    return location.pathname + (query ? `?${query}` : '');
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const group of GROUPS) {
      const chosen = params.getAll(group);
      for (const box of boxes(group)) box.checked = chosen.includes(box.value);
    }
  }

  // Typing replaces its own history entry; a filter or a submitted query adds one, so Back undoes it.
  let typingEntry = false;
  function remember(how) {
    const url = urlOf(readForm());
    if (how === 'none' || url === location.pathname + location.search) return;
    const push = how === 'push' || (how === 'typing' && !typingEntry) || (how === 'submit' && !typingEntry);
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    typingEntry = how === 'typing';
  }
