#!/usr/bin/env bash
# Builds emoji faces and people heads at 64x64 for the DCGAN latent lab, in ten colour emoji styles, with
# attribute labels parsed from the Unicode (CLDR) names by face_index.js. Everything comes from pinned npm
# packages (fetched with npm pack): nine Iconify JSON emoji sets, rendered from SVG with rsvg-convert, and
# Fluent 3D, resized from 256 px WebP with ImageMagick; emoji-datasource gives the list of emoji and their
# subcategories. Needs node/npm, rsvg-convert (apt-get install librsvg2-bin) and ImageMagick (convert).
# The mono set fluent-emoji-high-contrast is left out: the model is colour.
#
#   assets/scripts/build-emoji-faces.sh            the curated subset in assets/datasets/emoji-faces-64
#   assets/scripts/build-emoji-faces.sh --full DIR every face of every set (5,699), the data of the
#                                                  shipped model
#
# Output: <set>__<icon>.png, 64x64 RGB on white, labels.tsv (file, set, codepoint, subcategory, attributes;
# attributes comma-separated) and LICENSE.txt (the licence of each set). The output folder is replaced.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scripts="$root/assets/scripts"
if [ "${1:-}" = "--full" ]; then
  out="${2:?usage: build-emoji-faces.sh [--full DIR]}"
  full=1
else
  out="$root/assets/datasets/emoji-faces-64"
  full=0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NPM_CONFIG_LOGLEVEL=error

# Iconify set (the name face_index.js knows it by) and version; Fluent 3D and emoji-datasource come apart.
sets="noto@1.2.9 noto-v1@1.2.5 twemoji@1.2.5 openmoji@1.2.29 fluent-emoji@1.2.7 fluent-emoji-flat@1.2.6
      emojione@1.2.3 emojione-v1@1.2.3 streamline-emojis@1.2.4"
mkdir -p "$work/x"
(
  cd "$work/x"
  npm pack emoji-datasource@16.0.0 @lobehub/fluent-emoji-3d@1.1.0 $(for s in $sets; do echo "@iconify-json/$s"; done) >/dev/null
  for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" && rm "$f"; done
)
node "$scripts/face_index.js" "$work/x/emoji-datasource-16.0.0/package/emoji.json" "$work/x" > "$work/faces.tsv"

# The subset, chosen per emoji (codepoint without its skin tone) so that an emoji is kept in every set that has
# it. r is the emoji's rank in its subcategory, in emoji.json's order. Kept: every face with glasses or
# sunglasses, every 2nd smiling face, every 6th other face; all people (man, woman, person with their hair and
# beard variants, baby, child, old man...) in the default yellow, and all but babies, children and old people
# also in the lightest and darkest skin tones; the no-tone form of every 8th role (cook, pilot...); every 6th
# cat, monkey or animal face.
if [ "$full" = 0 ]; then
  awk -F'\t' -v OFS='\t' '
    NR == 1 { print; next }
    {
      base = $3; gsub(/-1f3f[b-f]/, "", base)
      if (!(($4, base) in rank)) rank[$4, base] = count[$4]++
      r = rank[$4, base]
      tone = ($5 ~ /tone_/) ? $5 : ""; sub(/.*tone_/, "", tone)
      if ($4 ~ /^face-/) keep = $5 ~ /glasses/ || ($5 ~ /smiling/ && r % 2 == 0) || r % 6 == 0
      else if ($4 == "person") keep = tone == "" || (tone ~ /^1f3f[bf]$/ && $5 !~ /young|old/)
      else if ($4 == "person-role") keep = tone == "" && r % 8 == 0
      else keep = r % 6 == 0
      if (keep) print
    }' "$work/faces.tsv" > "$work/subset.tsv"
  mv "$work/subset.tsv" "$work/faces.tsv"
fi

# PNGs without time stamps, so that a rebuild gives the same bytes; PNG24 keeps them RGB (no alpha, no grey).
png=(-define png:exclude-chunks=date,time +set date:create +set date:modify -strip)
onwhite=(-background white -alpha remove -alpha off)
built="$work/all"
mkdir -p "$built"
printf 'file\tset\tcodepoint\tsubcategory\tattributes\n' > "$built/labels.tsv"
for s in $sets fluent-3d; do
  n=${s%@*}
  if [ "$n" != fluent-3d ]; then
    awk -F'\t' -v s="$n" '$1 == s {print $2}' "$work/faces.tsv" > "$work/names.txt"
    node "$scripts/iconify2svg.js" "$work/x/iconify-json-${n}-${s#*@}/package/icons.json" "$work/svg/$n" \
        "@$work/names.txt" --aliases
  fi
  awk -F'\t' -v s="$n" '$1 == s' "$work/faces.tsv" | while IFS=$'\t' read -r set icon codepoint sub attributes; do
    file="${set}__$(echo "${icon%.webp}" | sed 's/[^a-z0-9-]/_/g').png"
    case "$set" in
      fluent-3d)
        convert "$work/x/lobehub-fluent-emoji-3d-1.1.0/package/assets/$icon" "${onwhite[@]}" -resize 64x64 \
            -gravity center -extent 64x64 "${png[@]}" "PNG24:$built/$file" ;;
      openmoji)
        # OpenMoji draws a small glyph inside a padded 72 box: trim it and pad it again to the others' scale.
        [ -f "$work/svg/$set/$icon.svg" ] || continue
        rsvg-convert -w 256 -h 256 -a "$work/svg/$set/$icon.svg" \
          | convert - "${onwhite[@]}" -trim +repage -resize 56x56 -gravity center -extent 64x64 "${png[@]}" \
              "PNG24:$built/$file" ;;
      *)
        [ -f "$work/svg/$set/$icon.svg" ] || continue    # hidden icons are not written by iconify2svg.js
        rsvg-convert -w 64 -h 64 -a "$work/svg/$set/$icon.svg" \
          | convert - "${onwhite[@]}" -gravity center -extent 64x64 "${png[@]}" "PNG24:$built/$file" ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\n' "$file" "$set" "$codepoint" "$sub" "$attributes" >> "$built/labels.tsv"
  done
done

rm -rf "$out"
mkdir -p "$(dirname "$out")"
mv "$built" "$out"
cat > "$out/LICENSE.txt" <<'EOF'
Emoji from ten openly licensed sets; each file's licence follows its name's prefix (full texts in GAN Studio's
assets/licenses/emoji-faces-*.txt, sources and changes in assets/ATTRIBUTION.md):
  noto__, noto-v1__                                  Apache-2.0 (Google)
  twemoji__, emojione__, streamline-emojis__         CC BY 4.0
  openmoji__, emojione-v1__                          CC BY-SA 4.0; share-alike: these images and anything
                                                     adapted from them keep that licence
  fluent-emoji__, fluent-emoji-flat__, fluent-3d__   MIT (Microsoft)
EOF

echo "Wrote $(($(wc -l < "$out/labels.tsv") - 1)) faces to $out"
awk -F'\t' 'NR > 1 {n[$2]++} END {for (s in n) printf "  %-20s %5d\n", s, n[s]}' "$out/labels.tsv" | sort
echo "Attributes:"
awk -F'\t' 'NR > 1 {k = split($5, t, ","); for (i = 1; i <= k; i++) n[t[i]]++} END {for (a in n) printf "  %-20s %5d\n", a, n[a]}' \
    "$out/labels.tsv" | sort
