#!/usr/bin/env bash
# Builds edges -> shoe pairs (64 px, grey, Canny edges from the studio's own extractor) from Debian's
# dataset-fashion-mnist, with the studio's own commands. Run from anywhere on Debian/Ubuntu; needs
# apt-get download (no root needed).
#
#   assets/scripts/build-edges2shoes.sh            the small sample in assets/datasets/edges2shoes-64
#                                                  (300 train-split shoes, a fifth of them held out)
#   assets/scripts/build-edges2shoes.sh --full DIR the data of the shipped model: DIR/train holds the 18,000
#                                                  train-split shoes, DIR/val the 3,000 of the test split
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
studio="$root/studio"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download dataset-fashion-mnist && dpkg-deb -x dataset-fashion-mnist_*_all.deb fm)
data="$work/fm/usr/share/datasets/fashion-mnist"
pairs=(--size 64 --input edges --edges canny)

if [ "${1:-}" = "--full" ]; then
  out="${2:?usage: build-edges2shoes.sh --full DIR}"
  "$studio" import-idx --images "$data/train-images-idx3-ubyte.gz" --labels "$data/train-labels-idx1-ubyte.gz" \
      --classes 5,7,9 --invert --out "$work/train-photos"
  "$studio" import-idx --images "$data/t10k-images-idx3-ubyte.gz" --labels "$data/t10k-labels-idx1-ubyte.gz" \
      --classes 5,7,9 --invert --out "$work/test-photos"
  "$studio" build-pairs --photos "$work/train-photos" --out "$out" "${pairs[@]}" --val 0
  # The test split becomes val/: build it apart, then move its pairs in.
  "$studio" build-pairs --photos "$work/test-photos" --out "$work/test-pairs" "${pairs[@]}" --val 0
  rm -rf "$out/val"
  mv "$work/test-pairs/train" "$out/val"
else
  out="$root/assets/datasets/edges2shoes-64"
  rm -rf "$out"
  "$studio" import-idx --images "$data/train-images-idx3-ubyte.gz" --labels "$data/train-labels-idx1-ubyte.gz" \
      --classes 5,7,9 --per-class 100 --invert --out "$work/photos"
  "$studio" build-pairs --photos "$work/photos" --out "$out" "${pairs[@]}" --val 0.2
fi
