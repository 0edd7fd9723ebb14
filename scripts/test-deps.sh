#!/usr/bin/env bash
# scripts/test-deps.sh — runs before `npm test`: make sure what the test suite needs is on the machine.
# (Extended as parts land: Chromium for browser tests, the viewer build, the Neo4j jars.)
set -euo pipefail
cd "$(dirname "$0")/.."

# ─── Neo4j (integration tests run against a bundled local test instance unless POLICY_GRAPH_TEST_NEO4J_URI is set) ───
# Java 17+ runs Neo4j 5.26; Maven resolves its jars from Maven Central once (~150 MB into ~/.m2 the first time, 128 MB of jars copied to .neo4j/lib).
if [ -z "${POLICY_GRAPH_TEST_NEO4J_URI:-}" ] && [ "${POLICY_GRAPH_TEST_NO_DB:-}" != "1" ]; then
  need_apt=()
  command -v javac >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
  if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "test-deps: installing ${need_apt[*]} (needed to run the local Neo4j)…" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
      echo "test-deps: missing ${need_apt[*]} — install a JDK 17 and Maven (or set POLICY_GRAPH_TEST_NEO4J_URI to a Neo4j 5 the tests may wipe) before npm test." >&2
      exit 1
    fi
  fi
  # Resolve the jars (first time: download, with progress) and compile the launcher; a no-op when current.
  node bin/policy-graph.js db install
fi

# ─── Browser tests and bench:viewer: Debian's chromium and a CJK font (scripts/ensure-chromium.sh) ───
bash scripts/ensure-chromium.sh
