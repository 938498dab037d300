#!/bin/sh
# One PDF through the text extractors a data team meets, each into the file named for it:
#   sh scripts/plain-text/extract-text.sh IN.pdf PDFTOTEXT.txt LAYOUT.txt PDFJS.txt OCR.txt
# pdftotext, pdftotext -layout, a pdf.js dump (pdfjs-text.mjs), and tesseract -l vie on
# pdftoppm -r 300 page images (a form feed after each page, as pdftotext writes).
# Used by generate.sh (the golden fixtures) and scripts/heldout/render.sh; CI never runs it.
set -eu
pdf=$1
pdftotext -enc UTF-8 "$pdf" "$2"
pdftotext -enc UTF-8 -layout "$pdf" "$3"
node "$(dirname "$0")/pdfjs-text.mjs" "$pdf" >"$4"
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
pdftoppm -r 300 -png "$pdf" "$pages/page"
: >"$5"
for image in "$pages"/page-*.png; do
  tesseract "$image" - -l vie 2>/dev/null >>"$5"
  printf '\f' >>"$5"
done
