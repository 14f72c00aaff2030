#!/usr/bin/env python3
"""Writes a ×N version of a report folder for `make bench`: the same books and inputs, and
its texts N times over, each repetition textually distinct (every paragraph's sentences
rotated, as the Typst peer's gen.py does, headings numbered by repetition), so that no cache
can reuse an earlier repetition's paragraphs.
usage: x10.py SOURCE_FOLDER TARGET_FOLDER [N=10]"""
import os
import shutil
import sys


def vary(paragraph, k):
    """The k-th repetition of a paragraph: its sentences rotated by k (a marker when one)."""
    if k == 0:
        return paragraph
    sentences = paragraph.replace(". ", ".\n").split("\n")
    rotation = k % len(sentences)
    text = " ".join(sentences[rotation:] + sentences[:rotation])
    return text if rotation else text + f" ({k + 1})"


def repeat(lines, k):
    out = []
    for line in lines:
        if k and line.startswith("<!--"):
            continue  # a file's opening comment, once
        if line.startswith("#"):
            out.append(f"{line} (del {k + 1})" if k else line)
        elif line.strip() and not line.lstrip().startswith(("|", "-", "*", ">", "{{")) and not line[:1].isdigit():
            out.append(vary(line, k))
        else:
            out.append(line)
    return out


def main():
    source, target = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(source, target)
    texts = os.path.join(target, "texter")
    names = sorted(n for n in os.listdir(texts) if n.endswith(".md"))
    originals = {n: open(os.path.join(texts, n), encoding="utf-8").read().split("\n") for n in names}
    for name in names:
        lines = []
        for k in range(count):
            lines += repeat(originals[name], k) + [""]
        open(os.path.join(texts, name), "w", encoding="utf-8").write("\n".join(lines))


main()
