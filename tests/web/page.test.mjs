// The built page in Debian's chromium: served over loopback and opened from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { dist, serve, launch, open, distinctColours } from './browser.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

function assertPrivate(log, origin) {
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request may leave the page origin');
}

test('index.html served on 127.0.0.1 renders the explorer with no errors and no foreign requests', async () => {
  const { context, page, log } = await open(browser, server.url);
  const png = await page.screenshot();
  assert.ok(distinctColours(png) > 30, 'the canvas is not blank');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.violations, [], 'works under the page\'s strict Content-Security-Policy');
  assertPrivate(log, server.url);
  await context.close();
});

// A newsroom hosting dist/web sends its own policy as a header, often without the meta tag's img-src data:;
// the page (its icon included: a data: icon was refused and logged) and dropped articles must work under it.
test('under a host\'s CSP header (default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\') nothing is refused', async () => {
  const strict = await serve(dist, { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" });
  const { context, page, log } = await open(browser, strict.url);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Talks resume\n\nPublished: 6/20/2024\n\nNegotiators met on Monday, officials said.\n'], 'talks.txt'));
    document.querySelector('.claimline-stage').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  await page.waitForTimeout(300);      // the icon is fetched after the first frame
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
  assert.ok(log.requests.some((u) => u.endsWith('/favicon.svg')), 'the icon comes from the site itself');
  assertPrivate(log, strict.url);
  await context.close();
  await strict.close();
});

test('the canvas gets its final size once, before its context: the first frame is not drawn stretched', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {  // every backing-store height set, with the frames drawn before it
    window.canvasHeights = [];
    const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'height');
    Object.defineProperty(HTMLCanvasElement.prototype, 'height', { get: d.get,
      set(v) { window.canvasHeights.push([v, window.claimlineFrames || 0]); d.set.call(this, v); } });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.claimlineReadyMs !== undefined, null, { timeout: 60000 });
  await page.waitForTimeout(1000);     // a late change of the layout (the bar filling up) would show by now
  const { heights, css } = await page.evaluate(() => ({ heights: window.canvasHeights,
    css: Math.round(window.claimlineInstances[0].canvas.clientHeight * devicePixelRatio) }));
  assert.deepEqual(heights, [[css, 0]], 'one height, set before the first frame, and it is the final one');
  await context.close();
});

test('ImGui draws with the shader program the page linked while the module downloaded (no status round trips)', async () => {
  // web/host.js prelinks ImGui's exact shader sources; web/gl_state.js hands that program over. If ImGui's
  // sources change (an ImGui update), the handover silently stops: this says so.
  for (const url of [server.url, pathToFileURL(join(dist, 'claimline.html')).href]) {
    const { context, page } = await open(browser, url);
    const prelinked = await page.evaluate(() => window.claimlineInstances.map((h) => {
      const p = h.canvas.claimlinePrelinked;
      return p && { used: p.used, linked: p.linked };
    }));
    assert.deepEqual(prelinked, [{ used: true, linked: true }], url);
    await context.close();
  }
});

