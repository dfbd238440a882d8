// search.js, the index: the files under search/index/, each fetched once and only when a query needs it,
// and what they answer — a gram's postings, a term's synonyms, the ranked candidates, the towns' order,
// a document's text and the check that it holds every whole term. From here on the page must be the
// search page: on any other page the script stops after the text rules.

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

  /**
   * A text of the site's wording, as the generator put it in meta.json's words (the site's facts already in it),
   * with the page's values in its other {placeholders}: the script has no words of its own.
   */
  function say(meta, key, values = {}) {
    return meta.words[key].replace(/\{([^{}\s]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
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
   * SearchEngine.Find's order when town names became filters: each such name a project's text holds adds to its
   * score as a term does (the projects naming 盛岡 and 八幡平 first), and ties go to those only some towns share.
   * A ticked town box narrows alike: a resident who ticks a town sees its own projects before the region's common ones.
   */
  async function placeOrder(ranked, query, meta, townTicked) {
    if (query.named.length === 0 && !townTicked) return ranked;
    const naming = await Promise.all(query.places.map((word) => where(word, meta)));
    const all = allPositions(meta.towns.length);
    const scored = ranked.map((hit) => ({
      d: hit.d,
      score: naming.reduce((sum, found) => sum + (found.has(hit.d) ? LITERAL + weight(found.get(hit.d)) : 0), hit.score),
    }));
    const rank = (hit) => (meta.town[hit.d] === all ? 1 : 0);
    return scored.sort((a, b) => b.score - a.score || rank(a) - rank(b) || a.d - b.d);
  }

  async function documentOf(d, meta) {
    const chunk = await load(`docs-${Math.floor(d / meta.chunk)}.json`);
    const [url, name, summary, labels, breaks] = chunk[d % meta.chunk];
    return { url, name, summary, labels, breaks };
  }

  // Bigrams cannot tell 観光客 from 観光…光客: each shown result is checked for every whole term (or a synonym).
  function contains(doc, terms, meta) {
    const parts = [doc.name, doc.labels, doc.summary].map(fold);
    return terms.every((term) => [term, ...synonyms(term, meta)].some((t) => parts.some((part) => part.includes(t))));
  }
