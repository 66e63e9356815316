#!/usr/bin/env bash
# Makes sure Debian's `chromium` is installed at /usr/bin/chromium, which the browser tests drive
# with playwright-core. Idempotent and silent when it is already there; otherwise installs it
# with apt-get (as root, or through sudo), refreshing the package lists only when they lack it.
# Browser tests are never skipped, so a machine that cannot install it fails here, saying why.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
[[ -x "$CHROMIUM" ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM is missing and this user cannot run apt-get (not root, no sudo)." >&2
  echo "ensure-chromium: install it once with: apt-get install chromium" >&2
  exit 1
fi

apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q)
echo "ensure-chromium: installing Debian's chromium with apt-get (browser tests need it)" >&2
if ! apt-cache show chromium >/dev/null 2>&1; then
  "${apt[@]}" update >/dev/null
fi
"${apt[@]}" install --no-install-recommends chromium fonts-liberation >/dev/null
[[ -x "$CHROMIUM" ]] || { echo "ensure-chromium: apt-get finished but $CHROMIUM is missing" >&2; exit 1; }
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo installed)" >&2
