// Embedding: deep links (also inside an iframe), the ES module API, <claim-line>, two instances on a page,
// and the postMessage protocol with valid and hostile messages from allowed and foreign origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, fixture } from './browser.mjs';

const pages = {
  'api.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>api</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
</head><body><div id="story"></div><script type="module" src="api.js"></script></body></html>`,
  'api.js': `import { mount } from './claimline.mjs';
window.events = [];
window.mounted = mount(document.getElementById('story'), { selection: 'a=2', view: 'timeline', theme: 'dark' })
  .then((h) => { window.h = h; h.on('select', (d) => window.events.push(d.selection)); return true; });`,
  'two.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two</title><link rel="icon" href="data:,"></head><body>
<claim-line id="one" selection="a=1"></claim-line><claim-line id="two" theme="dark"></claim-line>
<script type="module" src="claimline.mjs"></script></body></html>`,
  'host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script src="host-page.js"></script></head><body><iframe id="f" title="story" width="1000" height="600"></iframe></body></html>`,
  'host-page.js': `window.replies = [];
window.addEventListener('message', (e) => window.replies.push({ origin: e.origin, data: e.data }));`,
};

let browser, server, other, root;
before(async () => {
  browser = await launch();
  root = fixture(pages);
  server = await serve(root);
  other = await serve(root);           // another port = another origin (a newsroom embedding our page)
});
after(async () => { await browser?.close(); await server?.close(); await other?.close(); });

const instance = (page, i = 0) => page.evaluate((k) => {
  const h = window.claimlineInstances[k];
  return { selection: h.selection(), view: h.view(), theme: h.theme(), link: h.deepLink() };
}, i);

// Where claim k's words start in its article (bytes): what the links the explorer writes name it by.
const claimStart = (frame, k) => frame.evaluate((i) => {
  const claim = JSON.parse(window.claimlineInstances[0].exportBundle()).claims[i];
  return (claim.span || claim).start;
}, k);

