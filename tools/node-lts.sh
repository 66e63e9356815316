#!/bin/sh
# Runs Node with the project's supported LTS (the version in .node-version).
#
#   sh tools/node-lts.sh <script.js> [args...]   exec that Node with the arguments
#   sh tools/node-lts.sh --bin-dir               print the directory holding that `node`
#
# The `node` on PATH is used when its major version is the pinned one. Otherwise the pinned
# build is brought once from the npm registry (the official binaries, published as the
# `node-<os>-<arch>` packages) with the ordinary `npm pack`, which checks the registry's
# sha512 integrity, and kept in .cache/node/<version>. `exec` keeps signals (Ctrl-C, SIGTERM)
# and exit codes exactly as if Node had been started directly.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
version=$(tr -d ' \r\n' <"$root/.node-version")
major=${version%%.*}

have_major() {
  command -v node >/dev/null 2>&1 || return 1
  current=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  [ "${current%%.*}" = "$major" ]
}

platform() {
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "node-lts: no Node $version build for $(uname -s); install Node $major yourself" >&2; exit 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "node-lts: no Node $version build for $(uname -m); install Node $major yourself" >&2; exit 1 ;;
  esac
  echo "$os-$arch"
}

# Prints the directory of the pinned node, fetching it first when it is not cached.
cached_bin_dir() {
  target="$root/.cache/node/$version-$(platform)"
  if [ ! -x "$target/bin/node" ]; then
    pkg="node-$(platform)@$version"
    tmp="$target.tmp.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    echo "node-lts: fetching Node $version ($pkg) from the npm registry into $target" >&2
    if ! (cd "$tmp" && npm pack "$pkg" --silent >/dev/null); then
      rm -rf "$tmp"
      echo "node-lts: \`npm pack $pkg\` failed; check that the npm registry is reachable, or install Node $major" >&2
      exit 1
    fi
    tar -xzf "$tmp"/*.tgz -C "$tmp" package/bin/node package/LICENSE
    mkdir -p "$tmp/out/bin"
    mv "$tmp/package/bin/node" "$tmp/out/bin/node"
    mv "$tmp/package/LICENSE" "$tmp/out/LICENSE"
    "$tmp/out/bin/node" -e 'process.exit(0)'
    # Two launchers racing: whoever finishes first installs it; the other keeps what it finds.
    if [ ! -x "$target/bin/node" ]; then
      rm -rf "$target"
      mv "$tmp/out" "$target"
    fi
    rm -rf "$tmp"
  fi
  echo "$target/bin"
}

if have_major; then
  bin_dir=$(dirname -- "$(command -v node)")
else
  bin_dir=$(cached_bin_dir)
fi

if [ "${1:-}" = "--bin-dir" ]; then
  echo "$bin_dir"
  exit 0
fi
# Children that start `node` by name, and npm's own scripts, find the same Node first.
PATH="$bin_dir:$PATH"
export PATH
exec "$bin_dir/node" "$@"
