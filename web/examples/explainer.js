// explainer.js — the host side of the example: links in the article text drive the embedded explorer
// through the postMessage protocol (docs/embedding.md), and the caption follows the reader's selection.
(function () {
  'use strict';
  const frame = document.getElementById('story-frame');
  const caption = document.getElementById('story-caption');
  const standalone = document.getElementById('story-link');
  const origin = new URL(frame.src, location.href).origin;  // messages go to the explorer's origin only

  const send = (message) => frame.contentWindow.postMessage({ claimline: 1, ...message }, origin);

  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;  // only the explorer may talk to us
    const m = e.data;
    if (!m || m.claimline !== 1) return;
    if (m.event === 'ready') send({ action: 'subscribe' });
    if (m.event === 'state' && typeof m.state === 'string') {
      // The reader's place in the story, as a link to the explorer's own page (a deep link).
      standalone.href = `../index.html#${m.state}`;
      // The explorer describes the selection in words (text, never markup); a=1&c=27 means nothing to a reader.
      caption.textContent = m.selection && typeof m.description === 'string' && m.description ? m.description
        : 'Select a claim in the text or in the explorer.';
      document.body.dataset.claimlineState = m.state;  // read by the browser tests
    }
  });
  frame.addEventListener('load', () => send({ action: 'subscribe' }));

  for (const link of document.querySelectorAll('[data-select]')) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      send({ action: 'select', selection: link.dataset.select });
      frame.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  }
})();
