// files.js — bring your own articles: drop or pick .txt articles, a bundle .json or TimeML .tml files;
// the core reads and analyses them in the page (nothing is uploaded) with a progress bar; a bad file gets
// a message naming the file and the place and the story on screen stays. "Download bundle" saves the story
// on screen as a bundle a newsroom can host (and open with ?bundle= or data-bundle).
(function () {
  'use strict';
  const Host = window.ClaimlineHost;

  function button(text) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'claimline-button';
    b.textContent = text;
    return b;
  }

  // A bundle URL from a page parameter or attribute: same origin only (the page's CSP allows no other).
  function bundleUrl(text) {
    if (typeof text !== 'string' || !text || text.length > 1000) return null;
    try {
      const url = new URL(text, location.href);
      return url.origin === location.origin && /\.json$/i.test(url.pathname) ? url : null;
    } catch {
      return null;
    }
  }

  Host.features.push(function files(handle, options) {
    if (options.files === false) return undefined;
    const pick = button('Open articles…');
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.txt,.json,.tml,.xml,text/plain,application/json';
    input.hidden = true;
    input.setAttribute('aria-label', 'Articles to open');
    const save = button('Download bundle');
    const progress = document.createElement('progress');
    progress.max = 1;
    progress.value = 0;
    progress.hidden = true;
    progress.setAttribute('aria-label', 'Opening the articles');
    const status = document.createElement('p');
    status.className = 'claimline-status';
    status.setAttribute('role', 'status');
    handle.bar.append(pick, input, save, progress, status);

    const show = (text, error) => {
      status.textContent = text;
      status.classList.toggle('error', !!error);
    };
    const open = async (list) => {
      show('Opening…');
      progress.value = 0;
      progress.hidden = false;
      const r = await handle.loadFiles(list);
      progress.hidden = true;
      show(r.ok ? r.message : `Not opened — ${r.message.replace(/\.+$/, '')}. The story on screen is unchanged.`, !r.ok);
      return r;
    };
    const offProgress = handle.on('progress', ({ fraction }) => { progress.value = fraction; });

    pick.addEventListener('click', () => input.click());
    input.addEventListener('change', () => { if (input.files.length) open(input.files); input.value = ''; });
    save.addEventListener('click', () => {
      const blob = new Blob([handle.exportBundle()], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'claimline-story.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    });

    // Drop anywhere on the explorer; the outline shows where a drop lands.
    const container = handle.container;
    const over = (e) => {
      if (!e.dataTransfer || !Array.from(e.dataTransfer.types || []).includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      container.classList.add('dropping');
    };
    const leave = (e) => { if (!container.contains(e.relatedTarget)) container.classList.remove('dropping'); };
    const drop = (e) => {
      container.classList.remove('dropping');
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      e.preventDefault();
      open(e.dataTransfer.files);
    };
    container.addEventListener('dragover', over);
    container.addEventListener('dragleave', leave);
    container.addEventListener('drop', drop);

    // ?bundle=story.json (iframe embeds) or data-bundle / bundle="…": a hosted story instead of the seeds.
    const params = options.hash ? new URLSearchParams(location.search) : null;
    const wanted = options.bundle || (params && params.get('bundle'));
    if (wanted) {
      const url = bundleUrl(wanted);
      if (!url) show(`Not opened — ${wanted}: a bundle must be a .json file on this site.`, true);
      else {
        fetch(url).then((res) => {
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return res.text();
        }).then((text) => open([{ name: url.pathname.split('/').pop(), bytes: text }]))
          .then((r) => { if (r.ok && options.hash && location.hash.length > 1) handle.applyDeepLink(Host.hashText()); })
          .catch((err) => show(`Not opened — ${url.pathname}: ${err.message}.`, true));
      }
    }

    handle.openFiles = open;
    return () => {
      offProgress();
      container.removeEventListener('dragover', over);
      container.removeEventListener('dragleave', leave);
      container.removeEventListener('drop', drop);
      pick.remove(); input.remove(); save.remove(); progress.remove(); status.remove();
    };
  });
})();
