#!/usr/bin/env bash
# Restores what the build and tests need beyond NuGet: Twilio's official spec (pinned, checksum-verified)
# and the Node tools in eng/node (the real twilio client and Prism). Safe to run again: it skips what is in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "eng/restore-tools: Node.js and npm are required (they fetch Twilio's official spec and the test tools). Install Node.js 20+ and run again." >&2
  exit 1
fi

node "$root/specs/restore.mjs"

stamp="$root/eng/node/node_modules/.package-lock.sha256"
want="$(node -e "const c=require('crypto');process.stdout.write(c.createHash('sha256').update(require('fs').readFileSync(process.argv[1])).digest('hex'))" "$root/eng/node/package-lock.json")"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "eng/restore-tools: installing Node tools (eng/node: twilio, @stoplight/prism-cli)"
  (cd "$root/eng/node" && npm ci --no-audit --no-fund --loglevel=error)
  printf '%s' "$want" > "$stamp"
fi
