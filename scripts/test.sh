#!/usr/bin/env bash
# The test command (`npm test`): installs the system packages the tests need when they are missing, then runs
# the type check, the linter and every test (node:test + tsx). Works on a fresh Debian 12 machine as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# Debian packages the tests use, as "command:package": Chromium for the browser tests (test/browser.test.ts), and any
# more named in DYAD_TEST_APT.
for pair in chromium:chromium ${DYAD_TEST_APT:-}; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_apt+=("${pair#*:}")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} (needed by the tests)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}"; fi
fi

npx tsc -p tsconfig.json --noEmit
npx tsc -p web/tsconfig.json
npx biome check .
# The browser tests run the compiled CLI and the built UI: build both from the current sources.
npm run -s build
# Node 20 has no test globs and skips .ts in discovery: list the files.
mapfile -t files < <(find src test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
exec node --import tsx --test --test-reporter=spec "${files[@]}"
