#!/usr/bin/env bash
# Rebuilds the held-out drawings of shoes in assets/drawings/shoes/ (one folder per source) from the npm
# registry: pinned packages, fetched with npm pack, SVGs rendered with rsvg-convert and ImageMagick.
# None of these sources was used to train any shipped model. Needs node/npm, rsvg-convert
# (apt-get install librsvg2-bin) and ImageMagick (convert). Writes only the PNGs; each folder's LICENSE
# and assets/drawings/shoes/README.md are kept in git.
#
#   assets/scripts/build-drawings.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/assets/drawings/shoes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NPM_CONFIG_LOGLEVEL=error

# folder  package  icon (Iconify name, or OpenMoji hex code)  file name  variant
# variant: plain = dark lines on white, 256 px; 512 = the same at 512 px; transparent = dark lines on a
# transparent background, 256 px; negative = light lines on black, 256 px.
drawings="
openmoji-cc-by-sa   openmoji@17.0.0                     1F45E               mans-shoe              plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F45F               running-shoe           plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F45F               running-shoe-512       512
openmoji-cc-by-sa   openmoji@17.0.0                     1F460               high-heeled-shoe       plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F461               womans-sandal          plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F462               womans-boot            plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F97E               hiking-boot            plain
openmoji-cc-by-sa   openmoji@17.0.0                     1F97F               flat-shoe              plain
openmoji-cc-by-sa   openmoji@17.0.0                     1FA70               ballet-shoes           plain
phosphor            @iconify-json/ph@1.2.2              sneaker-thin        sneaker-thin           plain
phosphor            @iconify-json/ph@1.2.2              sneaker-thin        sneaker-thin-512       512
phosphor            @iconify-json/ph@1.2.2              sneaker-light       sneaker-light          plain
phosphor            @iconify-json/ph@1.2.2              sneaker             sneaker                plain
phosphor            @iconify-json/ph@1.2.2              sneaker-move-thin   sneaker-move-thin      plain
phosphor            @iconify-json/ph@1.2.2              boot-thin           boot-thin              plain
phosphor            @iconify-json/ph@1.2.2              boot-light          boot-light             plain
phosphor            @iconify-json/ph@1.2.2              boot-light          boot-light-transparent transparent
phosphor            @iconify-json/ph@1.2.2              high-heel-thin      high-heel-thin         plain
phosphor            @iconify-json/ph@1.2.2              high-heel-light     high-heel-light        plain
hugeicons           @iconify-json/hugeicons@1.2.35      high-heels-02       high-heels-02          plain
hugeicons           @iconify-json/hugeicons@1.2.35      running-shoes       running-shoes          plain
hugeicons           @iconify-json/hugeicons@1.2.35      shoes               shoes                  plain
hugeicons           @iconify-json/hugeicons@1.2.35      sneaker             sneaker                plain
hugeicons           @iconify-json/hugeicons@1.2.35      sneaker             sneaker-negative       negative
hugeicons           @iconify-json/hugeicons@1.2.35      sport-shoe          sport-shoe             plain
icon-park           @iconify-json/icon-park-outline@1.2.4 boots             boots                  plain
icon-park           @iconify-json/icon-park-outline@1.2.4 high-heeled-shoes high-heeled-shoes      plain
icon-park           @iconify-json/icon-park-outline@1.2.4 slippers          slippers               plain
icon-park           @iconify-json/icon-park-outline@1.2.4 spikedshoes       spikedshoes            plain
tabler              @iconify-json/tabler@1.2.41         shoe                shoe                   plain
emojione-monotone   @iconify-json/emojione-monotone@1.2.1 mans-shoe         mans-shoe              plain
emojione-monotone   @iconify-json/emojione-monotone@1.2.1 running-shoe      running-shoe           plain
emojione-monotone   @iconify-json/emojione-monotone@1.2.1 high-heeled-shoe  high-heeled-shoe       plain
emojione-monotone   @iconify-json/emojione-monotone@1.2.1 womans-boot       womans-boot            plain
emojione-monotone   @iconify-json/emojione-monotone@1.2.1 womans-sandal     womans-sandal          plain
game-icons-filled   @iconify-json/game-icons@1.2.4      converse-shoe       converse-shoe          plain
game-icons-filled   @iconify-json/game-icons@1.2.4      high-heel           high-heel              plain
game-icons-filled   @iconify-json/game-icons@1.2.4      cowboy-boot         cowboy-boot            plain
game-icons-filled   @iconify-json/game-icons@1.2.4      chelsea-boot        chelsea-boot           plain
"

# Fetch each package once.
for package in $(echo "$drawings" | awk 'NF {print $2}' | sort -u); do
  dir="$work/$(echo "$package" | tr '/@' '__')"
  mkdir -p "$dir"
  (cd "$work" && tgz=$(npm pack "$package" | tail -1) && tar xzf "$tgz" -C "$dir")
done

# PNGs without time stamps, so that a rebuild gives the same bytes.
png=(-define png:exclude-chunks=date,time +set date:create +set date:modify -strip)
echo "$drawings" | while read -r folder package icon name variant; do
  [ -n "$folder" ] || continue
  pkg="$work/$(echo "$package" | tr '/@' '__')/package"
  svg="$work/svg/$folder/$icon.svg"
  if [ -f "$pkg/icons.json" ]; then
    node "$root/assets/scripts/iconify2svg.js" "$pkg/icons.json" "$work/svg/$folder" "^$icon\$" 2>/dev/null
  else
    mkdir -p "$work/svg/$folder" && cp "$pkg/black/svg/$icon.svg" "$svg"
  fi
  size=256; [ "$variant" = 512 ] && size=512
  fit=$((size * 27 / 32))       # the drawing's longer side; the rest is margin
  mkdir -p "$out/$folder"
  target="$out/$folder/$name.png"
  rsvg-convert -w 1024 -h 1024 -a "$svg" -o "$work/big.png"
  case "$variant" in
    transparent)
      convert "$work/big.png" -trim +repage -resize "${fit}x${fit}" -background none -gravity center \
          -extent "${size}x${size}" "${png[@]}" "PNG32:$target" ;;
    negative)
      convert "$work/big.png" -background white -alpha remove -alpha off -trim +repage -resize "${fit}x${fit}" \
          -gravity center -extent "${size}x${size}" -negate -colorspace Gray "${png[@]}" "$target" ;;
    *)
      convert "$work/big.png" -background white -alpha remove -alpha off -trim +repage -resize "${fit}x${fit}" \
          -gravity center -extent "${size}x${size}" -colorspace Gray "${png[@]}" "$target" ;;
  esac
done
cp "$work/openmoji_17.0.0/package/LICENSE.txt" "$out/openmoji-cc-by-sa/CC-BY-SA-4.0.txt"
echo "Wrote $(find "$out" -name '*.png' | wc -l) drawings to $out"
