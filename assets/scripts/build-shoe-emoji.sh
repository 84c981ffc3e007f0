#!/usr/bin/env bash
# Held-out inputs for the sneakers <-> boots CycleGAN that someone else drew: the running shoe / sneaker (A) and
# hiking boot / woman's boot (B) emoji of four openly licensed sets, rendered at 26 px on white, centred in 28x28,
# grey (the size and polarity of the Fashion-MNIST product photos the model learns from). Pinned npm packages
# (fetched with npm pack); needs node/npm, rsvg-convert (apt-get install librsvg2-bin) and ImageMagick.
# Usage: assets/scripts/build-shoe-emoji.sh [OUT]   (default: assets/cyclegan/heldout-emoji)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../cyclegan/heldout-emoji}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
sets="fluent-emoji-flat@1.2.6 noto@1.2.9 openmoji@1.2.29 twemoji@1.2.5"
npm pack $(for s in $sets; do echo "@iconify-json/$s"; done) >/dev/null
mkdir -p A B
for s in $sets; do
  name="${s%@*}"
  mkdir -p "x/$name" "svg/$name"
  tar xzf "iconify-json-$name-${s#*@}.tgz" -C "x/$name"
  node "$here/iconify2svg.js" "x/$name/package/icons.json" "svg/$name" '^(running-shoe|sneaker|hiking-boot|womans-boot)$' >/dev/null
  for f in "svg/$name"/*.svg; do
    icon="$(basename "$f" .svg)"
    case "$icon" in running-shoe|sneaker) domain=A ;; *) domain=B ;; esac
    rsvg-convert -w 26 -h 26 -a -b white "$f" \
      | convert - -background white -gravity center -extent 28x28 -colorspace Gray "$domain/$name-$icon.png"
  done
done
rm -rf "$out/A" "$out/B"
mkdir -p "$out"
mv A B "$out/"
cat > "$out/LICENSE.txt" <<'TXT'
Emoji of four openly licensed sets, rendered small and grey; each file's licence follows its name's prefix (full
texts in GAN Studio's assets/licenses/emoji-faces-*.txt):
  noto-                 Apache-2.0 (Google)
  twemoji-              CC BY 4.0 (Twitter)
  openmoji-             CC BY-SA 4.0 (OpenMoji); share-alike: these images and anything adapted from them keep it
  fluent-emoji-flat-    MIT (Microsoft)
Taken through the Iconify JSON packages @iconify-json/{noto@1.2.9,twemoji@1.2.5,openmoji@1.2.29,
fluent-emoji-flat@1.2.6} (npm). Rebuilt by assets/scripts/build-shoe-emoji.sh.
TXT
echo "Wrote $(ls "$out/A" | wc -l) sneakers and $(ls "$out/B" | wc -l) boots to $out"
