import Foundation
@testable import AlmanacSearch

/// Runs `search.js` under Node against a built index, with just enough of a
/// DOM (script loading, forms, attributes, events) to drive it as a browser
/// would: index files are loaded by `<script>` tags and nothing else.
enum NodeHarness {
    /// Where `node` is, or `nil` when it is not installed.
    static let node: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Writes the index of `documents` to a fresh folder and returns it.
    static func site(_ documents: [SearchDocument]) throws -> URL {
        try site(SearchPostings(documents))
    }

    /// Writes the index of `postings` (perhaps split finer than usual).
    static func site(_ postings: SearchPostings) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-search-\(UUID().uuidString)")
        for file in SearchIndex.files(postings) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        try Data(script.utf8).write(to: folder.appendingPathComponent("harness.js"))
        return folder
    }

    /// Runs one scenario (`words`, `queries`, `dropdown`, `page`) with a JSON
    /// argument and returns what the harness printed, decoded.
    static func run<Output: Decodable>(_ site: URL, _ scenario: String, _ argument: some Encodable, as: Output.Type) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node!)
        let json = String(decoding: try JSONEncoder().encode(argument), as: UTF8.self)
        process.arguments = [site.appendingPathComponent("harness.js").path, site.path, scenario, json]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw HarnessError(message: problems) }
        return try JSONDecoder().decode(Output.self, from: data)
    }

    struct HarnessError: Error, CustomStringConvertible {
        var message: String
        var description: String { "node failed: \(message)" }
    }

    static let script = #"""
'use strict';
const fs = require('fs'), path = require('path'), vm = require('vm');
const [site, scenario, json] = process.argv.slice(2);
const argument = JSON.parse(json);
const rootURL = 'file://' + site + '/';

class Element {
  constructor(tag) {
    Object.assign(this, { tagName: tag.toUpperCase(), children: [], attributes: {}, listeners: {}, parentNode: null,
      hidden: false, id: '', className: '', type: '', value: '', href: '', text: '' });
  }
  get firstChild() { return this.children[0] || null; }
  // Text and marks run together, as in a browser; other children are
  // joined with a space so that tests can tell the parts of a row apart.
  get textContent() {
    return this.text + this.children.map((c, i) => (i > 0 && !c.inline && !this.children[i - 1].inline ? ' ' : '') + c.textContent).join('');
  }
  get inline() { return this.tagName === '#TEXT' || this.tagName === 'MARK' || (this.tagName === 'SPAN' && this.className === ''); }
  set textContent(value) { this.children = []; this.text = String(value); }
  appendChild(child) {
    child.parentNode = this;
    this.children.push(child);
    if (child.tagName === 'SCRIPT') setTimeout(() => runScript(child), 1);
    return child;
  }
  removeChild(child) { this.children.splice(this.children.indexOf(child), 1); child.parentNode = null; return child; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  removeAttribute(name) { delete this.attributes[name]; }
  addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
  dispatch(type, fields) {
    const event = Object.assign({ type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } }, fields);
    (this.listeners[type] || []).forEach((listener) => listener(event));
    return event;
  }
  all(test, found = []) {
    this.children.forEach((child) => { if (test(child)) found.push(child); child.all(test, found); });
    return found;
  }
  querySelector(selector) { return this.querySelectorAll(selector)[0] || null; }
  querySelectorAll(selector) {
    if (selector === 'input[type=search]') return this.all((e) => e.tagName === 'INPUT' && e.type === 'search');
    if (selector === 'form.search') return this.all((e) => e.tagName === 'FORM' && e.className === 'search');
    if (selector === 'form.search input[type=search]') {
      return [].concat(...this.querySelectorAll('form.search').map((form) => form.querySelectorAll('input[type=search]')));
    }
    throw new Error('harness cannot select ' + selector);
  }
}

