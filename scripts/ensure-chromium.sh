#!/usr/bin/env bash
# scripts/ensure-chromium.sh — install Debian's chromium (browser tests, bench:viewer) and a CJK font when missing.
# Without fonts-noto-cjk, Chinese labels render as boxes in headless Chromium; the screenshot and tests need real glyphs.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# fc-list names the Noto CJK families once fonts-noto-cjk is installed. (Read all of fc-list's output first:
# `grep -q` would close the pipe early and, under pipefail, the SIGPIPE'd fc-list would read as "missing".)
fonts="$(fc-list : family 2>/dev/null || true)"
case "$fonts" in *"Noto Sans CJK"*) ;; *) need+=(fonts-noto-cjk) ;; esac

if [ ${#need[@]} -eq 0 ]; then exit 0; fi

echo "ensure-chromium: installing ${need[*]} with apt-get (needed by the browser tests and bench:viewer)" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: not root and no sudo — run: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
[ -x /usr/bin/chromium ] || { echo "ensure-chromium: /usr/bin/chromium still missing after apt-get install chromium" >&2; exit 1; }
