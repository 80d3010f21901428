// claimline.mjs — the explorer as an ES module, for pages that build their own layout:
//
//   import { mount } from './claimline/claimline.mjs';
//   const handle = await mount(document.querySelector('#story'), { selection: 'a=1', view: 'explorer' });
//   handle.on('select', ({ selection }) => …);  handle.select('a=2&c=3');  handle.setView('timeline');
//   handle.destroy();
//
// Importing it also defines <claim-line>. The wasm runtime and the host scripts are one classic script next
// to this file (claimline.js); it is loaded once, from the same folder (so the page's CSP needs only 'self').
const base = new URL('.', import.meta.url);
const scripts = ['claimline.js'];

function loadScript(name) {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = new URL(name, base).href;
    el.onload = resolve;
    el.onerror = () => reject(new Error(`claimline: could not load ${el.src}`));
    document.head.appendChild(el);
  });
}

function loadStyle() {
  const href = new URL('style.css', base).href;
  if ([...document.styleSheets].some((s) => s.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
}

let ready = null;
// Scripts already on the page (index.html includes them) are not loaded twice.
export function load() {
  if (!ready) {
    ready = (async () => {
      loadStyle();
      if (window.ClaimlineHost && window.createClaimline && customElements.get('claim-line')) return;
      for (const name of scripts) await loadScript(name);
    })();
  }
  return ready;
}

// options: selection ('a=2&c=14'), view ('explorer' | 'timeline' | 'reader'), theme ('light' | 'dark'),
// bundle (a same-origin .json URL), hash (true: mirror the state in location.hash), messages (true: answer
// the postMessage protocol), allowedOrigins (array), mirror/files (false: no DOM mirror / no file drop).
export async function mount(element, options = {}) {
  await load();
  return window.ClaimlineHost.mount(element, options);
}

load();