const body = new Element('body');
global.window = global;
global.location = { href: rootURL + 'index.html', search: argument.search || '' };
global.document = {
  readyState: 'complete', head: new Element('head'), body, activeElement: null,
  currentScript: { src: rootURL + 'search/search.js', getAttribute: () => null },
  createElement: (tag) => new Element(tag),
  createTextNode: (text) => Object.assign(new Element('#text'), { text: String(text) }),
  getElementById: (id) => body.all((e) => e.id === id)[0] || null,
  querySelectorAll: (selector) => body.querySelectorAll(selector),
};
const loaded = [];
function runScript(tag) {
  const file = tag.src.startsWith(rootURL) ? path.join(site, tag.src.slice(rootURL.length)) : '';
  if (!file || !fs.existsSync(file)) return tag.onerror();
  loaded.push(tag.src.slice(rootURL.length));
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
  tag.onload();
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const start = () => vm.runInThisContext(fs.readFileSync(path.join(site, 'search/search.js'), 'utf8'));
const box = () => {
  const form = body.appendChild(new Element('form'));
  form.className = 'search';
  const input = form.appendChild(new Element('input'));
  input.type = 'search';
  return { form, input };
};

const scenarios = {
  async words() {
    start();
    return argument.map((text) => AlmanacSearch.words(text));
  },
  async queries() {
    start();
    const out = {};
    for (const q of argument.queries) out[q] = (await AlmanacSearch.query(q, 1000)).map((r) => r.url);
    return out;
  },
  async loads() {
    start();
    const results = await AlmanacSearch.query(argument.query, argument.limit);
    return { loaded, top: results.map((r) => r.href) };
  },
  async dropdown() {
    const { form, input } = box();
    start();
    const list = form.children[1];
    const before = { role: input.getAttribute('role'), expanded: input.getAttribute('aria-expanded'),
      controls: input.getAttribute('aria-controls'), listId: list.id, listRole: list.getAttribute('role'), hidden: list.hidden };
    document.activeElement = input;
    input.value = argument.query;
    input.dispatch('input');
    await settle();
    const shown = { expanded: input.getAttribute('aria-expanded'), hidden: list.hidden,
      options: list.children.map((o) => ({ role: o.getAttribute('role'), id: o.id, text: o.textContent, href: o.children[0].href })) };
    const down = input.dispatch('keydown', { key: 'ArrowDown' });
    const afterDown = { prevented: down.defaultPrevented, active: input.getAttribute('aria-activedescendant'),
      selected: list.children.map((o) => o.getAttribute('aria-selected')) };
    input.dispatch('keydown', { key: 'ArrowDown' });
    input.dispatch('keydown', { key: 'ArrowUp' });
    const enter = input.dispatch('keydown', { key: 'Enter' });
    const afterEnter = { prevented: enter.defaultPrevented, location: location.href };
    const escape = input.dispatch('keydown', { key: 'Escape' });
    const afterEscape = { prevented: escape.defaultPrevented, hidden: list.hidden, expanded: input.getAttribute('aria-expanded'),
      active: input.getAttribute('aria-activedescendant') };
    const reopen = input.dispatch('keydown', { key: 'ArrowDown' });
    const afterReopen = { prevented: reopen.defaultPrevented, hidden: list.hidden, active: input.getAttribute('aria-activedescendant') };
    input.dispatch('keydown', { key: 'Escape' });
    input.value = 'zzzzqx';
    input.dispatch('input');
    await settle();
    const none = list.children.map((o) => ({ text: o.textContent, disabled: o.getAttribute('aria-disabled') }));
    return { before, shown, afterDown, afterEnter, afterEscape, afterReopen, none };
  },
  async page() {
    const { input } = box();
    const container = body.appendChild(new Element('div'));
    container.id = 'search-results';
    container.textContent = 'Search needs JavaScript.';
    start();
    await settle();
    const list = container.children[1];
    return { value: input.value, status: container.children[0].textContent, role: container.children[0].getAttribute('role'),
      results: list ? list.children.map((li) => ({ title: li.children[0].textContent, href: li.children[0].href,
        type: li.children[1].textContent, summary: li.children[2] ? li.children[2].textContent : '' })) : [] };
  },
};
scenarios[scenario]().then((out) => process.stdout.write(JSON.stringify(out)), (error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
"""#
}