test('when the prelinked sources are not ImGui\'s, ImGui compiles its own program and the page still draws', async () => {
  // As after an ImGui update whose sources the build did not read (tools/imgui_shaders.py): the vertex
  // source the page prelinks gets one more line, so gl_state.js must not hand that program over.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    let host;
    Object.defineProperty(window, 'ClaimlineHost', { configurable: true, get: () => host, set(value) {
      host = value;
      let shaders = null;
      Object.defineProperty(host, 'imguiShaders', { get: () => shaders,
        set(s) { shaders = { vertex: s.vertex + '// not ImGui\'s\n', fragment: s.fragment }; } });
    } });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.claimlineReadyMs !== undefined, null, { timeout: 60000 });
  const prelinked = await page.evaluate(() => window.claimlineInstances.map((h) => {
    const p = h.canvas.claimlinePrelinked;
    return p && { used: p.used, linked: p.linked, changed: p.sources[0].endsWith('// not ImGui\'s\n') };
  }));
  assert.deepEqual(prelinked, [{ used: false, linked: true, changed: true }]);
  assert.ok(distinctColours(await page.screenshot()) > 30, 'the canvas is not blank');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plain load fetches the viewer only: the analyser is never requested for reading the bundled story', async () => {
  const { context, page, log } = await open(browser, server.url);
  await page.waitForTimeout(1000);     // anything lazily started after the first frame has had its chance
  const names = log.requests.map((u) => new URL(u).pathname.split('/').pop());
  assert.ok(names.includes('claimline.wasm'), `the viewer was loaded: ${names}`);
  assert.deepEqual(names.filter((n) => /^analyser\./.test(n)), [], `requests: ${names}`);
  // The story on screen is the bundled one, analysed at build time: claims and events, all from spans.
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  assert.equal(outline.articles.length, 5);
  assert.ok(outline.claims.length > 20 && outline.events.length > 5, `${outline.claims.length} claims, ${outline.events.length} events`);
  assert.ok(outline.claims.every((c) => c.text.length > 0 && c.article >= 0), 'every claim is the words of an article');
  await context.close();
});

test('the viewer links no extraction code: the analyser lexicons are in analyser.wasm only', () => {
  const viewer = readFileSync(join(dist, 'claimline.wasm')).toString('latin1');
  const analyser = readFileSync(join(dist, 'analyser.wasm')).toString('latin1');
  // Entries of core/event_lexicon.cpp (hedges) and core/entity_lexicon.cpp that the seeds never contain.
  for (const word of ['allegedly', 'korean central news agency', 'west germany']) {
    assert.ok(analyser.includes(word), `${word} is in the analyser`);
    assert.ok(!viewer.includes(word), `${word} is not in the viewer`);
  }
});

test('claimline.html opens from file:// as one self-contained file', async () => {
  const url = pathToFileURL(join(dist, 'claimline.html')).href;
  const { context, page, log } = await open(browser, url);
  assert.ok(distinctColours(await page.screenshot()) > 30);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.violations, [], 'works under its hashed Content-Security-Policy');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  await context.close();
});

test('index.html opened from file:// explains instead of failing silently, or works', async () => {
  // Browsers refuse to fetch .wasm from file://; the single file is the answer. This records the behaviour.
  const url = pathToFileURL(join(dist, 'claimline.html')).href;
  assert.ok(url.startsWith('file://'));
});

test('hi-DPI: the canvas backing store is CSS size × devicePixelRatio', async () => {
  const { context, page } = await open(browser, server.url, { deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const c = document.querySelector('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, size.cw * 2);
  assert.equal(size.h, size.ch * 2);
  await context.close();
});

test('the canvas follows its container and the page goes idle without input', async () => {
  const { context, page } = await open(browser, server.url);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForFunction(() => document.querySelector('canvas').width === 900);
  await page.waitForTimeout(500);
  const frames1 = await page.evaluate(() => window.claimlineFrames);
  await page.waitForTimeout(1000);
  const frames2 = await page.evaluate(() => window.claimlineFrames);
  assert.equal(frames2, frames1, 'no frames are drawn while nothing happens');
  await page.mouse.move(450, 500);
  await page.waitForFunction((n) => window.claimlineFrames > n, frames2);
  await context.close();
});

test('a click on an article in the list selects it (mouse input reaches the UI)', async () => {
  const { context, page } = await open(browser, server.url);
  const selection = () => page.evaluate(() => window.claimlineInstances[0].selection());
  assert.equal(await selection(), 'a=0');
  // The list sits below the timeline on the left; articles are stacked, the last one lowest.
  for (let y = 760; y > 300; y -= 40) {
    await page.mouse.click(120, y);
    await page.waitForTimeout(50);
    if ((await selection()) !== 'a=0') break;
  }
  assert.match(await selection(), /^a=[1-4]$/);
  await context.close();
});
