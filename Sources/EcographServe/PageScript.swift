/// The page's script, served as `/app.js` (the Content-Security-Policy allows scripts from the
/// server only, none inline). It follows the server's event stream, fetches the state on each
/// change and redraws what changed: the map of the chosen view, findings, portfolio, matrix.
enum PageScript {
    static let source = #"""
    'use strict';
    (function () {
      const words = document.body.dataset;
      const $ = (id) => document.getElementById(id);
      let state = null;
      let currentView = 'landscape';
      let shownMap = null;        // view key + model of the map on screen
      let mapRequest = 0;
      let pendingHighlight = null;

      function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      }

      function setStatus(kind, text) {
        const status = $('status');
        status.className = 'status ' + kind;
        status.textContent = text;
      }

      function renderProblems(problems) {
        const list = $('problems');
        list.replaceChildren();
        for (const problem of problems) {
          const item = element('li', 'problem ' + problem.severity);
          if (problem.place) item.append(element('code', 'place', problem.place.text), ' ');
          item.append(element('span', 'message', problem.message));
          // Advice is written to follow a message after '; ' — on its own line, after
          // "Was Sie tun können:", it starts a sentence.
          const advice = problem.advice ? problem.advice.charAt(0).toUpperCase() + problem.advice.slice(1) : '';
          if (advice) item.append(' ', element('span', 'advice', words.wordAdvice + ' ' + advice));
          // The stable code, for looking the problem up and for asking about it.
          item.append(' ', element('code', 'code', problem.code));
          list.append(item);
        }
        $('problems-section').hidden = problems.length === 0;
      }

      function renderViews(groups) {
        const select = $('view');
        const keys = [];
        select.replaceChildren();
        for (const group of groups) {
          const optgroup = document.createElement('optgroup');
          optgroup.label = group.label;
          for (const view of group.views) {
            const option = element('option', null, view.label);
            option.value = view.key;
            keys.push(view.key);
            optgroup.append(option);
          }
          select.append(optgroup);
        }
        if (currentView.startsWith('focus:')) {
          const option = element('option', null, words.wordFocus + ': ' + currentView.slice(6));
          option.value = currentView;
          select.append(option);
        } else if (!keys.includes(currentView)) {
          currentView = 'landscape';
        }
        select.value = currentView;
      }

      function renderFindings(findings, summary) {
        const list = $('findings');
        list.replaceChildren();
        $('summary').textContent = summary ? '(' + summary + ')' : '';
        if (findings.length === 0) {
          list.append(element('li', 'none', words.wordNoFindings));
          return;
        }
        for (const finding of findings) {
          const item = element('li', 'finding ' + finding.severity);
          item.tabIndex = 0;
          item.dataset.rule = finding.rule;
          if (finding.subjects.length > 0) item.dataset.subject = finding.subjects[0];
          item.append(element('span', 'severity', finding.severityLabel), ' ',
            element('span', 'message', finding.message), ' ',
            element('code', 'place', finding.place.text), ' ',
            element('span', 'rule', '[' + finding.rule + ']'));
          item.append(element('div', 'hint', finding.hint));
          const choose = () => selectFinding(item);
          item.addEventListener('click', choose);
          item.addEventListener('keydown', (event) => { if (event.key === 'Enter') choose(); });
          list.append(item);
        }
      }

      function selectFinding(item) {
        for (const other of document.querySelectorAll('#findings li.selected')) other.classList.remove('selected');
        item.classList.add('selected');
        const subject = item.dataset.subject;
        if (!subject) return;
        if (!highlight(subject)) {
          pendingHighlight = subject;
          currentView = 'focus:' + subject;
          renderViews(state.views);
          $('map-note').textContent = words.wordNotInMap;
          $('map-note').hidden = false;
          loadMap();
        }
      }

      function highlight(subject) {
        for (const old of document.querySelectorAll('#map g.node.highlight')) old.classList.remove('highlight');
        for (const node of document.querySelectorAll('#map g.node')) {
          const title = node.querySelector('title');
          if (title && title.textContent === subject) {
            node.classList.add('highlight');
            node.scrollIntoView({ block: 'center', inline: 'center' });
            return true;
          }
        }
        return false;
      }

      async function loadMap() {
        if (!state || !state.model) return;
        const key = currentView + '|' + state.model;
        const request = ++mapRequest;
        $('map-error').hidden = true;
        if (shownMap !== key) $('map').classList.add('drawing');
        try {
          const response = await fetch('/map?view=' + encodeURIComponent(currentView) + '&model=' + encodeURIComponent(state.model));
          const text = await response.text();
          if (request !== mapRequest) return;
          $('map').classList.remove('drawing');
          if (!response.ok) {
            $('map').replaceChildren();
            shownMap = null;
            $('map-error').textContent = words.wordViewFailed + ' ' + text;
            $('map-error').hidden = false;
            return;
          }
          const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
          $('map').replaceChildren(document.importNode(svg, true));
          shownMap = key;
          if (pendingHighlight) {
            highlight(pendingHighlight);
            pendingHighlight = null;
          }
        } catch (error) {
          if (request === mapRequest) $('map').classList.remove('drawing');
        }
      }

      function render(next) {
        const previous = state;
        state = next;
        document.body.dataset.version = String(next.version);
        document.body.dataset.status = next.status;
        if (next.ecosystem) $('ecosystem').textContent = next.ecosystem;
        renderProblems(next.problems);
        $('map-section').classList.toggle('stale', next.status === 'invalid');
        $('findings-section').classList.toggle('stale', next.status === 'invalid');
        if (next.status === 'ok') setStatus('ok', words.wordLive);
        else if (next.status === 'invalid') setStatus('invalid', next.model ? words.wordInvalid : words.wordInvalidFromTheStart);
        else setStatus('loading', next.model ? words.wordLoading : words.wordNoModel);
        // Without a valid state yet there is nothing to show under these headings.
        for (const id of ['map-section', 'findings-section', 'portfolio-section', 'raci-section']) $(id).hidden = !next.model;
        if (!next.model) return;
        if (!previous || previous.model !== next.model) {
          renderViews(next.views);
          renderFindings(next.findings, next.summary);
          $('portfolio').innerHTML = next.portfolio;
          $('raci').innerHTML = next.matrix;
          loadMap();
        }
      }

      async function refresh() {
        try {
          const response = await fetch('/api/state', { cache: 'no-store' });
          if (response.ok) render(await response.json());
        } catch (error) {
          setStatus('disconnected', words.wordDisconnected);
        }
      }

      $('view').addEventListener('change', () => {
        currentView = $('view').value;
        $('map-note').hidden = true;
        loadMap();
      });

      const events = new EventSource('/events');
      events.addEventListener('state', () => refresh());
      events.addEventListener('error', () => setStatus('disconnected', words.wordDisconnected));
      refresh();
    })();
    """#
}
