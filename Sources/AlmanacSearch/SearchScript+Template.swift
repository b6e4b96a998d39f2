extension SearchScript {
    /// The client before its tables are filled in. ES2017, no dependencies.
    /// Mirrors `SearchText`, `SearchLayout`, `PostingCoder` and
    /// `SearchRanker`; a change to one is a change to both.
    static let template = #"""
/* Almanac search. Generated with the site: the tables come from the Swift
   index builder. Index files are scripts that call back into this one,
   because pages opened from file:// may not fetch() local files. */
(() => {
  'use strict';
  const LETTERS = __LETTERS__;
  const UKRAINIAN = __UKRAINIAN__;
  const MARKS = __MARKS__;
  const SEPARATORS = __SEPARATORS__;
  const FINAL = __FINAL__, CONTINUATION = __CONTINUATION__;
  const LEVELS = __LEVELS__, WHOLE = __WHOLE__;
  const SUGGESTIONS = 8, PAGE_RESULTS = 100;

  const script = document.currentScript;
  const root = script ? script.getAttribute('data-root') || script.src.replace(/search\/search\.js([?#].*)?$/, '') : '';
  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  // Normalisation (SearchText.words): lower-case, compose, transliterate,
  // decompose, strip marks, split; a word is its Latin forms.
  const within = (code, ranges) => ranges.some((r) => code >= r[0] && code <= r[1]);
  const split = (text) => {
    const out = [];
    let current = '';
    for (const c of text) {
      if (within(c.codePointAt(0), SEPARATORS)) {
        if (current) out.push(current);
        current = '';
      } else {
        current += c;
      }
    }
    if (current) out.push(current);
    return out;
  };
  const folded = (composed, ukrainian) => {
    let mapped = '', out = '';
    for (const c of composed) {
      mapped += ukrainian && own(UKRAINIAN, c) ? UKRAINIAN[c] : own(LETTERS, c) ? LETTERS[c] : c;
    }
    for (const c of mapped.normalize('NFKD')) if (!within(c.codePointAt(0), MARKS)) out += c;
    return out;
  };
  const words = (text) => {
    const composed = String(text).toLowerCase().normalize('NFC');
    const common = split(folded(composed, false));
    if (!Array.from(composed).some((c) => own(UKRAINIAN, c))) return common.map((w) => [w]);
    const ukrainian = split(folded(composed, true));
    if (ukrainian.length !== common.length) return common.map((w) => [w]);
    return common.map((w, i) => (w === ukrainian[i] ? [w] : [w, ukrainian[i]]));
  };
  const phrases = (list) => {
    const first = list.map((forms) => forms[0]).join(' ');
    const last = list.map((forms) => forms[forms.length - 1]).join(' ');
    return first === last ? [first] : [first, last];
  };
  // The shard holding a key (ShardPlan): the longest shard key in the
  // manifest that begins it, never past a space.
  const shardOf = (key, present) => {
    const letters = Array.from(key.split(' ')[0]);
    for (let n = letters.length; n > 0; n--) {
      const prefix = letters.slice(0, n).join('');
      if (present.has(prefix)) return prefix;
    }
    return null;
  };

  // Files (SearchLayout).
  const shardFile = (key) => 'search/shard-' +
    (/^[a-z0-9]+$/.test(key) ? key : 'x' + Array.from(key).map((c) => '-' + c.codePointAt(0).toString(16)).join('')) + '.js';
  const chunkFile = (n) => 'search/docs-' + n + '.js';

  // Loading: one <script> per file, settled by the file's own callback.
  const loads = new Map(), waiting = new Map();
  const load = (path) => {
    if (!loads.has(path)) {
      loads.set(path, new Promise((resolve, reject) => {
        const fail = (why) => { loads.delete(path); waiting.delete(path); reject(new Error(why + ': ' + path)); };
        waiting.set(path, resolve);
        const tag = document.createElement('script');
        tag.src = root + path;
        tag.async = true;
        tag.onload = () => { if (waiting.has(path)) fail('Search file did not register'); };
        tag.onerror = () => fail('Search file missing');
        document.head.appendChild(tag);
      }));
    }
    return loads.get(path);
  };
  const arrive = (path, data) => {
    const resolve = waiting.get(path);
    waiting.delete(path);
    if (resolve) resolve(data);
  };

  // Postings (PostingCoder): flat [doc, field, doc, field, ...].
  const digits = {};
  for (let i = 0; i < 32; i++) {
    digits[FINAL[i]] = i;
    digits[CONTINUATION[i]] = 32 + i;
  }
  const decode = (text) => {
    const out = [];
    let value = 0, doc = -1;
    for (let i = 0; i < text.length; i++) {
      const digit = digits[text[i]];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        value = value * 32 + digit;
        doc += Math.floor(value / 4) + 1;
        out.push(doc, value % 4);
        value = 0;
      }
    }
    return out;
  };

  // Ranking (SearchRanker): every word must hit; a word scores the best
  // field it hits; the last word of two letters or more also matches as a
  // prefix; a query equal to a whole title or alias comes first.
  const keysFor = (word, asPrefix, shard) => {
    if (!asPrefix || Array.from(word).length < 2) return own(shard, word) ? [word] : [];
    return Object.keys(shard).filter((key) => key.startsWith(word) && !key.includes(' '));
  };
  const rank = (list, shardFor) => {
    let scores = null;
    list.forEach((forms, index) => {
      const best = new Map();
      for (const form of forms) {
        const shard = shardFor(form);
        for (const key of keysFor(form, index === list.length - 1, shard)) {
          const postings = decode(shard[key]);
          for (let i = 0; i < postings.length; i += 2) {
            const level = LEVELS[postings[i + 1]];
            if (!(best.get(postings[i]) >= level)) best.set(postings[i], level);
          }
        }
      }
      if (scores === null) {
        scores = best;
      } else {
        const kept = new Map();
        scores.forEach((score, doc) => { if (best.has(doc)) kept.set(doc, score + best.get(doc)); });
        scores = kept;
      }
    });
    const exact = new Set();
    for (const phrase of phrases(list)) {
      const shard = shardFor(phrase);
      const postings = own(shard, phrase) ? decode(shard[phrase]) : [];
      for (let i = 0; i < postings.length; i += 2) if (postings[i + 1] === WHOLE) exact.add(postings[i]);
    }
    const hits = [];
    scores.forEach((score, doc) => hits.push({ doc, score, exact: exact.has(doc) }));
    return hits.sort((a, b) => (b.exact - a.exact) || (b.score - a.score) || (a.doc - b.doc));
  };

  // The ranked results for a query, best first, at most `limit`; the
  // array's `total` says how many matched.
  const query = async (q, limit = PAGE_RESULTS) => {
    const list = words(q);
    if (list.length === 0) return Object.assign([], { total: 0 });
    const manifest = await load('search/index.js');
    const present = new Set(manifest.shards);
    const needed = [].concat(...list, phrases(list)).map((key) => shardOf(key, present)).filter((key) => key !== null);
    const shards = new Map(await Promise.all(Array.from(new Set(needed)).map(async (key) => [key, await load(shardFile(key))])));
    const hits = rank(list, (key) => shards.get(shardOf(key, present)) || {});
    const top = hits.slice(0, limit);
    const numbers = Array.from(new Set(top.map((hit) => Math.floor(hit.doc / manifest.chunk))));
    const chunks = new Map(await Promise.all(numbers.map(async (n) => [n, await load(chunkFile(n))])));
    const results = top.map((hit) => {
      const row = chunks.get(Math.floor(hit.doc / manifest.chunk))[hit.doc % manifest.chunk];
      return { url: row[0], href: root + row[0], title: row[1], type: row[2], summary: row[3], score: hit.score, exact: hit.exact };
    });
    return Object.assign(results, { total: hits.length });
  };

  // Markup, always through DOM calls and textContent.
  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  // Each word of `text` that one of the query's words begins (compared in
  // the index's normal form, so "legion" marks the Cyrillic spelling), in a <mark>.
  const marked = (className, text, wanted) => {
    const node = element('span', className);
    const add = (piece) => { if (piece) node.appendChild(document.createTextNode(piece)); };
    let last = 0;
    for (const match of String(text).matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const forms = [].concat(...words(match[0]));
      if (!forms.some((form) => wanted.some((word) => form.startsWith(word)))) continue;
      add(text.slice(last, match.index));
      node.appendChild(element('mark', null, match[0]));
      last = match.index + match[0].length;
    }
    add(text.slice(last));
    return node;
  };
  const wantedBy = (q) => [].concat(...words(q));
  const describe = (node, result, wanted) => {
    node.appendChild(element('span', 'search-type', result.type));
    if (result.summary) node.appendChild(marked('search-summary', result.summary, wanted));
  };

  // The box on every page: a combobox with a listbox of suggestions.
  let boxes = 0;
  const bind = (form) => {
    const input = form.querySelector('input[type=search]');
    if (!input) return;
    const id = 'search-suggestions-' + (++boxes);
    const list = element('ul', 'search-dropdown');
    list.id = id;
    list.hidden = true;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search suggestions');
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');
    let results = [], active = -1, latest = 0;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const select = (index) => {
      Array.from(list.children).forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
      active = index;
      if (index < 0) {
        input.removeAttribute('aria-activedescendant');
      } else {
        input.setAttribute('aria-activedescendant', id + '-' + index);
        if (list.children[index].scrollIntoView) list.children[index].scrollIntoView({ block: 'nearest' });
      }
    };
    const show = (found, wanted) => {
      results = found;
      while (list.firstChild) list.removeChild(list.firstChild);
      found.forEach((result, i) => {
        const option = element('li', 'search-option');
        option.id = id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        // The whole row is a link, so a click anywhere on it opens the entry.
        const link = element('a', 'search-link');
        link.href = result.href;
        link.tabIndex = -1;
        link.appendChild(marked('search-title', result.title, wanted));
        describe(link, result, wanted);
        option.appendChild(link);
        // Keep focus in the box while the click happens.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        list.appendChild(option);
      });
      if (found.length === 0) {
        const none = element('li', 'search-empty', 'No results');
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        list.appendChild(none);
      }
      active = -1;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.removeAttribute('aria-activedescendant');
    };
    input.addEventListener('input', () => {
      const mine = ++latest;
      if (words(input.value).length === 0) {
        results = [];
        return close();
      }
      const asked = input.value;
      query(asked, SUGGESTIONS).then(
        (found) => { if (mine === latest && document.activeElement === input) show(found, wantedBy(asked)); },
        () => { if (mine === latest) close(); });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (results.length === 0) return;
        event.preventDefault();
        if (list.hidden) {
          // Reopen what Escape closed; the value has not changed since.
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        select(active + step < -1 ? results.length - 1 : active + step >= results.length ? -1 : active + step);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = results[active].href;
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  };

  // The search page: full results for ?q= in #search-results.
  const renderPage = async (container) => {
    const q = new URLSearchParams(window.location.search).get('q') || '';
    document.querySelectorAll('form.search input[type=search]').forEach((input) => { if (!input.value) input.value = q; });
    while (container.firstChild) container.removeChild(container.firstChild);
    const status = element('p', 'search-status');
    status.setAttribute('role', 'status');
    container.appendChild(status);
    const prompt = 'Type a name or a word to search.';
    // While the page's own box is edited, the status says what Enter will do.
    let settled = prompt;
    document.querySelectorAll('form.search input[type=search]').forEach((input) => {
      if (!input.form || !input.form.classList || !input.form.classList.contains('search-page')) return;
      input.addEventListener('input', () => {
        const now = input.value;
        status.textContent = words(now).length === 0 ? prompt
          : now === q ? settled
          : 'Press Enter to see every result for \u201c' + now.trim() + '\u201d, or choose a suggestion.';
      });
    });
    if (words(q).length === 0) {
      status.textContent = prompt;
      return;
    }
    status.textContent = 'Searching\u2026';
    settled = status.textContent;
    try {
      const found = await query(q);
      status.textContent = found.total === 0 ? 'No results for \u201c' + q + '\u201d.'
        : (found.total > found.length ? 'First ' + found.length + ' of ' : '') +
          found.total + (found.total === 1 ? ' result' : ' results') + ' for \u201c' + q + '\u201d.';
      settled = status.textContent;
      const wanted = wantedBy(q);
      const list = element('ol', 'search-results');
      for (const result of found) {
        const item = element('li', 'search-result');
        const link = element('a', 'search-title');
        link.appendChild(marked(null, result.title, wanted));
        link.href = result.href;
        item.appendChild(link);
        describe(item, result, wanted);
        list.appendChild(item);
      }
      if (found.length) container.appendChild(list);
    } catch (error) {
      status.textContent = 'The search index could not be loaded.';
      settled = status.textContent;
    }
  };

  window.AlmanacSearch = {
    query,
    words,
    manifest: (data) => arrive('search/index.js', data),
    shard: (key, data) => arrive(shardFile(key), data),
    docs: (n, rows) => arrive(chunkFile(n), rows),
  };

  const start = () => {
    document.querySelectorAll('form.search').forEach(bind);
    const container = document.getElementById('search-results');
    if (container) renderPage(container);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
"""#
}
