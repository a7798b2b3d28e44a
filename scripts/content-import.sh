#!/usr/bin/env bash
# Imports the bundled sample dataset (content/) into a dataset of a real Sanity project, with its
# images and files, as `sanity dataset import` of an export does.
#
#   SANITY_STUDIO_PROJECT_ID=yourprojectid npm run content:import -- DATASET [--replace | --missing]
#
# Needs `npx sanity login` first, or SANITY_AUTH_TOKEN set to a token with write access.
set -euo pipefail
dataset=${1:?usage: npm run content:import -- DATASET [--replace | --missing]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same tarball layout that scripts/sample-dataset/verify-import.ts proves @sanity/import accepts.
tar -czf "$work/ocop-sample.tar.gz" -C "$root/content" .
cd "$root/studio"
npx sanity dataset import "$work/ocop-sample.tar.gz" "$dataset" "$@"
