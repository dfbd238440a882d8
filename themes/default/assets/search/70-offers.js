// search.js, the offers under the status line: why the query's town names became filters, the filter of a town
// whose name stayed a word of the text, 「もしかして」 links, and buttons that take a word or a filter away when
// nothing is found.

  function offerButton(text, action) {
    const button = element('button', 'offer', text);
    button.type = 'button';
    button.addEventListener('click', () => { action(); update('push'); input.focus(); });
    return button;
  }

  function removeWord(word) {
    input.value = input.value.split(/[ \u3000]+/).filter((w) => fold(w) !== word).join(' ');
  }

  /** Removes a town's filter that came from the query: the town's name leaves the query too, or it would come back. */
  function untickTown(town) {
    town.box.checked = false;
    fromQuery.delete(town.key);
    for (const alias of town.aliases) removeWord(alias);
  }

  /** Ticks the boxes of the towns the query names, and unticks those it ticked for a name no longer there. */
  function tickNamedTowns(named) {
    for (const town of towns ?? []) {
      const isNamed = named.includes(town);
      if (isNamed && !town.box.checked) {
        town.box.checked = true;
        fromQuery.add(town.key);
      } else if (!isNamed && fromQuery.has(town.key)) {
        town.box.checked = false;
        fromQuery.delete(town.key);
      }
    }
  }

  /**
   * A town whose name stayed a word of the text (岩手: 岩手県, 岩手山): the page says so and links to the town's
   * filter, the word taken out of the query, or the word would stay a condition the filter does not need.
   */
  function townOffer(town, state, meta) {
    const typed = input.value.split(/[ \u3000]+/).filter((w) => town.aliases.includes(fold(w)));
    const line = element('p', 'search-town-note', say(meta, 'search.sharedName', { word: typed[0], town: town.label }) + ' ');
    const q = input.value.split(/[ \u3000]+/).filter((w) => !typed.includes(w)).join(' ');
    const link = element('a', 'search-town-offer', say(meta, 'search.onlyTown', { town: town.label }));
    link.href = urlOf({ ...state, q, town: new Set([...state.town, town.key]) });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = q;
      town.box.checked = true;
      update('push');
      input.focus();
    });
    line.append(link);
    return line;
  }

  function drawOffers(query, state, found, meta, suggestions) {
    offers.replaceChildren();
    const buttons = [];
    for (const town of query.named) {
      const words = fold(input.value).split(/[ \t\n\r]/).filter((w) => town.aliases.includes(w));
      offers.append(element('p', 'search-town-note', say(meta, 'search.townNote', { word: words[0], town: town.label })));
      buttons.push(offerButton(say(meta, 'search.untickTown', { town: town.label }), () => untickTown(town)));
    }
    if (query.named.length > 0 && query.terms.length === 0 && found > 0) {
      const words = query.places.map((word) => say(meta, 'search.query', { query: word })).join('');
      offers.append(element('p', 'search-town-note', say(meta, 'search.townOrder', { words })));
    }
    for (const town of query.offered.filter((t) => !t.box.checked)) offers.append(townOffer(town, state, meta));
    if (found === 0 && suggestions.length > 0) {
      const line = element('p', 'search-suggestions', say(meta, 'search.didYouMean'));
      suggestions.forEach(({ term, word }, i) => {
        const link = element('a', '', word);
        const replaced = input.value.split(/[ \u3000]+/).map((w) => (fold(w) === term ? word : w)).join(' ');
        link.href = urlOf({ ...state, q: replaced });
        link.addEventListener('click', (event) => {
          event.preventDefault();
          input.value = replaced;
          update('push');
          input.focus();
        });
        if (i > 0) line.append(say(meta, 'list.separator'));
        line.append(link);
      });
      offers.append(line);
    }
    if (found === 0) {
      offers.append(element('p', '', say(meta, 'search.nothing')));
      for (const word of input.value.split(/[ \u3000]+/).filter((w) => runs(fold(w)).length > 0)) {
        buttons.push(offerButton(say(meta, 'search.removeWord', { word }), () => removeWord(fold(word))));
      }
      for (const group of GROUPS) {
        for (const key of state[group]) {
          buttons.push(offerButton(say(meta, 'search.removeFilter', { filter: labelOf(group, key) }), () => { boxes(group).find((b) => b.value === key).checked = false; }));
        }
      }
    }
    if (buttons.length > 0) {
      const row = element('ul', 'offer-list');
      for (const button of buttons) {
        const item = element('li');
        item.append(button);
        row.append(item);
      }
      offers.append(row);
    }
  }
