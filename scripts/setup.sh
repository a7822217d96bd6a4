#!/usr/bin/env bash
# Sets up a fresh clone: pnpm at the version pinned in package.json, then the workspace's dependencies.
# With --browser (the test set-up CI runs), also Debian's Chromium, which the browser tests launch, and
# redis-server, which the shared-store tests start (apt-get: needs root or sudo).
# Safe to run again: each step is skipped when already done.
set -euo pipefail

usage() {
  echo "Usage: bash scripts/setup.sh [--browser]"
  echo "  --browser  also install Debian's Chromium and redis-server for the tests (apt-get, as root or with sudo)"
}

browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) browser=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "setup: unknown option '$arg'" >&2
      usage >&2
      exit 2
      ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
fail() {
  printf 'setup: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "'$*' needs root: run this script as root or install sudo."
  fi
}

# Node
command -v node >/dev/null 2>&1 || fail "Node.js 20.19 or later is needed first."
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' ||
  fail "Node.js 20.19 or later is needed; this is $(node --version)."

# Debian packages the tests need, first, so that a sudo password prompt comes at the start rather than after
# the installs: Chromium (browser tests) and redis-server (the tests start their own, on a free port).
if [ "$browser" = true ]; then
  missing=()
  if command -v chromium >/dev/null 2>&1; then
    step "Chromium already installed: $(command -v chromium)"
  else
    missing+=(chromium)
  fi
  if command -v redis-server >/dev/null 2>&1; then
    step "redis-server already installed: $(command -v redis-server)"
  else
    missing+=(redis-server)
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    command -v apt-get >/dev/null 2>&1 ||
      fail "--browser installs ${missing[*]} with apt-get, which this machine does not have."
    step "Installing ${missing[*]} (apt-get install; takes a minute)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    command -v chromium >/dev/null 2>&1 || fail "Chromium was installed but 'chromium' is not on PATH."
    command -v redis-server >/dev/null 2>&1 || fail "redis-server was installed but is not on PATH."
    # The package starts a system-wide Redis on port 6379; the tests start their own and need none.
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet redis-server 2>/dev/null; then
      as_root systemctl disable --now redis-server >/dev/null 2>&1 || true
    fi
  fi
fi

# pnpm, at the version of package.json's "packageManager" ("pnpm@12.4.2", maybe followed by "+sha512...").
wanted=$(node -p 'require("./package.json").packageManager.replace(/^pnpm@/, "").replace(/\+.*$/, "")')
# Asked from outside the repository, so that a pnpm of another version reports itself rather than the pin.
current=$(cd / && pnpm --version 2>/dev/null || true)
if [ "$current" = "$wanted" ]; then
  step "pnpm $wanted already installed"
else
  step "Installing pnpm $wanted (npm install -g pnpm@$wanted)${current:+, replacing $current}"
  if [ -w "$(npm root -g)" ]; then
    npm install -g "pnpm@$wanted"
  else
    as_root npm install -g "pnpm@$wanted"
  fi
  hash -r
  npm_bin="$(npm prefix -g)/bin"
  if [ "$(cd / && pnpm --version 2>/dev/null || true)" != "$wanted" ]; then
    # Another pnpm comes first on PATH, or npm's global folder is not on it: use the one just installed.
    export PATH="$npm_bin:$PATH"
    echo "Note: add $npm_bin to the front of your PATH to use this pnpm outside this script."
  fi
fi

step "Installing dependencies (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile

step "Ready. Start everything with: pnpm dev    Run every check and test with: pnpm test"
