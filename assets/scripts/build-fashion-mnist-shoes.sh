#!/usr/bin/env bash
# Rebuilds assets/datasets/fashion-mnist-shoes from Debian's dataset-fashion-mnist with the studio's own
# importer. Run from the repository root on Debian/Ubuntu; needs apt-get download (no root needed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download dataset-fashion-mnist && dpkg-deb -x dataset-fashion-mnist_*_all.deb fm)
data="$work/fm/usr/share/datasets/fashion-mnist"
out="$root/assets/datasets/fashion-mnist-shoes"
find "$out" -name 'class*.png' -delete 2>/dev/null || true
"$root/studio" import-idx --images "$data/train-images-idx3-ubyte.gz" --labels "$data/train-labels-idx1-ubyte.gz" \
    --classes 5,7,9 --per-class 300 --invert --out "$out"
