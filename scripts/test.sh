#!/usr/bin/env bash
# `npm test` — the whole suite, in order: chromium and java check, typecheck, lint, unit tests, production build, e2e.
# Stops at the first failing stage and exits non-zero.
set -euo pipefail

cd "$(dirname "$0")/.."
export SHOPIFY_CLI_NO_ANALYTICS=1

started=$SECONDS
stage() {
  printf '\n==================== [%s] %s (t+%ss) ====================\n' "$1" "$2" "$((SECONDS - started))"
}

stage 1/6 "Chromium and Java"
bash scripts/ensure-chromium.sh

stage 2/6 "Typecheck (npm run typecheck)"
if [[ ! -f storefrontapi.generated.d.ts ]]; then
  echo "storefrontapi.generated.d.ts is missing; generating it first (npm run codegen)"
  npm run --silent codegen
fi
npm run --silent typecheck

stage 3/6 "Lint (npm run lint)"
npm run --silent lint

stage 4/6 "Unit tests (vitest run)"
npx vitest run

stage 5/6 "Production build (npm run build)"
# Built with a known sentinel in every secret's variable, so tests/e2e/secrets.spec.ts can prove that
# none of them ends up in dist/client (the browser tests then run the stack with the same sentinels).
sentinels=$(node -e '
  const s = require("./tests/e2e/fixtures/secret-sentinels.json");
  const vars = {...s, PRIVATE_STOREFRONT_API_TOKEN: s.EMULATOR_PRIVATE_TOKEN, SHOPIFY_ADMIN_CLIENT_SECRET: s.EMULATOR_ADMIN_CLIENT_SECRET};
  console.log(Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(" "));
')
# shellcheck disable=SC2086 # one word per KEY=value
env $sentinels npm run --silent build

stage 6/6 "Browser tests (playwright test)"
npx playwright test

printf '\n==================== all stages passed in %ss ====================\n' "$((SECONDS - started))"
