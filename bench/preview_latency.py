#!/usr/bin/env python3
"""The preview's latency from a saved file to the changed page served, as a browser sees it.

Starts `finsam-report forhandsgranska` on a copy of FOLDER, waits for the first state, then
saves a one-word edit of a text file ROUNDS times (a word swapped back and forth). After each
save it polls /version every 5 ms, as the page does (every 250 ms there), fetches /tillstand,
and then fetches /sida/N for every page whose token changed, as the page's script does.
Prints, per save and as medians: until the new version is published, and until the last
changed page is served; and how many pages changed.

usage: preview_latency.py BINARY FOLDER [ROUNDS]
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def get(url):
    with urllib.request.urlopen(url) as response:
        return response.read()


def first_word(path):
    """The first word of four letters or more inside a line that is not a heading."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            words = line.split(" ")[1:-1]
            for word in words:
                if len(word) >= 4 and word.isalpha():
                    return word
    raise SystemExit(f"no word to edit in {path}")


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 9
    work = tempfile.mkdtemp(prefix="finsam-preview-latency-")
    copy = os.path.join(work, os.path.basename(os.path.normpath(folder)))
    shutil.copytree(folder, copy)
    texts = os.path.join(copy, "texter")
    text_file = os.path.join(texts, sorted(name for name in os.listdir(texts) if name.endswith(".md"))[1])
    original = open(text_file, encoding="utf-8").read()
    word = first_word(text_file)
    server = subprocess.Popen([binary, "forhandsgranska", copy, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        address = re.search(r"http://127\.0\.0\.1:[0-9]+/", line).group(0)
        state = json.loads(get(address + "tillstand"))
        for page in state["pages"]:
            get(f"{address}sida/{page['number']}?t={page['token']}")
        published, served, changed_pages = [], [], []
        for index in range(rounds):
            edited = original.replace(f" {word} ", " Ändrat ", 1) if index % 2 == 0 else original
            version = state["version"]
            time.sleep(0.5)
            start = time.monotonic()
            with open(text_file, "w", encoding="utf-8") as handle:
                handle.write(edited)
            while int(get(address + "version")) == version:
                time.sleep(0.005)
            published.append(time.monotonic() - start)
            tokens = {page["number"]: page["token"] for page in state["pages"]}
            state = json.loads(get(address + "tillstand"))
            changed = [page for page in state["pages"] if tokens.get(page["number"]) != page["token"]]
            for page in changed:
                get(f"{address}sida/{page['number']}?t={page['token']}")
            served.append(time.monotonic() - start)
            changed_pages.append(len(changed))
            print(f"sparning {index + 1}: ny version efter {published[-1] * 1000:.0f} ms, "
                  f"{len(changed)} ändrade sidor hämtade efter {served[-1] * 1000:.0f} ms ({state['made']})")
        print(f"median av {rounds} sparningar ({len(state['pages'])} sidor): ny version {statistics.median(published) * 1000:.0f} ms, "
              f"ändrade sidor hämtade {statistics.median(served) * 1000:.0f} ms, "
              f"{statistics.median(changed_pages):.0f} ändrade sidor")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
