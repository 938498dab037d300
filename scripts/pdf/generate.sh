#!/bin/sh
# PDF fixtures for the PDF reader (issue 25), made with the real tools; never run by CI or the tests,
# which read the committed outputs. Needs poppler-utils (pdftoppm), pandoc and chromium.
#
#   sh scripts/pdf/generate.sh
#
# 1. A scan: the pages of a LibreOffice PDF (tests/originals, scripts/converters/generate.mjs) made
#    images (pdftoppm), printed into a PDF of images only (chromium): no text layer, so the reader
#    must fail with `needs-ocr` naming its pages.
# 2. Page furniture: a report's pandoc source made HTML (pandoc) and printed by chromium with its
#    default header and footer: a date and the title at the top of every page, the file's address
#    and `1/4` at the bottom; the notes are endnotes (`<sup>` marks) and the tables HTML tables, the
#    appendix ruled with its cells centred vertically. A second PDF producer (Skia) beside LibreOffice.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/tests/originals/pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# 1. The scan: two pages at 60 dpi (small, and no text is read from them anyway).
pdftoppm -r 60 -png -f 1 -l 2 "$root/tests/originals/ubnd-lao-cai_bao-cao_2024-q1.pdf" "$work/page"
{
  echo '<!doctype html><html><head><style>@page{size:A4;margin:0}img{width:100%;display:block;page-break-after:always}</style></head><body>'
  for image in "$work"/page-*.png; do echo "<img src=\"$(basename "$image")\">"; done
  echo '</body></html>'
} >"$work/scan.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/scan-ubnd-lao-cai.pdf" "file://$work/scan.html"

# 2. Page furniture: chromium's own header and footer on every page.
name=ubnd-quang-tri_bao-cao_2024-q1
# The appendix table (the last) ruled as reports rule theirs: every cell bordered, cells centred
# vertically (a row's number stands mid-row beside a wrapped indicator).
printf '%s\n' '<style>table:last-of-type{border-collapse:collapse}' \
  'table:last-of-type th,table:last-of-type td{border:1px solid #000;vertical-align:middle}</style>' \
  >"$work/rules.html"
pandoc -f markdown -t html --standalone --metadata pagetitle="$name" -H "$work/rules.html" \
  -o "$work/$name.html" "$root/tests/originals/$name.md"
chromium --headless --no-sandbox --disable-gpu \
  --print-to-pdf="$out/chromium-$name.pdf" "file://$work/$name.html"

# 3. A note continued on the next page: a report whose third note is longer than the room left under
#    its page (tests/originals/pdf/ubnd-lao-cai_long-note.md: the Lào Cai source, note 3 lengthened),
#    through pandoc (Word) and LibreOffice as in scripts/converters/generate.mjs.
name=ubnd-lao-cai_long-note
pandoc -f markdown -o "$work/$name.docx" "$out/$name.md"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/$name.docx" >/dev/null
cp "$work/$name.pdf" "$out/libreoffice-$name.pdf"
