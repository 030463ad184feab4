#!/usr/bin/env bash
# Sourced by eng/test.sh: Debian's Chromium for the dashboard test (tests/TrustHubGen.Durable.Tests/DashboardTests.cs).
# `chromium_ensure` finds /usr/bin/chromium or, as root with apt-get, installs Debian's chromium package (without
# recommended packages: headless needs none of them), and exports TRUSTHUBGEN_CHROMIUM. Where it cannot, it says so
# and the test fails naming the fix (never a skip).

chromium_ensure() {
  local binary=/usr/bin/chromium start
  if [ ! -x "$binary" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "chromium: not installed; installing Debian's chromium package (headless, for the dashboard test)" >&2
    start=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine has no package lists yet: update only when the install cannot find the package.
    apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; } \
      || echo "chromium: apt-get install chromium failed" >&2
    echo "chromium: installed in $((SECONDS - start)) s" >&2
  fi
  if [ -x "$binary" ]; then
    export TRUSTHUBGEN_CHROMIUM="$binary"
  else
    echo "chromium: $binary is missing (run as root, or: sudo apt-get install -y chromium); the dashboard test will fail" >&2
  fi
}
