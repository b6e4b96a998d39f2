#!/usr/bin/env bash
# Installs what building Almanac needs and the machine lacks: the cmark-gfm
# C library (Debian: libcmark-gfm-dev + libcmark-gfm-extensions-dev; macOS:
# Homebrew's cmark-gfm) and pkg-config. Idempotent; quiet when all is there.
set -euo pipefail

if pkg-config --exists libcmark-gfm 2>/dev/null; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing libcmark-gfm-dev and libcmark-gfm-extensions-dev (apt-get)…" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null
elif command -v brew >/dev/null 2>&1; then
  echo "Installing cmark-gfm (Homebrew)…" >&2
  brew install pkg-config cmark-gfm
else
  echo "error: cannot find pkg-config's libcmark-gfm and know no package manager here;" >&2
  echo "       install cmark-gfm with its extensions and pkg-config, then run make again." >&2
  exit 1
fi

pkg-config --exists libcmark-gfm || { echo "error: libcmark-gfm still not found by pkg-config" >&2; exit 1; }
