// The search page's script, in parts: the generator joins the .js files of this folder, in file-name
// order, inside one strict function and publishes them as assets/search.js (generator/Output/ScriptJoiner.cs),
// so the parts share one closure, the visitor downloads one file, and the code stays indented as the
// function's body. The script reads the index the generator writes under search/index/ and keeps the
// results, the filters' counts and the URL in step with the form. Without it the page lists every
// project, which is all static hosting can do.
//
// This part, text: the same rules as TextNormalizer.Fold, KanaFolding and SearchTokenizer in the
// generator — clusters, kana folding, runs and grams, the shard of a gram, and the query's terms and towns.
// window.MoriokaSearch exposes them to the browser test that compares them with the generator's.

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

  /** SearchTown.IsFilteredBy: the word names the town and no other project's text holds it, so it becomes the town's filter. */
  const becomesFilter = (town, word) => town.aliases.includes(word) && !town.shared.includes(word);

  /**
   * SearchQuery.Parse: the terms every result must contain, the towns whose names became filters, the written forms
   * of those names (ranking), and the towns whose names stay words of the text, their filters only offered.
   */
  function parseQuery(text, towns) {
    const terms = [];
    const named = [];
    const places = [];
    const offered = [];
    const once = (list, item) => { if (!list.includes(item)) list.push(item); };
    for (const word of fold(text).split(/[ \t\n\r]/)) {
      const town = towns.find((t) => t.aliases.includes(word));
      if (town && becomesFilter(town, word)) {
        once(named, town);
        once(places, town.written[town.aliases.indexOf(word)]);
        continue;
      }
      if (town) once(offered, town);
      for (const run of runs(word)) once(terms, run);
    }
    return { terms, named, places, offered: offered.filter((t) => !named.includes(t)) };
  }

  /**
   * IndexSet in the generator: a project's towns or tags as hex digits, four positions to a digit, lowest first
   * ("ff" for towns 0–7), of any length: whether position i is in it, and the set of all of count positions.
   */
  const hasPosition = (hex, i) => (parseInt(hex[i >> 2] ?? '0', 16) >> (i & 3)) & 1;
  const allPositions = (count) => 'f'.repeat(count >> 2) + (count & 3 ? ((1 << (count & 3)) - 1).toString(16) : '');

  // Exposed for tests that compare these rules with the generator's.
  window.MoriokaSearch = { fold, runs, queryGrams, shardOf, parseQuery, becomesFilter, hasPosition, allPositions };
