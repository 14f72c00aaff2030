#!/bin/bash
# Renders every example (and the ×10 folder when given) with two finsam-report binaries and
# compares the PDFs byte for byte: an optimisation must leave them identical.
# usage: bench/compare-pdfs.sh BEFORE_BINARY AFTER_BINARY [EXTRA_FOLDER...]
set -u
before=$1 after=$2; shift 2
work=$(mktemp -d)
status=0
for folder in examples/*/ "$@"; do
  [ -f "$folder/rapport.yaml" ] || continue
  name=$(basename "$folder")
  "$before" render "$folder" -o "$work/before/$name" >/dev/null || { echo "FEL: $before $folder"; status=1; continue; }
  "$after" render "$folder" -o "$work/after/$name" >/dev/null || { echo "FEL: $after $folder"; status=1; continue; }
  while IFS= read -r pdf; do
    if cmp -s "$work/before/$name/$pdf" "$work/after/$name/$pdf"; then echo "identisk: $name/$pdf"
    else echo "SKILJER: $name/$pdf"; status=1; fi
  done < <(cd "$work/before/$name" && find . -name '*.pdf' | sort)
done
rm -rf "$work"
exit $status
