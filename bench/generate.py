#!/usr/bin/env python3
"""Writes a deterministic Almanac wiki of N entries for benchmarks.

usage: generate.py N OUT_DIR [QUERIES]

Entries are spread over groups, people, events, places and sources (about
2.8 KB each): typed front-matter relations, 5-15 wiki links per entry (a few
to missing pages), GFM tables, strikethrough, task lists and footnotes. With QUERIES, that many entries
(spread evenly) also end with a ```query block suited to their type; the
rest of the wiki is the same as without.
"""
import os
import random
import sys

WORDS = ("raid border village region group legion corps army network cell railway office "
         "declaration centre signatory flag coalition intelligence operation report claim "
         "statement spokesperson insurgent partisan sabotage logistics infrastructure").split()
TYPES = [("group", "groups", 0.25), ("person", "people", 0.25), ("event", "events", 0.25),
         ("place", "places", 0.15), ("source", "sources", 0.10)]

CONFIG = """title: Benchmark Wiki
base_url: https://example.org/bench/
types:
  group:
    folder: groups
    plural: Groups
    fields:
      founded: date
      leader: { kind: link, to: person, inverse: Leader of }
      allies: { kind: links, to: group, inverse: Allied with }
      based_in: { kind: link, to: place, inverse: Groups based here }
  person:
    folder: people
    plural: People
    fields:
      born: date
      member_of: { kind: links, to: group, inverse: Members }
  event:
    folder: events
    plural: Events
    fields:
      date: { kind: date, required: true }
      location: { kind: links, to: place, inverse: Events here }
      participants: { kind: links, to: [group, person], inverse: Took part in }
  place:
    folder: places
    plural: Places
    fields:
      part_of: { kind: link, to: place, inverse: Places within }
  source:
    folder: sources
    plural: Sources
    fields:
      published: date
"""


# One query a type: relations to this page either way, a date range, a sort, a limit.
QUERIES = {
    "group": "from event\nwhere participants has this\nsort date desc\ncolumns title, date, location",
    "person": "where in this.member_of\ncolumns title, founded, leader, count(inverse(participants))",
    "event": "from event\nwhere related to this or (date >= 2001 and date < 2001-03)\nsort date\nlimit 10",
    "place": "from event\nwhere location has this\nsort date desc\nshow list",
    "source": "from group\nwhere founded >= 2010 and founded < 2011\nsort founded desc\nlimit 20\ncolumns title, founded, allies",
}


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    queries = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    every = max(1, n // queries) if queries else 0
    rng = random.Random(20240323)
    ids = {}
    plan = []
    for i in range(n):
        r, acc = rng.random(), 0.0
        for name, folder, share in TYPES:
            acc += share
            if r <= acc:
                break
        slug = f"{name}-{i:06d}"
        ids.setdefault(name, []).append(slug)
        plan.append((name, folder, slug, f"{name.title()} {i:06d} {rng.choice(WORDS).title()}"))
    titles = {slug: title for _, _, slug, title in plan}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "almanac.yml"), "w") as f:
        f.write(CONFIG)
    for k, (name, folder, slug, title) in enumerate(plan):
        pick = lambda t, k=1: [rng.choice(ids[t]) for _ in range(k)] if ids.get(t) else []
        date = f"{rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if rng.random() < 0.5 else "")
        fm = [f"title: {title}", f"summary: A {name} generated for benchmarks, entry {slug}."]
        if name == "group":
            fm += [f"founded: {date}", f"leader: {pick('person')[0]}" if ids.get('person') else "",
                   f"allies: [{', '.join(pick('group', 2))}]", f"based_in: {pick('place')[0]}" if ids.get('place') else ""]
        elif name == "person":
            fm += [f"born: {date[:4]}", f"member_of: [{', '.join(pick('group', 2))}]"]
        elif name == "event":
            fm += [f"date: {date}", f"location: [{', '.join(pick('place'))}]",
                   f"participants: [{', '.join(pick('group', 2) + pick('person', 1))}]"]
        elif name == "place" and ids.get("place"):
            fm += [f"part_of: {pick('place')[0]}"]
        else:
            fm += [f"published: {date}"]
        if ids.get("source"):
            fm += [f"sources: [{pick('source')[0]}]"]
        body = []
        targets = [rng.choice(plan)[2] for _ in range(rng.randint(5, 15))]
        for p in range(6):
            words = [rng.choice(WORDS) for _ in range(55)]
            if targets:
                t = targets.pop()
                words.insert(rng.randint(0, len(words)), f"[[{titles[t]}]]")
            if p % 3 == 0 and targets:
                t = targets.pop()
                words.insert(rng.randint(0, len(words)), f"[[{t}|the {rng.choice(WORDS)}]]")
            if p == 2:
                words.insert(5, f"[[Missing page {rng.randint(0, n // 10)}]]")
            words.insert(10, "~~struck~~")
            body.append(" ".join(words).capitalize() + f".[^{p % 2 + 1}]")
            if p == 1:
                body.append("## Details\n\n| Field | Value |\n|---|---|\n| key | " + " ".join(rng.choice(WORDS) for _ in range(4)) + " |\n| other | `code` |")
            if p == 3:
                body.append("- [x] checked item\n- [ ] open item with www.example.org")
        body.append("[^1]: A note citing the source.\n[^2]: Another note.")
        if every and k % every == 0 and k // every < queries:
            body.append("## Related\n\n```query\n" + QUERIES[name] + "\n```")
        path = os.path.join(out, "content", folder)
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, slug + ".md"), "w") as f:
            f.write("---\n" + "\n".join(line for line in fm if line) + "\n---\n" + "\n\n".join(body) + "\n")


if __name__ == "__main__":
    main()
