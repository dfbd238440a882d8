// The search page. It reads the index the generator writes under search/index/ and keeps the
// results, the filters' counts and the URL in step with the form. Without this script the page
// lists every project, which is all static hosting can do.
(() => {
  'use strict';

  // ---- Text: the same rules as TextNormalizer.Fold and SearchTokenizer in the generator. ----

  const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;
  const WORD = /^[\p{L}\p{N}\p{M}]$/u;

  /** A code point with the marks that combine with it (ﾊﾞ is one cluster: NFKC makes it バ). */
  function clusters(text) {
    const found = [];
    let at = 0;
    for (const ch of text) {
      if (found.length > 0 && COMBINING.test(ch)) {
        found[found.length - 1].text += ch;
      } else {
        found.push({ text: ch, start: at });
      }
      at += ch.length;
    }
    return found;
  }

  // A page folds the same few thousand characters over and over: remember each cluster's folding.
  const foldedClusters = new Map();

  // Small kana → full-size (KanaFolding.Large): ぁぃぅぇぉっゃゅょゎゕゖ, ㇰ…ㇿ, and the small kana of U+1B1xx.
  const LARGE = new Map([
    [0x3041, 0x3042], [0x3043, 0x3044], [0x3045, 0x3046], [0x3047, 0x3048], [0x3049, 0x304A], [0x3063, 0x3064],
    [0x3083, 0x3084], [0x3085, 0x3086], [0x3087, 0x3088], [0x308E, 0x308F], [0x3095, 0x304B], [0x3096, 0x3051],
    [0x31F0, 0x304F], [0x31F1, 0x3057], [0x31F2, 0x3059], [0x31F3, 0x3068], [0x31F4, 0x306C], [0x31F5, 0x306F],
    [0x31F6, 0x3072], [0x31F7, 0x3075], [0x31F8, 0x3078], [0x31F9, 0x307B], [0x31FA, 0x3080], [0x31FB, 0x3089],
    [0x31FC, 0x308A], [0x31FD, 0x308B], [0x31FE, 0x308C], [0x31FF, 0x308D], [0x1B132, 0x3053], [0x1B155, 0x3053],
    [0x1B150, 0x3090], [0x1B164, 0x3090], [0x1B151, 0x3091], [0x1B165, 0x3091], [0x1B152, 0x3092], [0x1B166, 0x3092],
    [0x1B167, 0x3093],
  ]);

  /** KanaFolding.Append: katakana → hiragana, small kana → full-size, the long-vowel mark dropped. */
  function foldKana(c) {
    if (c === 0x30FC) return '';
    if (c >= 0x30F7 && c <= 0x30FA) return String.fromCharCode(c - 0x30F7 + 0x308F, 0x3099);
    if ((c >= 0x30A1 && c <= 0x30F6) || c === 0x30FD || c === 0x30FE) c -= 0x60;
    return String.fromCodePoint(LARGE.get(c) ?? c);
  }

  /** NFKC, then each code point lower-cased on its own (the first code point, as .NET's simple mapping), then kana folded. */
  function foldCluster(cluster) {
    let folded = foldedClusters.get(cluster);
    if (folded === undefined) {
      folded = '';
      for (const ch of cluster.normalize('NFKC')) {
        folded += foldKana(ch.toLowerCase().codePointAt(0));
      }
      foldedClusters.set(cluster, folded);
    }
    return folded;
  }

  /** Folded text, and for each of its UTF-16 units the span of the original it came from. */
  function foldWithMap(text) {
    let folded = '';
    const starts = [];
    const ends = [];
    for (const cluster of clusters(text)) {
      const part = foldCluster(cluster.text);
      for (let i = 0; i < part.length; i++) {
        starts.push(cluster.start);
        ends.push(cluster.start + cluster.text.length);
      }
      folded += part;
    }
    return { folded, starts, ends };
  }

  const fold = (text) => foldWithMap(text).folded;

  /** Runs of letters, digits and marks; spaces and punctuation separate them. */
  function runs(folded) {
    const found = [];
    let run = '';
    for (const ch of folded) {
      if (WORD.test(ch)) {
        run += ch;
      } else if (run) {
        found.push(run);
        run = '';
      }
    }
    if (run) found.push(run);
    return found;
  }

  /** A run's bigrams, or the run itself when it is one character. */
  function queryGrams(run) {
    const chars = Array.from(run);
    if (chars.length === 1) return chars;
    const grams = [];
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i] + chars[i + 1];
      if (!grams.includes(gram)) grams.push(gram);
    }
    return grams;
  }

  /** FNV-1a over UTF-16 units, as SearchIndexFiles.ShardOf. */
  function shardOf(gram, shards) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < gram.length; i++) {
      hash = Math.imul(hash ^ gram.charCodeAt(i), 16777619) >>> 0;
    }
    return hash % shards;
  }

  /** The terms every result must contain, and the towns the query names (offered as filters, not searched). */
  function parseQuery(text, towns) {
    const terms = [];
    const named = [];
    for (const word of fold(text).split(/[ \t\n\r]/)) {
      const town = towns.find((t) => t.aliases.includes(word));
      if (town) {
        if (!named.includes(town)) named.push(town);
        continue;
      }
      for (const run of runs(word)) {
        if (!terms.includes(run)) terms.push(run);
      }
    }
    return { terms, named };
  }

  // Exposed for tests that compare these rules with the generator's.
  window.MoriokaSearch = { fold, runs, queryGrams, shardOf, parseQuery };

  const app = document.getElementById('search-app');
  if (!app) return;

  // ---- The index: files fetched once each, only when a query needs them. ----

  const indexUrl = app.dataset.index;
  const version = app.dataset.version;
  const files = new Map();

  function load(name) {
    if (!files.has(name)) {
      files.set(name, fetch(`${indexUrl}${name}?v=${version}`).then((response) => {
        if (!response.ok) throw new Error(`${name}: ${response.status}`);
        return response.json();
      }));
    }
    return files.get(name);
  }

  /** Document → where-bits (4 name, 2 field and tag names, 1 summary) for one gram. */
  async function postings(gram, meta) {
    const shard = await load(`grams-${shardOf(gram, meta.shards)}.json`);
    const found = new Map();
    if (!Object.hasOwn(shard, gram)) return found;
    let value = 0;
    for (const delta of shard[gram]) {
      value += delta;
      found.set(value >> 3, value & 7);
    }
    return found;
  }

  const weight = (where) => (where & 4 ? 100 : 0) + (where & 2 ? 10 : 0) + (where & 1 ? 1 : 0);
  // What a literal match adds above any synonym's (SearchEngine.Literal).
  const LITERAL = 1000;

  // The synonym groups of data/synonyms.csv, folded: term → the other words of its group.
  let synonymsOf = null;
  function synonyms(term, meta) {
    if (synonymsOf === null) {
      synonymsOf = new Map();
      for (const group of meta.synonyms ?? []) for (const word of group) synonymsOf.set(word, group.filter((w) => w !== word));
    }
    return synonymsOf.get(term) ?? [];
  }

  /** Document → the where-bits all the term's grams share. */
  async function where(term, meta) {
    let found = null;
    for (const gram of queryGrams(term)) {
      const next = new Map();
      for (const [d, bits] of await postings(gram, meta)) {
        const shared = found === null ? bits : (found.get(d) ?? 0) & bits;
        if (shared !== 0) next.set(d, shared);
      }
      found = next;
    }
    return found ?? new Map();
  }

  /** Documents holding every gram of every term or of one of its synonyms, best first: SearchEngine.Candidates in the generator. */
  async function candidates(terms, meta) {
    if (terms.length === 0) {
      return Array.from({ length: meta.documents }, (_, d) => ({ d, score: 0 }));
    }
    const grams = terms.flatMap((term) => [term, ...synonyms(term, meta)]).flatMap(queryGrams);
    await Promise.all(grams.map((gram) => load(`grams-${shardOf(gram, meta.shards)}.json`)));
    let scores = null;
    for (const term of terms) {
      const found = new Map();
      for (const [d, bits] of await where(term, meta)) found.set(d, LITERAL + weight(bits));
      for (const synonym of synonyms(term, meta)) {
        for (const [d, bits] of await where(synonym, meta)) found.set(d, Math.max(found.get(d) ?? 0, weight(bits)));
      }
      const nextScores = new Map();
      for (const [d, score] of found) {
        if (scores === null || scores.has(d)) nextScores.set(d, (scores?.get(d) ?? 0) + score);
      }
      scores = nextScores;
    }
    return Array.from(scores, ([d, score]) => ({ d, score })).sort((a, b) => b.score - a.score || a.d - b.d);
  }

  /**
   * SearchEngine.Find's order when the query names towns: ties go first to the projects whose text names
   * one of them (found by the postings of its shortest written name), then to those only some towns share.
   */
  async function townOrder(ranked, named, meta) {
    if (named.length === 0) return ranked;
    const naming = new Set();
    for (const town of named) for (const d of (await where(town.shortName, meta)).keys()) naming.add(d);
    const all = (1 << meta.towns.length) - 1;
    const rank = (hit) => (naming.has(hit.d) ? 0 : 2) + (meta.town[hit.d] === all ? 1 : 0);
    return ranked.slice().sort((a, b) => b.score - a.score || rank(a) - rank(b) || a.d - b.d);
  }

  /** 「もしかして」: SearchEngine.Suggest — the index's nearest words to a term that finds nothing, commonest first. */
  async function suggest(term, count = 3) {
    const length = Array.from(term).length;
    if (length < 2) return [];
    const limit = length <= 4 ? 1 : 2;
    const words = await load('words.json');
    const near = [];
    for (const [word, documents] of words) {
      const folded = fold(word);
      if (folded === term) continue;
      const distance = editDistance(term, folded, limit);
      if (distance <= limit) near.push({ word, documents, folded, distance });
    }
    near.sort((a, b) => a.distance - b.distance || b.documents - a.documents || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    const seen = new Set();
    return near.filter((w) => !seen.has(w.folded) && seen.add(w.folded)).slice(0, count).map((w) => w.word);
  }

  /** EditDistance.Within: Levenshtein over code points, limit + 1 once past the limit. */
  function editDistance(a, b, limit) {
    const x = Array.from(a);
    const y = Array.from(b);
    if (Math.abs(x.length - y.length) > limit) return limit + 1;
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    let current = new Array(y.length + 1);
    for (let i = 1; i <= x.length; i++) {
      current[0] = i;
      let best = i;
      for (let j = 1; j <= y.length; j++) {
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        best = Math.min(best, current[j]);
      }
      if (best > limit) return limit + 1;
      [previous, current] = [current, previous];
    }
    return Math.min(previous[y.length], limit + 1);
  }

  async function documentOf(d, meta) {
    const chunk = await load(`docs-${Math.floor(d / meta.chunk)}.json`);
    const [url, name, summary, labels] = chunk[d % meta.chunk];
    return { url, name, summary, labels };
  }

  // Bigrams cannot tell 観光客 from 観光…光客: each shown result is checked for every whole term (or a synonym).
  function contains(doc, terms, meta) {
    const parts = [doc.name, doc.labels, doc.summary].map(fold);
    return terms.every((term) => [term, ...synonyms(term, meta)].some((t) => parts.some((part) => part.includes(t))));
  }

  // ---- The form, the filters and the URL. ----

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
  const shortest = (words) => (words.length === 0 ? undefined : words.reduce((s, a) => (a.length < s.length ? a : s)));
  const townsOf = (meta) => towns ??= meta.towns.map((key, i) => ({
    key, label: meta.townNames[i], aliases: meta.townAliases[i], box: boxes('town').find((b) => b.value === key),
    // SearchTown.ShortName: the shortest name not all in kana.
    shortName: shortest(meta.townAliases[i].filter((a) => !/^[\u3041-\u309f]+$/.test(a))) ?? meta.townAliases[i][0],
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

  /** The query without the words that name a town: those go in the URL as the town's filter. */
  function withoutTowns(q) {
    if (towns === null) return q;
    return q.split(/[ \u3000]+/).filter((w) => !towns.some((t) => t.aliases.includes(fold(w)))).join(' ');
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

  /** The keys a document has in one filter group. */
  function keysOf(d, group, meta) {
    switch (group) {
      case 'field': return [meta.fields[meta.field[d]]];
      case 'status': return [meta.statuses[meta.status[d]]];
      case 'town': return meta.towns.filter((_, i) => meta.town[d] & (1 << i));
      default: return meta.tags.filter((_, i) => meta.tag[d] & (1 << i));
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

  // ---- Drawing: every text goes in with textContent, never as HTML. ----

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
    heading.append(link);
    const townKeys = keysOf(d, 'town', meta);
    const townText = townKeys.length === meta.towns.length ? meta.allTowns
      : townKeys.length === 0 ? '記載なし' : townKeys.map((k) => labelOf('town', k)).join('・');
    const facts = element('p', 'result-meta');
    facts.append(
      element('span', '', `分野：${labelOf('field', keysOf(d, 'field', meta)[0])}`), ' ',
      element('span', '', `区分：${labelOf('status', keysOf(d, 'status', meta)[0])}`), ' ',
      element('span', '', `関係${meta.townKinds}：${townText}`));
    for (const tag of keysOf(d, 'tag', meta)) facts.append(' ', element('span', 'label', labelOf('tag', tag)));
    const summary = element('p', 'result-snippet');
    appendMarked(summary, snippet(doc.summary, terms), terms);
    item.append(heading, facts, summary);
    return item;
  }

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

  function drawOffers(query, state, found, meta, suggestions) {
    offers.replaceChildren();
    const buttons = [];
    for (const town of query.named) {
      const words = fold(input.value).split(/[ \t\n\r]/).filter((w) => town.aliases.includes(w));
      offers.append(element('p', 'search-town-note', `「${words[0]}」は${meta.townKinds}の名前なので、${town.label}の事業に絞り込んでいます。`));
      buttons.push(offerButton(`${town.label}の絞り込みを外す`, () => untickTown(town)));
    }
    if (query.named.length > 0 && query.terms.length === 0 && found > 0) {
      const names = query.named.map((t) => t.label).join('・');
      offers.append(element('p', 'search-town-note', `事業の説明に${names}の名前がある事業と、一部の${meta.townKinds}だけが参加する事業を先に、${meta.allTownsShort}が参加する事業を後に並べています。`));
    }
    if (found === 0 && suggestions.length > 0) {
      const line = element('p', 'search-suggestions', 'もしかして：');
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
        if (i > 0) line.append('、');
        line.append(link);
      });
      offers.append(line);
    }
    if (found === 0) {
      offers.append(element('p', '', '条件に合う事業はありません。言葉を減らすか、絞り込みを外してみてください。'));
      for (const word of input.value.split(/[ \u3000]+/).filter((w) => runs(fold(w)).length > 0)) {
        buttons.push(offerButton(`「${word}」を外す`, () => removeWord(fold(word))));
      }
      for (const group of GROUPS) {
        for (const key of state[group]) {
          buttons.push(offerButton(`絞り込み「${labelOf(group, key)}」を外す`, () => { boxes(group).find((b) => b.value === key).checked = false; }));
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

  // ---- Updating: the latest input wins; an older query still loading is dropped. ----

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
      const ranked = await townOrder(await candidates(query.terms, meta), query.named, meta);
      if (ticket !== latest) return;
      const { results, counts } = applyFilters(ranked, state, meta);
      const everything = query.terms.length === 0 && GROUPS.every((g) => state[g].size === 0);
      if (!(everything && serverListComplete)) {
        // Ask for the first results' text now, so the network works while the counts are drawn.
        results.slice(0, PAGE).forEach((hit) => documentOf(hit.d, meta).catch(() => {}));
      }
      drawCounts(counts);
      // Synonyms are marked too: the visitor sees why a project that says ICT answers IT.
      const marked = query.terms.flatMap((term) => [term, ...synonyms(term, meta)]);
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
      announce(describe(state, total, query, meta), how);
      remember(how); // after drawing: the address bar can wait, the results cannot
      performance.mark('search-results-drawn', { detail: input.value });
    } catch (error) {
      if (ticket !== latest) return;
      announce('検索の準備ができませんでした。ページを読み込み直してください。下には全事業を表示しています。', 'now');
      list.replaceChildren(...serverList);
      console.error(error);
    }
  }

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
})();
