#!/usr/bin/env bash
# scripts/test-deps.sh — runs before `npm test`: make sure what the test suite needs is on the machine.
# (Extended as parts land: Chromium for browser tests, the viewer build, the Neo4j jars.)
set -euo pipefail
cd "$(dirname "$0")/.."