test('a deep link restores selection, view and theme; moving updates the hash without adding history', async () => {
  // An index link (c=) still reads; the link written back names the claim by its words (at=).
  const { context, page, log } = await open(browser, `${server.url}#a=4&c=58&view=reader&theme=dark`);
  const at58 = await claimStart(page, 58);
  assert.deepEqual(await instance(page), { selection: 'a=4&c=58', view: 'reader', theme: 'dark', link: `a=4&at=${at58}&view=reader&theme=dark` });
  const before = await page.evaluate(() => history.length);
  for (const s of ['a=1', 'a=2', 'a=3&c=43']) await page.evaluate((x) => window.claimlineInstances[0].select(x), s);
  const at43 = await claimStart(page, 43);
  await page.waitForFunction((h) => location.hash === h, `#a=3&at=${at43}&view=reader&theme=dark`);
  assert.equal(await page.evaluate(() => history.length), before, 'replaceState, not pushState');
  // The written link leads back to the same claim.
  await page.evaluate((h) => { location.hash = h; }, `a=4&at=${at58}&view=reader&theme=dark`);
  await page.waitForFunction(() => window.claimlineInstances[0].selection() === 'a=4&c=58');
  // Typing a link into the address bar (hashchange) moves the explorer.
  await page.evaluate(() => { location.hash = 'a=0&view=timeline'; });
  await page.waitForFunction(() => window.claimlineInstances[0].selection() === 'a=0');
  assert.equal((await instance(page)).view, 'timeline');
  // The time window is part of the link once set.
  assert.ok(await page.evaluate(() => window.claimlineInstances[0].setTimeWindow('2024-06-01', '2024-07-01')));
  await page.waitForFunction(() => location.hash.includes('from=2024-06-01&to=2024-07-01'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('malformed or out-of-range deep links are refused and the explorer stays usable', async () => {
  const { context, page, log } = await open(browser, `${server.url}#a=999&c=<img src=x onerror=alert(1)>`);
  assert.equal((await instance(page)).selection, 'a=0');
  const refused = await page.evaluate(() => {
    const h = window.claimlineInstances[0];
    return [h.select('a=99'), h.select('a=-1'), h.select('x=1'), h.select('a=1&'), h.select({}), h.setView('<b>'),
      h.setTheme('javascript:'), h.applyDeepLink('a=1&from=2024-02-30&to=2024-03-01'), h.setTimeWindow('2024-07-01', '2024-06-01')];
  });
  assert.deepEqual(refused, [false, false, false, false, false, false, false, false, false]);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0, 'nothing from a link becomes markup');
  await page.evaluate(() => { location.hash = 'a=1%E0%A4%A'; });   // a malformed escape must not break the page
  await page.evaluate(() => { location.hash = 'a=2'; });
  await page.waitForFunction(() => window.claimlineInstances[0].selection() === 'a=2');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('ES module mount() returns a handle: select, setView, on("select"), destroy', async () => {
  const { context, page, log } = await open(browser, `${server.url}api.html`, {}, { ready: false });
  await page.waitForFunction(() => window.h && window.claimlineReadyMs !== undefined, null, { timeout: 60000 });
  assert.deepEqual(await page.evaluate(() => [window.h.selection(), window.h.view(), window.h.theme()]), ['a=2', 'timeline', 'dark']);
  assert.equal(await page.evaluate(() => location.hash), '', 'mount() leaves the page URL alone unless asked');
  await page.evaluate(() => { window.h.setView('explorer'); window.h.select('a=3&c=43'); });
  await page.waitForFunction(() => window.events.includes('a=3&c=43'));
  await page.evaluate(() => window.h.destroy());
  assert.deepEqual(await page.evaluate(() => [document.querySelectorAll('#story canvas').length, window.claimlineInstances.length]), [0, 0]);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.violations, []);
  await context.close();
});

test('<claim-line> elements: attributes drive them, events bubble, two instances keep their own keys and wheel', async () => {
  const { context, page, log } = await open(browser, `${server.url}two.html`, {}, { ready: false });
  await page.waitForFunction(() => window.claimlineInstances && window.claimlineInstances.length === 2 &&
    [...document.querySelectorAll('claim-line')].every((e) => e.handle), null, { timeout: 60000 });
  const ids = await page.evaluate(() => window.claimlineInstances.map((h) => h.container.id));
  const index = (id) => ids.indexOf(id);
  assert.equal((await instance(page, index('one'))).selection, 'a=1');
  assert.equal((await instance(page, index('two'))).theme, 'dark');
  await page.evaluate(() => {
    window.seen = [];
    document.addEventListener('claimline-select', (e) => window.seen.push([e.target.id, e.detail.selection]));
    document.getElementById('two').setAttribute('selection', 'a=4');
  });
  await page.waitForFunction(() => window.seen.some(([id, s]) => id === 'two' && s === 'a=4'));

  // Count what reaches each wasm instance: wheel over one, keys into the other.
  await page.evaluate(() => {
    window.inputCounts = window.claimlineInstances.map((h) => {
      const n = { wheel: 0, key: 0 };
      const wheel = h.module._claimline_wheel, key = h.module._claimline_key;
      h.module._claimline_wheel = (...a) => { n.wheel++; return wheel(...a); };
      h.module._claimline_key = (...a) => { n.key++; return key(...a); };
      return n;
    });
  });
  const box = await page.locator('#one canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.wheel(0, -300);
  await page.locator('#two canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const counts = await page.evaluate(() => window.inputCounts);
  assert.ok(counts[index('one')].wheel > 0 && counts[index('two')].wheel === 0, `wheel went to the hovered one only: ${JSON.stringify(counts)}`);
  assert.ok(counts[index('two')].key > 0 && counts[index('one')].key === 0, `keys went to the focused one only: ${JSON.stringify(counts)}`);
  // Removing an element destroys its instance; the other keeps running.
  await page.evaluate(() => document.getElementById('one').remove());
  await page.waitForFunction(() => window.claimlineInstances.length === 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the example explainer drives the embedded explorer through postMessage; the iframe keeps its own deep link', async () => {
  const { context, page, log } = await open(browser, `${server.url}examples/explainer.html`, {}, { ready: false });
  const frame = async () => {
    await page.waitForFunction(() => document.body.dataset.claimlineState !== undefined, null, { timeout: 60000 });
    return page.frames().find((f) => f.url().includes('index.html'));
  };
  const inner = await frame();
  // Each link names words by their byte offset in the article (a=4&at=1107), so it survives changes in
  // extraction; the claim it opens must hold the words the link shows (read from the DOM mirror's list).
  const words = { 'a=1&at=1770': '10,000 soldiers', 'a=4&at=1107': 'tens of thousands', 'a=4&at=241': 'ratified as a decree',
    'a=1&at=794': 'November 11', 'a=3&at=985': '1960s' };
  assert.deepEqual(await page.locator('[data-select]').evaluateAll((as) => as.map((a) => a.dataset.select)), Object.keys(words));
  let state = '';
  for (const [link, text] of Object.entries(words)) {
    const before = await inner.evaluate(() => window.claimlineInstances[0].selection());
    await page.locator(`[data-select="${link}"]`).click();
    await inner.waitForFunction((b) => window.claimlineInstances[0].selection() !== b, before);
    const selection = await inner.evaluate(() => window.claimlineInstances[0].selection());
    assert.match(selection, new RegExp(`^${link.split('&')[0]}&c=\\d+$`), link);
    // The state the explorer reports names the claim by its words too: the first byte of the claim.
    state = `${link.split('&')[0]}&at=${await claimStart(inner, Number(selection.split('c=')[1]))}`;
    await page.waitForFunction((s) => document.body.dataset.claimlineState === s, state);
    assert.ok((await inner.locator('a[aria-current="true"]').textContent()).includes(text), `${link} opens a claim with “${text}”`);
    // The caption says it in words (the state's description), not in the selection's code.
    await page.waitForFunction((t) => document.getElementById('story-caption').textContent.includes(t), text);
    assert.doesNotMatch(await page.locator('#story-caption').textContent(), /\b[acet]=\d/);
  }
  await inner.waitForFunction((s) => location.hash === `#${s}`, state);
  assert.equal(await page.evaluate(() => location.hash), '', 'the host page URL is not touched');
  assert.ok((await page.locator('#story-link').getAttribute('href')).endsWith(`index.html#${state}`));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:')), []);
  await context.close();
});

// The host page on `other` (a foreign origin) embeds the explorer from `server`.
async function embedFrom(hostServer, src) {
  const { context, page, log } = await open(browser, `${hostServer.url}host.html`, {}, { ready: false });
  await page.evaluate((u) => { document.getElementById('f').src = u; }, src);
  await page.waitForFunction(() => window.replies.some((r) => r.data && r.data.event === 'ready'), null, { timeout: 60000 });
  const inner = page.frames().find((f) => f.url().startsWith(src.split('?')[0]));
  const post = (message) => page.evaluate((m) => document.getElementById('f').contentWindow.postMessage(m, '*'), message);
  const replies = () => page.evaluate(() => window.replies.map((r) => r.data));
  return { context, page, log, inner, post, replies };
}

test('postMessage from a foreign origin is ignored unless the host page allows it', async () => {
  const { context, inner, post, replies } = await embedFrom(other, `${server.url}index.html`);
  await post({ claimline: 1, action: 'select', selection: 'a=3', id: 1 });
  await post({ claimline: 1, action: 'getState', id: 2 });
  await inner.waitForFunction(() => window.claimlineInstances[0].messageStats.rejected >= 2);
  assert.equal(await inner.evaluate(() => window.claimlineInstances[0].selection()), 'a=0');
  assert.deepEqual((await replies()).filter((r) => r.event !== 'ready'), [], 'nothing is answered to a foreign origin');
  await context.close();
});

test('postMessage protocol: valid requests answered with ids; hostile messages refused as data', async () => {
  // The site hosting the explorer lists the newsroom's origin in data-allowed-origins.
  const allowed = other.url.replace(/\/$/, '');
  const { writeFileSync, readFileSync } = await import('node:fs');
  const index = readFileSync(`${root}/index.html`, 'utf8').replace('data-messages', `data-messages data-allowed-origins="${allowed}"`);
  writeFileSync(`${root}/allowed.html`, index);
  const { context, page, inner, post, replies, log } = await embedFrom(other, `${server.url}allowed.html?view=timeline&theme=dark&select=a%3D2`);
  assert.deepEqual(await inner.evaluate(() => [window.claimlineInstances[0].view(), window.claimlineInstances[0].theme(),
    window.claimlineInstances[0].selection()]), ['timeline', 'dark', 'a=2'], 'URL parameters set the initial view');

  await post({ claimline: 1, action: 'select', selection: 'a=3&c=43', id: 'x1' });
  await post({ claimline: 1, action: 'setView', view: 'explorer', id: 2 });
  await post({ claimline: 1, action: 'subscribe', id: 3 });
  await post({ claimline: 1, action: 'getState', id: 4 });
  await page.waitForFunction(() => window.replies.some((r) => r.data.id === 4));
  const got = await replies();
  assert.deepEqual(got.find((r) => r.id === 'x1'), { claimline: 1, event: 'ack', ok: true, id: 'x1' });
  const at43 = await claimStart(inner, 43);
  assert.equal(got.find((r) => r.id === 4).state, `a=3&at=${at43}&theme=dark`, 'the state names the claim by its words');

  // Hostile: wrong types, extra keys, markup, huge strings, out-of-range indices, prototype tricks, non-objects.
  const hostile = [
    { claimline: 1, action: 'select', selection: 'a=99', id: 10 },
    { claimline: 1, action: 'select', selection: '<img src=x onerror=alert(1)>', id: 11 },
    { claimline: 1, action: 'select', selection: 7, id: 12 },
    { claimline: 1, action: 'select', selection: 'a=1', extra: true, id: 13 },
    { claimline: 1, action: 'constructor', id: 14 },
    { claimline: 1, action: '__proto__', id: 15 },
    { claimline: 1, action: 'setState', state: 'a=1&'.repeat(500), id: 16 },
    { claimline: 2, action: 'getState', id: 17 },
    { claimline: 1, action: 'setTheme', theme: 'url(javascript:alert(1))', id: 18 },
    { claimline: 1, action: 'getState', id: { toString: 1 } },
    'claimline', null, [1, 2], 42,
  ];
  for (const m of hostile) await post(m);
  await post({ claimline: 1, action: 'getState', id: 99 });
  await page.waitForFunction(() => window.replies.some((r) => r.data.id === 99));
  const after = await replies();
  const ack = (id) => after.find((r) => r.id === id);
  assert.equal(ack(10).ok, false, 'out-of-range selection refused');
  assert.equal(ack(11).ok, false, 'markup refused');
  assert.equal(ack(18).ok, false);
  assert.equal(ack(99).state, `a=3&at=${at43}&theme=dark`, 'the state survived every hostile message');
  const stats = await inner.evaluate(() => window.claimlineInstances[0].messageStats);
  assert.ok(stats.invalid >= 7, JSON.stringify(stats));
  assert.equal(await inner.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await inner.evaluate(() => ({}).ok), undefined, 'no prototype pollution');
  // The host sets a whole deep link; the iframe's own URL follows (throttled replaceState).
  await post({ claimline: 1, action: 'setState', state: 'a=1&view=reader', id: 'set' });
  await inner.waitForFunction(() => location.hash === '#a=1&view=reader&theme=dark');
  await post({ claimline: 1, action: 'setView', view: 'explorer' });
  // Subscribers hear about moves made inside the iframe.
  await inner.evaluate(() => window.claimlineInstances[0].select('a=2'));
  await page.waitForFunction(() => window.replies.some((r) => r.data.event === 'state' && r.data.selection === 'a=2'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the theme follows prefers-color-scheme until the host or the reader chooses one', async () => {
  const { context, page, log } = await open(browser, server.url, { colorScheme: 'dark' });
  assert.equal((await instance(page)).theme, 'dark');
  assert.equal((await instance(page)).link, 'a=0', "the system's theme is not written into links");
  assert.equal(await page.evaluate(() => document.querySelector('.claimline').dataset.theme), 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => window.claimlineInstances[0].theme() === 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => window.claimlineInstances[0].theme() === 'dark');
  // A chosen theme sticks: the system setting no longer moves it, and links carry it.
  assert.ok(await page.evaluate(() => window.claimlineInstances[0].setTheme('light')));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(100);
  assert.equal((await instance(page)).theme, 'light');
  assert.equal((await instance(page)).link, 'a=0&theme=light');
  assert.deepEqual(log.errors, []);
  await context.close();

  // The host's URL parameter wins over the system setting.
  const second = await open(browser, `${server.url}?theme=light`, { colorScheme: 'dark' });
  assert.equal((await instance(second.page)).theme, 'light');
  await second.context.close();
});

test('the view state (search, lanes, panels) is readable and settable through the module', async () => {
  const { context, page, log } = await open(browser, server.url);
  const got = await page.evaluate(() => {
    const m = window.claimlineInstances[0].module;
    const get = () => m.UTF8ToString(m._claimline_view_state());
    const set = (s) => m.ccall('claimline_set_view_state', 'number', ['string'], [s]);
    return [get(), set('q=treaty&panels=coverage'), get(), set('q=%zz'), set('lanes=<script>'), get()];
  });
  assert.deepEqual(got, ['', 1, 'q=treaty&panels=coverage', 0, 0, 'q=treaty&panels=coverage']);
  assert.deepEqual(log.errors, []);
  await context.close();
});
