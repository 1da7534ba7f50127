import EcographCore
import EcographRules
import Foundation
import EcographMessages

/// The pieces every atlas page is made of: escaping, links, inline maps, and the page itself
/// with its styles and script inside, so that it opens offline.
enum AtlasHTML {
    static func escape(_ text: String) -> String { text.htmlEscaped }

    /// `#field-mobilit%C3%A4t`: an anchor as a link target, percent-encoded.
    static func fragment(_ anchor: String) -> String {
        "#" + (anchor.addingPercentEncoding(withAllowedCharacters: fragmentCharacters) ?? anchor)
    }

    /// A link to a page of the same file.
    static func link(_ anchor: String, _ text: String) -> String {
        "<a href=\"\(escape(fragment(anchor)))\">\(escape(text))</a>"
    }

    private static let fragmentCharacters: CharacterSet = {
        var characters = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        characters.insert(charactersIn: "-._~=&")
        return characters
    }()

    /// The SVG without its XML declaration, doctype and comments, ready to sit inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    /// A whole page. It marks itself as ecograph's, so that ecograph overwrites only its own pages.
    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="\(generator)"/>
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body class="atlas">
        \(body)
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    /// The generator mark of every atlas page.
    static let generator = "ecograph atlas"

    static let style = """
        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 2rem 2rem;color:#1f1f1f;line-height:1.4}
        header{background:#fff;border-bottom:1px solid #ddd;padding:.5rem 0}
        h1{font-size:1.5rem;margin:.3rem 0}h2{font-size:1.3rem;margin-top:1rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        nav a{margin-right:.9rem;white-space:nowrap}.main-nav{font-weight:bold}.page-nav{font-size:.85rem;margin-top:.3rem}
        .nav-label{color:#555;margin-right:.4rem}.back{margin:.2rem 0}
        body.routed .page{display:none}body.routed .page.current{display:block}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#f2f2f2}td.num,th.num,.counts td{text-align:right}
        tr.unclear,tr.no-lotse{background:#fde8e8}
        .severity-error{color:#b00020}.severity-warning{color:#b35c00}.severity-info{color:#1f5fa8}
        td.severity-error,td.severity-warning,td.severity-info{font-weight:bold}
        figure.map{margin:.5rem 0;border:1px solid #ddd}figure.map svg{width:100%;height:auto;display:block}
        figcaption{font-size:.85rem;color:#555;padding:.2rem .5rem}.note{color:#8a4b00}
        .highlight polygon,.highlight path,.highlight ellipse{stroke:#ff00aa!important;stroke-width:10px!important}
        .facts{margin:.3rem 0}.pager{font-size:.85rem}.pager a{margin-right:1rem}
        .filters{margin:.5rem 0}.filters label{margin-right:.8rem;white-space:nowrap}
        details.finding-group{margin:.4rem 0;border:1px solid #e3e3e3;border-radius:4px;padding:.2rem .6rem}
        details.finding-group summary{cursor:pointer;font-weight:bold}
        .finding-list{padding-left:1.8rem}.finding-list li{margin:.3rem 0}
        .finding-list li.selected{background:#fff3c4}.finding-list a{color:inherit;text-decoration:none}
        .finding-list a:hover{text-decoration:underline}.ecosystem{color:#555;font-weight:bold}
        .hint,.location{font-size:.85em;color:#555;margin-left:1rem}
        .page-findings{padding-left:1.2rem}.page-findings a{color:inherit}
        caption{text-align:left;font-weight:bold;padding:.2rem 0}
        @page{size:A3 landscape;margin:10mm}
        @media print{header nav,.filters,.pager{display:none}header{position:static}body.routed .page{display:block}
          .page{break-before:page}figure.map{border:none;break-inside:avoid}figure.map svg{max-height:270mm}
          details.finding-group{display:block}tr{break-inside:avoid}}
        """

