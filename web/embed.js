// embed.js — how claimline lives inside other pages: deep links in the URL hash, URL parameters for
// iframe embeds, the postMessage protocol for host pages, and the <claim-line> custom element.
// Protocol and snippets: docs/embedding.md. Everything that arrives here is validated and treated as data.
(function () {
  'use strict';
  const Host = window.ClaimlineHost;
  const HASH_THROTTLE_MS = 250;        // at most four history writes a second while the reader drags or zooms
  const MAX_STRING = 400;              // longest string field a message may carry (a deep link is ~80)
  const MIN_HEIGHT = 200, MAX_HEIGHT = 4000;  // CSS pixels accepted from ?height=

  // The hash without '#', percent-decoded; a malformed escape ("%E0%A4%A") yields '' instead of throwing.
  function hashText() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch { return ''; }
  }

  // ---- deep links: the hash mirrors the state; a changed hash (typed, pasted, set by a host) is applied ----
  Host.features.push(function deepLinks(handle, options) {
    if (!options.hash) return undefined;
    // Iframe embeds pass the initial view as URL parameters; a hash (a reader's link) wins over them.
    const params = new URLSearchParams(location.search);
    if (params.has('theme')) handle.setTheme(params.get('theme'));
    if (params.has('view')) handle.setView(params.get('view'));
    if (params.has('select')) handle.select(params.get('select'));
    const height = Number(params.get('height'));
    if (Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT) handle.container.style.height = `${height}px`;
    if (location.hash.length > 1) handle.applyDeepLink(hashText());

    let written = handle.deepLink();
    let timer = 0, lastWrite = 0;
    const write = () => {
      timer = 0;
      lastWrite = performance.now();
      const link = handle.deepLink();
      if (link === written) return;
      written = link;
      // replaceState: moving through the story must not flood the back button (nor the host page's history).
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${link}`);
    };
    const off = handle.on('state', () => {
      if (!timer) timer = setTimeout(write, Math.max(0, HASH_THROTTLE_MS - (performance.now() - lastWrite)));
    });
    const onHash = () => {
      const link = hashText();
      if (link !== written) { written = link; handle.applyDeepLink(link); }
    };
    window.addEventListener('hashchange', onHash);
    return () => { off(); clearTimeout(timer); window.removeEventListener('hashchange', onHash); };
  });

  // ---- postMessage: {claimline: 1, action, id?, …fields} in; {claimline: 1, event, id?, …} out ----
  // Each action names the string fields it needs; anything else in a message makes it invalid.
  const ACTIONS = {
    getState: [], setState: ['state'], select: ['selection'], setView: ['view'], setTheme: ['theme'],
    setTimeWindow: ['from', 'to'], subscribe: [], unsubscribe: [],
  };

  // null unless `data` is exactly a v1 request: a plain object, known action, string fields of bounded size.
  function validMessage(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    const proto = Object.getPrototypeOf(data);
    if (proto !== Object.prototype && proto !== null) return null;
    if (data.claimline !== 1 || typeof data.action !== 'string' || !Object.hasOwn(ACTIONS, data.action)) return null;
    const fields = ACTIONS[data.action];
    for (const key of Object.keys(data)) {
      if (key !== 'claimline' && key !== 'action' && key !== 'id' && !fields.includes(key)) return null;
    }
    for (const key of fields) {
      if (typeof data[key] !== 'string' || data[key].length > MAX_STRING) return null;
    }
    if ('id' in data && !(Number.isSafeInteger(data.id) || (typeof data.id === 'string' && data.id.length <= 64))) return null;
    return data;
  }
  Host.validMessage = validMessage;
  Host.hashText = hashText;

  // description: the sentence the DOM mirror announces ("Claim: “…”, attributed to …"), plain text a host
  // page can show as a caption instead of the selection's code (a=1&c=27).
  function stateOf(handle, describe) {
    return { state: handle.deepLink(), selection: handle.selection(), view: handle.view(), theme: handle.theme(),
      window: handle.timeWindow(), description: describe() };
  }

  Host.features.push(function messages(handle, options) {
    if (!options.messages) return undefined;
    // Default: only the page's own origin. A host lists others in data-allowed-origins (or the option);
    // "*" accepts any origin and must be chosen explicitly.
    const own = location.origin && location.origin !== 'null' ? [location.origin] : [];
    const allowed = Array.isArray(options.allowedOrigins) ? options.allowedOrigins.map(String) : own;
    const anyOrigin = allowed.includes('*');
    const isAllowed = (origin) => anyOrigin || allowed.includes(origin);
    const subscribers = new Map();     // source window → its origin (events go only where they may)
    handle.messageStats = { accepted: 0, rejected: 0, invalid: 0 };
    let outline = null;                // the story's outline, read once per story for descriptions
    const offLoad = handle.on('load', () => { outline = null; });
    const describe = () => {
      if (!Host.describeSelection) return '';
      outline = outline || handle.outline();
      return Host.describeSelection(outline, handle.selection());
    };
    const stateOfHandle = () => stateOf(handle, describe);

    const reply = (source, origin, message) => {
      try { source.postMessage({ claimline: 1, ...message }, origin); } catch { /* source closed */ }
    };
    const perform = (msg, source, origin) => {
      switch (msg.action) {
        case 'getState': return { event: 'state', ...stateOfHandle() };
        case 'setState': return { event: 'ack', ok: handle.applyDeepLink(msg.state) };
        case 'select': return { event: 'ack', ok: handle.select(msg.selection) };
        case 'setView': return { event: 'ack', ok: handle.setView(msg.view) };
        case 'setTheme': return { event: 'ack', ok: handle.setTheme(msg.theme) };
        case 'setTimeWindow': return { event: 'ack', ok: handle.setTimeWindow(msg.from, msg.to) };
        case 'subscribe': subscribers.set(source, origin); return { event: 'state', ...stateOfHandle() };
        case 'unsubscribe': subscribers.delete(source); return { event: 'ack', ok: true };
        default: return { event: 'error', message: 'unknown action' };
      }
    };
    const onMessage = (e) => {
      if (!isAllowed(e.origin)) { handle.messageStats.rejected++; return; }
      if (!e.source || typeof e.source.postMessage !== 'function') return;
      const msg = validMessage(e.data);
      if (!msg) {
        // Other libraries talk over postMessage too: answer only what claims to be ours.
        if (e.data && typeof e.data === 'object' && 'claimline' in e.data) {
          handle.messageStats.invalid++;
          reply(e.source, e.origin, { event: 'error', message: 'invalid claimline message (docs/embedding.md)' });
        }
        return;
      }
      handle.messageStats.accepted++;
      const answer = perform(msg, e.source, e.origin);
      reply(e.source, e.origin, 'id' in msg ? { ...answer, id: msg.id } : answer);
    };
    window.addEventListener('message', onMessage);
    const off = handle.on('state', () => {
      if (!subscribers.size) return;
      const state = stateOfHandle();
      for (const [source, origin] of subscribers) reply(source, origin, { event: 'state', ...state });
    });
    // "ready" carries no data, so it may go to any parent; state goes only to allowed subscribers.
    if (window.parent !== window) reply(window.parent, '*', { event: 'ready', version: 1 });
    return () => { off(); offLoad(); window.removeEventListener('message', onMessage); subscribers.clear(); };
  });

  // ---- <claim-line selection="a=2" view="timeline" theme="dark" bundle="story.json"> ----
  // Light DOM (the page's style.css applies); fires "claimline-select" ({detail: {selection}}) as it moves.
  class ClaimLineElement extends HTMLElement {
    static get observedAttributes() { return ['selection', 'view', 'theme']; }
    connectedCallback() {
      if (this.mounting) return;
      const attr = (name) => this.getAttribute(name) || undefined;
      const options = { selection: attr('selection'), view: attr('view'), theme: attr('theme'), bundle: attr('bundle'),
        hash: this.hasAttribute('hash'), messages: this.hasAttribute('messages'),
        allowedOrigins: attr('allowed-origins') ? attr('allowed-origins').split(/\s+/) : undefined };
      this.mounting = Host.mount(this, options).then((handle) => {
        if (!handle) return null;
        if (!this.isConnected) { handle.destroy(); return null; }
        this.handle = handle;
        handle.on('select', (detail) => this.dispatchEvent(new CustomEvent('claimline-select', { detail, bubbles: true })));
        this.dispatchEvent(new CustomEvent('claimline-ready', { bubbles: true }));
        return handle;
      });
    }
    disconnectedCallback() {
      const mounting = this.mounting;
      this.mounting = null;
      this.handle = null;
      if (mounting) mounting.then((h) => h && h.destroy());
    }
    attributeChangedCallback(name, old, value) {
      if (!this.handle || value === null || value === old) return;
      if (name === 'selection') this.handle.select(value);
      else if (name === 'view') this.handle.setView(value);
      else if (name === 'theme') this.handle.setTheme(value);
    }
    get ready() { return this.mounting || Promise.resolve(null); }
  }
  if (window.customElements && !customElements.get('claim-line')) customElements.define('claim-line', ClaimLineElement);
})();
