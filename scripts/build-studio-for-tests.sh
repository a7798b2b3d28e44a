#!/usr/bin/env bash
# Builds the Studio for the Studio smoke test (playwright.studio.config.ts): the same Studio as
# `npm run studio:build`, with its API host pointing at the local double of Sanity's API.
#
#   scripts/build-studio-for-tests.sh API_HOST OUT_DIR [PROJECT_ID] [DATASET]
#   e.g. scripts/build-studio-for-tests.sh https://localhost:4397 test-results/studio-build
set -euo pipefail

api_host=${1:?usage: $0 API_HOST OUT_DIR [PROJECT_ID] [DATASET]}
out_dir=${2:?usage: $0 API_HOST OUT_DIR [PROJECT_ID] [DATASET]}
case $out_dir in /*) ;; *) out_dir="$PWD/$out_dir" ;; esac
cd "$(dirname "$0")/../studio"

# The project and dataset are pinned so that a SANITY_STUDIO_* setting for a real project in the
# caller's environment cannot send the test Studio elsewhere. No server answers the map tiles'
# host: the tests serve the tiles themselves, so they never reach the network.
DO_NOT_TRACK=1 \
  SANITY_STUDIO_MAP_TILE_URL="https://tiles.ocop.test/{z}/{x}/{y}.png" \
  SANITY_STUDIO_MAP_ATTRIBUTION="© OpenStreetMap" \
  SANITY_STUDIO_API_HOST="$api_host" \
  SANITY_STUDIO_PREVIEW_URL="https://xem-truoc.ocop.example.vn" \
  SANITY_STUDIO_PROJECT_ID="${3:-ocophanoi}" \
  SANITY_STUDIO_DATASET="${4:-production}" \
  npx sanity build --yes "$out_dir"