    /// Routing (one page at a time on screen, every page in print), the findings filters, and
    /// the way from a finding to its node on a map and from a node back to its findings.
    /// Wrapped so that the page stays well-formed XML as well as HTML.
    static let script = """
        //<![CDATA[
        (function () {
          document.body.classList.add('routed');
          var pages = Array.prototype.slice.call(document.querySelectorAll('section.page'));
          var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
          var groups = Array.prototype.slice.call(document.querySelectorAll('details.finding-group'));
          var subject = '';
          function byId(id) { return document.getElementById(id); }
          function show(id) {
            var page = byId(id) && byId(id).classList.contains('page') ? byId(id) : null;
            if (!page && byId(id)) { page = byId(id).closest('section.page'); }
            if (!page) { page = pages[0]; }
            pages.forEach(function (p) { p.classList.toggle('current', p === page); });
            return page;
          }
          function highlight(page, node) {
            Array.prototype.forEach.call(document.querySelectorAll('.highlight'), function (n) { n.classList.remove('highlight'); });
            if (!page || !node) { return; }
            var target = page.querySelector('[id="n-' + node.replace(/"/g, '') + '"]');
            if (target) {
              target.classList.add('highlight');
              if (target.scrollIntoView) { target.scrollIntoView({ block: 'center', inline: 'center' }); }
            }
          }
          function applyFilters() {
            var severities = Array.prototype.filter.call(document.querySelectorAll('.severity-filter'), function (box) { return box.checked; })
              .map(function (box) { return box.value; });
            var rule = byId('rule-filter') ? byId('rule-filter').value : '';
            var ecosystem = byId('ecosystem-filter') ? byId('ecosystem-filter').value : '';
            var text = byId('text-filter') ? byId('text-filter').value.toLowerCase() : '';
            var visible = 0;
            items.forEach(function (item) {
              var show = severities.indexOf(item.getAttribute('data-severity')) >= 0
                && (rule === '' || item.getAttribute('data-rule') === rule)
                && (ecosystem === '' || item.getAttribute('data-ecosystem') === ecosystem)
                && (subject === '' || item.getAttribute('data-subject') === subject)
                && (text === '' || item.textContent.toLowerCase().indexOf(text) >= 0
                    || (item.getAttribute('data-subject') || '').toLowerCase().indexOf(text) >= 0);
              item.hidden = !show;
              if (show) { visible += 1; }
            });
            groups.forEach(function (group) {
              var shown = group.querySelectorAll('li.finding:not([hidden])').length;
              group.hidden = shown === 0;
              if (shown > 0 && (subject !== '' || text !== '' || rule !== '' || ecosystem !== '')) { group.open = true; }
            });
            if (byId('visible-count')) { byId('visible-count').textContent = visible + ' / ' + items.length; }
            if (byId('subject-filter')) {
              byId('subject-filter').hidden = subject === '';
              var first = items.filter(function (item) { return item.getAttribute('data-subject') === subject; })[0];
              byId('subject-name').textContent = first ? (first.getAttribute('data-subject-name') || subject) : subject;
            }
          }
          function route() {
            var hash = decodeURIComponent(location.hash.slice(1));
            subject = '';
            if (hash.indexOf('rule=') === 0) {
              if (byId('rule-filter')) { byId('rule-filter').value = hash.slice(5); }
              hash = 'findings';
            } else if (hash.indexOf('subject=') === 0) {
              subject = hash.slice(8);
              hash = 'findings';
            } else if (hash.indexOf('ecosystem=') === 0) {
              if (byId('ecosystem-filter')) { byId('ecosystem-filter').value = hash.slice(10); }
              hash = 'findings';
            }
            var onMap = /^map-finding-([0-9]+)$/.exec(hash);
            if (onMap && byId('finding-' + onMap[1])) {
              var found = byId('finding-' + onMap[1]);
              var target = found.querySelector('a.show-on-map').getAttribute('href');
              window.pendingNode = found.getAttribute('data-subject');
              hash = target.charAt(0) === '#' ? decodeURIComponent(target.slice(1)) : hash;
            }
            applyFilters();
            var page = show(hash || (pages[0] && pages[0].id));
            items.forEach(function (other) { other.classList.remove('selected'); });
            if (/^finding-[0-9]+$/.test(hash) && byId(hash)) {
              var item = byId(hash);
              item.classList.add('selected');
              if (item.closest('details')) { item.closest('details').open = true; }
              if (item.scrollIntoView) { item.scrollIntoView({ block: 'center' }); }
            } else if (window.scrollTo) {
              window.scrollTo(0, 0);
              setTimeout(function () { window.scrollTo(0, 0); }, 0);
            }
            if (window.pendingNode) { highlight(page, window.pendingNode); window.pendingNode = null; }
          }
          items.forEach(function (item) {
            var link = item.querySelector('a.show-on-map');
            if (link) {
              link.addEventListener('click', function () {
                window.pendingNode = item.getAttribute('data-subject');
                if (link.getAttribute('href') === location.hash) { setTimeout(route, 0); }
              });
            }
          });
          Array.prototype.forEach.call(document.querySelectorAll('.severity-filter, #rule-filter, #ecosystem-filter'), function (control) {
            control.addEventListener('change', applyFilters);
          });
          if (byId('text-filter')) { byId('text-filter').addEventListener('input', applyFilters); }
          window.addEventListener('hashchange', route);
          route();
        })();
        //]]>
        """
}
