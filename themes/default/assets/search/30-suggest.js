// search.js, 「もしかして」: the index's nearest words to a term that finds nothing (SearchEngine.Suggest),
// by edit distance over code points (EditDistance.Within).

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

  /** EditDistance.Within with Swaps.AreTwoEdits: Levenshtein over code points, limit + 1 once past the limit. */
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
