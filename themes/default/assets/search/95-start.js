// search.js, starting: the events that update the results, and the first update from the URL.

  input.addEventListener('input', (event) => {
    // While an IME is composing, the text is unconverted kana: wait for the conversion.
    if (!event.isComposing) update('typing');
  });
  input.addEventListener('compositionend', () => update('typing'));
  filters.addEventListener('change', (event) => {
    if (event.target.type !== 'checkbox') return;
    // A town box the visitor unticks takes its name out of the query, or the name would tick it again.
    const town = towns?.find((t) => t.box === event.target);
    if (town) {
      if (!town.box.checked) untickTown(town);
      fromQuery.delete(town.key);
    }
    update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('submit');
  });
  // The button may vanish once everything is shown: focus moves to the first result it added.
  more.addEventListener('click', async () => {
    const before = list.children.length;
    await showMore(PAGE, latest);
    list.children[before]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    fromQuery.clear();
    readUrl();
    typingEntry = false;
    update('none');
  });

  filters.hidden = false;
  // On a phone the seventeen fields would push the results off the screen: start folded unless in use.
  if (matchMedia('(max-width: 47.99rem)').matches && !location.search.match(/[?&](field|town|status|tag)=/)) filters.open = false;
  readUrl();
  update('none');
