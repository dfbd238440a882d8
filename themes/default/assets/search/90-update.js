// search.js, updating: the latest input wins and an older query still loading is dropped; results are
// drawn as their text arrives, ten at a time.

  let latest = 0;
  let shown = { results: [], terms: [], checked: [], meta: null, verified: 0, dropped: 0 };

  /**
   * Checks and draws results until `count` more are shown or none are left, each as soon as its text
   * has arrived (in rank order), so the first result does not wait for the tenth. `fresh` replaces the
   * previous results at the first new one, so the list never flashes empty while the text loads.
   */
  async function showMore(count, ticket, fresh = false) {
    const { results, terms, checked, meta } = shown;
    let added = 0;
    const clear = () => {
      if (fresh) list.replaceChildren();
      fresh = false;
    };
    while (added < count && shown.verified < results.length) {
      const batch = results.slice(shown.verified, shown.verified + count - added);
      const pending = batch.map((hit) => documentOf(hit.d, meta));
      for (let i = 0; i < batch.length; i++) {
        const doc = await pending[i];
        if (ticket !== latest) return;
        shown.verified += 1;
        if (!contains(doc, checked, meta)) {
          shown.dropped += 1;
          continue;
        }
        clear();
        list.append(resultItem(batch[i].d, doc, terms, meta));
        added += 1;
        if (added === 1) performance.mark('search-first-result-drawn', { detail: input.value });
      }
    }
    clear();
    more.hidden = shown.verified >= results.length;
  }

  async function update(how) {
    const ticket = ++latest;
    try {
      const meta = await load('meta.json');
      const query = parseQuery(input.value, townsOf(meta));
      tickNamedTowns(query.named);
      const state = readForm();
      const ranked = await placeOrder(await candidates(query.terms, meta), query, meta, state.town.size > 0);
      if (ticket !== latest) return;
      const { results, counts } = applyFilters(ranked, state, meta);
      const everything = query.terms.length === 0 && GROUPS.every((g) => state[g].size === 0);
      if (!(everything && serverListComplete)) {
        // Ask for the first results' text now, so the network works while the counts are drawn.
        results.slice(0, PAGE).forEach((hit) => documentOf(hit.d, meta).catch(() => {}));
      }
      drawCounts(counts, meta);
      // Synonyms and the towns' names are marked too: the visitor sees why a project that says ICT answers IT,
      // and why one ranks first for 盛岡 八幡平.
      const marked = [...query.terms.flatMap((term) => [term, ...synonyms(term, meta)]), ...query.places];
      shown = { results, terms: marked, checked: query.terms, meta, verified: 0, dropped: 0 };
      if (everything && serverListComplete) {
        list.replaceChildren(...serverList);
        more.hidden = true;
      } else {
        await showMore(PAGE, ticket, true);
        if (ticket !== latest) return;
      }
      const total = results.length - shown.dropped;
      const suggestions = [];
      if (total === 0) {
        for (const term of query.terms) {
          if ((await candidates([term], meta)).length > 0) continue;
          for (const word of await suggest(term)) suggestions.push({ term, word });
        }
        if (ticket !== latest) return;
      }
      drawOffers(query, state, total, meta, suggestions);
      announce(describe(state, total, meta), how);
      remember(how); // after drawing: the address bar can wait, the results cannot
      performance.mark('search-results-drawn', { detail: input.value });
    } catch (error) {
      if (ticket !== latest) return;
      // The index may be what failed to load: this one text comes with the page.
      announce(app.dataset.failed, 'now');
      list.replaceChildren(...serverList);
      console.error(error);
    }
  }
