import AlmanacCore

/// Walks a plan over a stack of values, writing UTF-8 bytes.
struct Renderer {
    let plans: [RenderPlan]
    var stack: [TemplateValue]
    let fragments: FragmentCache?
    /// While a shared fragment renders: the stack depth it starts at, and
    /// whether a name inside it was looked up below that (in the page's own
    /// values), which makes it unfit to copy to other pages.
    var floor = Int.max
    var readBelowFloor = false

    init(plans: [RenderPlan], stack: [TemplateValue], fragments: FragmentCache?) {
        self.plans = plans
        self.stack = stack
        self.fragments = fragments
    }

    mutating func run(_ steps: [Step], _ out: inout [UInt8], depth: Int) {
        for step in steps {
            switch step {
            case .bytes(let bytes):
                out.append(contentsOf: bytes)
            case .escaped(let path):
                write(resolve(path), escaped: true, &out)
            case .raw(let path):
                write(resolve(path), escaped: false, &out)
            case .section(let path, let children, let id):
                let value = resolve(path)
                if case .shared(let key, let inner) = value {
                    guard let fragments else {
                        section(inner.unshared, children, &out, depth: depth)
                        continue
                    }
                    if let bytes = fragments.bytes(section: id, key: key) {
                        out.append(contentsOf: bytes)
                        continue
                    }
                    var made: [UInt8] = []
                    let (outerFloor, outerRead) = (floor, readBelowFloor)
                    (floor, readBelowFloor) = (stack.count, false)
                    section(inner.unshared, children, &made, depth: depth)
                    if !readBelowFloor { fragments.store(made, section: id, key: key) }
                    (floor, readBelowFloor) = (outerFloor, outerRead || readBelowFloor)
                    out.append(contentsOf: made)
                    continue
                }
                section(value, children, &out, depth: depth)
            case .inverted(let path, let children):
                if resolve(path).isFalsey { run(children, &out, depth: depth) }
            case .partial(let plan):
                guard let plan, depth < TemplateLibrary.maximumPartialDepth else { continue }
                run(plans[plan].steps, &out, depth: depth + 1)
            }
        }
    }

    mutating func section(_ value: TemplateValue, _ children: [Step], _ out: inout [UInt8], depth: Int) {
        switch value {
        case .list(let items):
            for item in items {
                stack.append(item)
                run(children, &out, depth: depth)
                stack.removeLast()
            }
        case .bool(let shown):
            if shown { run(children, &out, depth: depth) }
        case .absent:
            break
        default:
            stack.append(value)
            run(children, &out, depth: depth)
            stack.removeLast()
        }
    }

    /// The first key through the stack, innermost first; the rest inside it.
    mutating func resolve(_ path: LookupPath) -> TemplateValue {
        guard let first = path.first else {
            // `{{.}}` in a shared section that pushed nothing (a flag) reads the page.
            if floor != Int.max && stack.count - 1 < floor { readBelowFloor = true }
            return stack[stack.count - 1]
        }
        var i = stack.count - 1
        while i >= 0 {
            if case .object(let fields) = stack[i].unshared, let found = fields[first] {
                if floor != Int.max && i < floor { readBelowFloor = true }
                var value = found
                for key in path.rest {
                    guard case .object(let inner) = value.unshared, let next = inner[key] else { return .absent }
                    value = next
                }
                return value
            }
            i -= 1
        }
        if floor != Int.max { readBelowFloor = true }
        return .absent
    }

    func write(_ value: TemplateValue, escaped: Bool, _ out: inout [UInt8]) {
        switch value {
        case .text(let text):
            if escaped { HTML.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .utf8(let bytes):
            if escaped { HTML.appendEscaped(bytes, to: &out) } else { out.append(contentsOf: bytes) }
        case .int(let n):
            out.append(contentsOf: String(n).utf8)
        case .double(let d):
            let text = d == d.rounded(.towardZero) && abs(d) < 1e15 ? String(Int(d)) : String(d)
            out.append(contentsOf: text.utf8)
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .shared(_, let inner):
            write(inner, escaped: escaped, &out)
        case .absent, .list, .object:
            break
        }
    }
}
