import Foundation

/// The preview's one web page, in Swedish and self-contained (no CDN, no web font: the
/// browser's own sans-serif). It shows the state embedded at load at once, then asks
/// `/version` a few times a second and fetches `/tillstand` when it changed: the pages
/// whose token changed are reloaded (a page's picture is fetched only when it scrolls
/// into view), a finding replaces the pages with its message, and "Öppna som PDF" opens
/// the PDF of the version shown.
enum PreviewPage {
    static func html(folderName: String, initialState: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Förhandsgranskning – \(escaped(folderName))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1>Förhandsgranskning av \(escaped(folderName))</h1>
        <p id="sammanfattning" role="status"></p>
        <p id="visas" class="liten"></p>
        <p id="uppdaterad" class="liten"></p>
        <p class="liten"><a id="pdf" href="/pdf" target="_blank" hidden>Öppna som PDF</a></p>
        <p id="forbindelse" class="varning" hidden>Förhandsgranskningen svarar inte. Är <code>finsam-report forhandsgranska</code> fortfarande igång?</p>
        </header>
        <section id="fel" hidden>
        <h2>Rätta <span id="fel-filer"></span></h2>
        <p>Sidorna visas igen när felet är rättat och filen sparad; sidan uppdateras av sig själv.</p>
        </section>
        <section id="anmarkningar" hidden>
        <h2>Kontrollernas anmärkningar</h2>
        <ul id="lista"></ul>
        </section>
        <main id="sidor"></main>
        <noscript><p>Sidan behöver JavaScript för att visa sidorna och uppdateras.</p></noscript>
        <script>const initialState = \(initialState);
        \(script)</script>
        </body>
        </html>
        """
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    private static let style = """
        body { font-family: sans-serif; margin: 0; background: #e8e8e8; color: #1a1a1a; }
        header, section { background: #fff; padding: 0.8rem 1.5rem; border-bottom: 1px solid #ccc; }
        h1 { font-size: 1.3rem; margin: 0 0 0.4rem 0; }
        h2 { font-size: 1.1rem; margin: 0.2rem 0; }
        .liten { color: #555; font-size: 0.9rem; margin: 0.2rem 0; }
        #fel { background: #fdecea; border-left: 0.4rem solid #b3261e; }
        #lista { margin: 0.3rem 0; padding-left: 1.2rem; }
        #lista li { margin: 0.3rem 0; }
        .plats { font-family: monospace; font-weight: bold; }
        .grad-fel { color: #b3261e; font-weight: bold; }
        .grad-varning, .varning { color: #8a5a00; font-weight: bold; }
        #sidor { display: flex; flex-direction: column; align-items: center; gap: 1.2rem; padding: 1.5rem 0; }
        figure { margin: 0; }
        figure img { display: block; max-width: 95vw; height: auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
        figcaption { text-align: center; color: #555; font-size: 0.85rem; margin-top: 0.3rem; }
        .sidtext { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        """

    private static let script = """
        let shown = { version: -1, tokens: [] };
        function element(tag, className, text) {
          const node = document.createElement(tag);
          if (className) node.className = className;
          if (text !== undefined) node.textContent = text;
          return node;
        }
        function showFindings(state) {
          const list = document.getElementById('lista');
          list.replaceChildren(...state.findings.map(finding => {
            const item = element('li');
            if (finding.place) { item.append(element('span', 'plats', finding.place), ' '); }
            item.append(element('span', 'grad-' + finding.severity, finding.severity), ': ' + finding.message);
            return item;
          }));
          document.getElementById('anmarkningar').hidden = state.findings.length === 0;
          const stopped = state.filesToFix.length > 0;
          document.getElementById('fel').hidden = !stopped;
          document.getElementById('fel-filer').textContent = state.filesToFix.join(', ');
        }
        function showPages(state) {
          const pages = document.getElementById('sidor');
          while (pages.children.length > state.pages.length) pages.lastChild.remove();
          state.pages.forEach((page, index) => {
            let figure = pages.children[index];
            if (!figure) {
              figure = element('figure');
              const image = element('img');
              image.loading = 'lazy';
              image.dataset.sida = page.number;
              figure.append(image, element('figcaption'), element('div', 'sidtext'));
              pages.append(figure);
            }
            const image = figure.querySelector('img');
            image.alt = page.caption;
            figure.querySelector('figcaption').textContent = page.caption;
            if (shown.tokens[index] !== page.token) {
              image.width = page.width;
              image.height = page.height;
              image.src = '/sida/' + page.number + '?t=' + page.token;
            }
            figure.querySelector('.sidtext').textContent = page.text;
          });
          shown.tokens = state.pages.map(page => page.token);
        }
        function show(state) {
          document.getElementById('sammanfattning').textContent = state.summary;
          document.getElementById('uppdaterad').textContent = state.made ? 'Uppdaterad ' + state.made : '';
          document.getElementById('visas').textContent = state.note;
          const pdf = document.getElementById('pdf');
          pdf.hidden = state.pages.length === 0;
          pdf.href = '/pdf?v=' + state.version;
          showFindings(state);
          showPages(state);
          shown.version = state.version;
        }
        async function poll() {
          try {
            const version = await (await fetch('/version', { cache: 'no-store' })).text();
            if (Number(version) !== shown.version) {
              show(await (await fetch('/tillstand', { cache: 'no-store' })).json());
            }
            document.getElementById('forbindelse').hidden = true;
          } catch (error) {
            document.getElementById('forbindelse').hidden = false;
          }
          setTimeout(poll, 250);
        }
        show(initialState);
        setTimeout(poll, 250);
        """
}
