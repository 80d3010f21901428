// mirror.js — the story in the DOM beside the canvas, for screen readers, keyboards and find-in-page:
// an aria-live sentence describing the selection, and the events, articles and claims as real links
// (href="#a=2&c=14") that drive the canvas. Every text comes from the story and goes in as textContent.
(function () {
  'use strict';
  const Host = window.ClaimlineHost;
  const ANNOUNCE_DELAY_MS = 300;       // a reader arrowing through claims hears the one they stop on

  function parseSelection(text) {
    const s = {};
    for (const part of text.split('&')) if (part) s[part[0]] = Number(part.slice(2));
    return s;
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // A claim in curly quotes; quotation marks inside it become single ones (nested quotes), so a claim that
  // opens with a quotation does not read ““ratified as a decree”…”.
  function quote(text, max = 160) {
    const t = String(text || '').replace(/\s+/g, ' ').trim()
      .replace(/"([^"]*)"/g, '\u2018$1\u2019').replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019');
    return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
  }

  // One sentence a screen reader speaks when the selection changes.
  function describe(outline, selection) {
    const s = parseSelection(selection);
    const parts = [];
    const article = outline.articles[s.a];
    if (article) {
      parts.push(`Article ${s.a + 1} of ${outline.articles.length}: ${article.headline}` +
        ` (${[article.outlet, article.published].filter(Boolean).join(', ')}).`);
    }
    const claim = outline.claims[s.c];
    if (claim) {
      parts.push(`Claim: ${quote(claim.text)}${claim.speaker ? `, attributed to ${claim.speaker}` : ''}` +
        `${claim.hedged ? ' (hedged)' : ''}.`);
    }
    const event = outline.events[s.e];
    if (event) parts.push(`Event: ${event.label}${event.date ? `, ${event.date}` : ''}.`);
    return parts.join(' ') || 'Nothing selected.';
  }

  Host.features.push(function mirror(handle, options) {
    if (options.mirror === false) return undefined;
    const live = element('p', 'claimline-live visually-hidden');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');

    const nav = element('nav', 'claimline-mirror');
    nav.setAttribute('aria-label', 'The story as a list of links');
    const toggle = element('button', 'claimline-button', 'Story as a list');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    const id = `claimline-mirror-${Math.random().toString(36).slice(2, 10)}`;
    nav.id = id;
    toggle.setAttribute('aria-controls', id);
    toggle.addEventListener('click', () => {
      const open = !nav.classList.contains('open');
      nav.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });
    handle.bar.prepend(toggle);
    // After the bar, so Tab reaches its buttons before this list's many links; style.css lays it over the canvas.
    handle.bar.after(nav);
    handle.container.appendChild(live);

    let outline = { articles: [], events: [], claims: [] };
    const links = new Map();           // selection string → its link, to mark aria-current

    // href: what a reader copies; a claim's names its words (a=4&at=1107), which survives re-extraction.
    const link = (selection, text, href = selection) => {
      const a = element('a', null, text);
      a.href = `#${href}`;
      a.dataset.selection = selection;
      links.set(selection, a);
      return a;
    };

    const build = () => {
      outline = handle.outline();
      links.clear();
      nav.replaceChildren();
      nav.appendChild(element('h2', null, 'Timeline'));
      if (outline.events.length) {
        // In time order, as the heading promises (the story keeps events in the order it found them);
        // each link still names the event by its index. ISO days sort as text; undated events come last.
        const order = outline.events.map((ev, i) => [ev, i])
          .sort(([x, i], [y, k]) => (!x.day - !y.day) || (x.day < y.day ? -1 : x.day > y.day ? 1 : i - k));
        const list = element('ol');
        order.forEach(([ev, i]) => {
          const li = element('li');
          li.appendChild(link(`e=${i}`, `${ev.date || 'undated'} — ${ev.label}`));
          list.appendChild(li);
        });
        nav.appendChild(list);
      } else {
        nav.appendChild(element('p', null, 'No dated events in this story yet.'));
      }
      nav.appendChild(element('h2', null, 'Articles and their claims'));
      const articles = element('ol');
      outline.articles.forEach((art, i) => {
        const li = element('li');
        li.appendChild(link(`a=${i}`, `${art.headline} — ${[art.outlet, art.published].filter(Boolean).join(', ')}`));
        const claims = outline.claims.map((c, k) => [c, k]).filter(([c]) => c.article === i);
        if (claims.length) {
          const ul = element('ul');
          for (const [c, k] of claims) {
            const item = element('li');
            item.appendChild(link(`a=${i}&c=${k}`, `${quote(c.text)}${c.speaker ? ` — ${c.speaker}` : ''}`, c.link));
            ul.appendChild(item);
          }
          li.appendChild(ul);
        }
        articles.appendChild(li);
      });
      nav.appendChild(articles);
      toggle.textContent = `Story as a list (${outline.events.length} events, ${outline.claims.length} claims)`;
      mark(handle.selection());
    };

    let current = null;
    const mark = (selection) => {
      if (current) current.removeAttribute('aria-current');
      current = links.get(selection) || links.get(selection.split('&')[0]) || null;
      if (current) current.setAttribute('aria-current', 'true');
    };

    // A link selects in the canvas instead of navigating (the hash follows through deep links, if on).
    nav.addEventListener('click', (e) => {
      const a = e.target.closest('a[data-selection]');
      if (!a) return;
      e.preventDefault();
      handle.select(a.dataset.selection);
    });

    let timer = 0;
    const offSelect = handle.on('select', ({ selection }) => {
      mark(selection);
      clearTimeout(timer);
      timer = setTimeout(() => { live.textContent = describe(outline, selection); }, ANNOUNCE_DELAY_MS);
    });
    // A new story: new list, and say where the reader now is (the selection string may not have changed).
    const offLoad = handle.on('load', (r) => {
      if (!r.ok) return;
      build();
      live.textContent = describe(outline, handle.selection());
    });
    handle.afterFirstFrame(build);     // the list is for the DOM only: it must not delay the canvas
    return () => { offSelect(); offLoad(); clearTimeout(timer); nav.remove(); live.remove(); toggle.remove(); };
  });

  Host.describeSelection = describe;
})();
