#!/usr/bin/env python3
"""Drives Debian's Chromium, headless, through the DevTools protocol over a pipe
(--remote-debugging-pipe: no extra Python package), against a running
`finsam-report forhandsgranska`. It loads the page and waits for page 1's picture, edits
a text file and times until the page shows the new text, then breaks a YAML file and
waits for the finding. After the edit it saves the PDF the page links to as PDF_FILE. Prints
one JSON object with what it saw; the Swift test judges it.

usage: preview_browser.py URL TEXT_FILE OLD NEW YAML_FILE PDF_FILE
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="finsam-chromium-")
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()

        def attach_pipes():
            os.dup2(commands_read, 3)
            os.dup2(replies_write, 4)

        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        if executable is None:
            raise SystemExit("chromium is not installed (make deps installs it)")
        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-dev-shm-usage", "--remote-debugging-pipe", "--user-data-dir=" + self.profile,
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(3, 4), preexec_fn=attach_pipes)
        os.close(commands_read)
        os.close(replies_write)
        self.next_id = 0
        self.buffer = b""
        self.session = None

    def call(self, method, params=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.replies, 65536)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url):
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result["result"].get("value")

    def wait_for(self, expression, timeout):
        """Seconds until `expression` is true, or None after `timeout` seconds."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            try:
                if self.evaluate(expression):
                    return time.monotonic() - start
            except RuntimeError:
                pass
            time.sleep(0.05)
        return None

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


FIRST_PAGE_SHOWN = """(() => { const image = document.querySelector('img[data-sida="1"]');
  return !!image && image.complete && image.naturalWidth > 0; })()"""
PAGE_TEXT = "Array.from(document.querySelectorAll('#sidor .sidtext')).map(node => node.textContent).join(' ')"


def main():
    url, text_file, old, new, yaml_file, pdf_file = sys.argv[1:7]
    browser = Browser()
    seen = {}
    try:
        browser.open(url)
        seen["firstPageSeconds"] = browser.wait_for(FIRST_PAGE_SHOWN, 20)
        seen["firstPageWidth"] = browser.evaluate("document.querySelector('img[data-sida=\"1\"]')?.naturalWidth ?? 0")
        seen["title"] = browser.evaluate("document.title")
        seen["oldTextShown"] = browser.evaluate(f"({PAGE_TEXT}).includes({json.dumps(old)})")
        first_source = browser.evaluate("document.querySelector('img[data-sida=\"1\"]').src")

        with open(text_file, encoding="utf-8") as handle:
            text = handle.read()
        with open(text_file, "w", encoding="utf-8") as handle:
            handle.write(text.replace(old, new, 1))
        seen["editSeconds"] = browser.wait_for(f"({PAGE_TEXT}).includes({json.dumps(new)})", 10)
        seen["oldTextGone"] = not browser.evaluate(f"({PAGE_TEXT}).includes({json.dumps(old)})")
        seen["pageReloaded"] = browser.wait_for(
            f"(() => {{ const image = document.querySelector('img[data-sida=\"1\"]');"
            f" return image.src !== {json.dumps(first_source)} && image.complete && image.naturalWidth > 0; }})()", 5) is not None
        link = browser.evaluate("(() => { const link = document.getElementById('pdf'); return link.hidden ? '' : link.href; })()")
        seen["pdfLink"] = urllib.parse.urlparse(link).path if link else ""
        if link:
            with urllib.request.urlopen(link) as response, open(pdf_file, "wb") as handle:
                seen["pdfType"] = response.headers.get("Content-Type")
                handle.write(response.read())

        with open(yaml_file, "a", encoding="utf-8") as handle:
            handle.write("titel: [inte stängd\n")
        seen["findingSeconds"] = browser.wait_for("!document.getElementById('fel').hidden", 10)
        seen["filesToFix"] = browser.evaluate("document.getElementById('fel-filer').textContent")
        seen["findings"] = browser.evaluate(
            "Array.from(document.querySelectorAll('#lista li')).map(item => item.textContent)")
        seen["pagesWhileBroken"] = browser.evaluate("document.querySelectorAll('#sidor img').length")
        seen["pdfLinkWhileBroken"] = not browser.evaluate("document.getElementById('pdf').hidden")
    finally:
        browser.close()
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
