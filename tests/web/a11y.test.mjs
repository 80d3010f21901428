// Accessibility: the DOM mirror (links that drive the canvas, aria-live description), keyboard focus,
// an axe-core audit under the page's own CSP, and the static story for readers without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, open, fixture, eachPixel } from './browser.mjs';

const require = createRequire(import.meta.url);
let browser, server;
before(async () => {
  browser = await launch();
  // axe-core is served as a same-origin file so the audit runs under the page's unchanged CSP.
  server = await serve(fixture({ 'axe.min.js': readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') }));
});
after(async () => { await browser?.close(); await server?.close(); });

const selection = (page) => page.evaluate(() => window.claimlineInstances[0].selection());

test('the DOM mirror lists every article and claim as links that drive the canvas, and announces the selection', async () => {
  const { context, page, log } = await open(browser, server.url);
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  const links = page.locator('.claimline-mirror a');
  assert.equal(await links.count(), outline.articles.length + outline.claims.length + outline.events.length);
  const claim = outline.claims.findIndex((c) => c.speaker);
  // A claim's link names its words (at=, its first byte), as the address bar does: a copied link survives
  // re-extraction. It selects the claim (whose index is what the list and selection() use).
  const start = await page.evaluate((k) => { const c = JSON.parse(window.claimlineInstances[0].exportBundle()).claims[k]; return (c.span || c).start; }, claim);
  const href = `#a=${outline.claims[claim].article}&at=${start}`;
  assert.equal(outline.claims[claim].link, href.slice(1));
  await page.getByRole('button', { name: /Story as a list/ }).click();
  await page.locator(`.claimline-mirror a[href="${href}"]`).click();
  assert.equal(await selection(page), `a=${outline.claims[claim].article}&c=${claim}`);
  await page.waitForFunction((h) => location.hash === h, href);
  // Quotations inside a claim nest as single quotes: no link opens with two quotation marks.
  const doubled = await links.evaluateAll((as) => as.map((a) => a.textContent).filter((t) => /^[“"][“"]/.test(t)));
  assert.deepEqual(doubled, []);
  const live = page.locator('[aria-live="polite"]');
  await page.waitForFunction(() => /Claim: “/.test(document.querySelector('.claimline-live').textContent));
  const said = await live.textContent();
  assert.ok(said.includes(outline.claims[claim].speaker), said);
  assert.ok(said.includes(outline.articles[outline.claims[claim].article].headline), said);
  assert.equal(await page.locator(`.claimline-mirror a[aria-current="true"]`).getAttribute('href'), href);
  // A selection made in the canvas (or by the API) is announced too.
  await page.evaluate(() => window.claimlineInstances[0].select('a=2'));
  await page.waitForFunction(() => /^Article 3 of 5/.test(document.querySelector('.claimline-live').textContent));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the mirror\'s Timeline lists the events in time order, undated last; each link still selects its event', async () => {
  const { context, page } = await open(browser, server.url);
  await page.waitForSelector('.claimline-mirror ol a[href^="#e="]', { state: 'attached' });
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  const hrefs = await page.locator('.claimline-mirror a[href^="#e="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, outline.events.length);
  const days = hrefs.map((h) => outline.events[Number(h.slice(3))].day);
  const dated = days.filter(Boolean);
  assert.ok(dated.length >= 2, `the seeds have dated events: ${days}`);
  assert.deepEqual(days, [...dated].sort().concat(days.filter((d) => !d)), `in time order: ${days}`);
  const first = hrefs[0].slice(1);
  await page.locator(`.claimline-mirror a[href="#${first}"]`).evaluate((a) => a.click());
  await page.waitForFunction((e) => window.claimlineInstances[0].selection().split('&').includes(e), first);
  await context.close();
});

test('keyboard: Tab reaches the canvas with a visible focus, then the bar\'s buttons, then the story links, which Enter follows', async () => {
  const { context, page } = await open(browser, server.url);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
  // The focus ring is seen on screen, not only in the computed style: a canvas's pixels cover an inset
  // box-shadow (the ring was there in the style and invisible).
  const canvasBox = await page.locator('canvas').boundingBox();
  const ring = [25, 95, 190];
  let onRing = 0, edge = 0;
  eachPixel(await page.screenshot({ clip: { x: canvasBox.x, y: canvasBox.y, width: canvasBox.width, height: 3 } }), (x, y, rgb) => {
    edge++;
    if (rgb.every((v, i) => Math.abs(v - ring[i]) <= 8)) onRing++;
  });
  assert.ok(onRing > 0.9 * edge, `the canvas's top edge shows the focus ring: ${onRing} of ${edge} pixels`);
  // Keys typed into the canvas drive the UI and do not scroll the page.
  const frames = await page.evaluate(() => window.claimlineFrames);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((n) => window.claimlineFrames > n, frames);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  // Then the bar's buttons — before the story's many links, so opening one's own articles is three Tabs
  // away, not eighty.
  const buttons = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    buttons.push(await page.evaluate(() => `${document.activeElement.tagName} ${document.activeElement.textContent}`));
  }
  assert.deepEqual(buttons.map((b) => b.replace(/ \(.*/, '')), ['BUTTON Story as a list', 'BUTTON Open articles…', 'BUTTON Download bundle']);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ tag: document.activeElement.tagName, href: document.activeElement.getAttribute('href') }));
  assert.equal(focused.tag, 'A');
  // The mirror slides into view while it holds the focus.
  const box = await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.right]; });
  assert.ok(box[0] >= 0 && box[1] <= 1280, `focused link on screen: ${box}`);
  await page.keyboard.press('Tab');
  const second = await page.evaluate(() => `#${document.activeElement.dataset.selection}`);  // its selection
  await page.keyboard.press('Enter');
  // The link's parts are selected; a frame later the app may add the article it opens for them ("e=1" →
  // "a=3&e=1"), so compare parts, not the whole string.
  const want = second.slice(1).split('&');
  await page.waitForFunction((w) => { const s = window.claimlineInstances[0].selection().split('&'); return w.every((p) => s.includes(p)); }, want, { timeout: 5000 })
    .catch(() => {});
  const got = (await selection(page)).split('&');
  assert.ok(want.every((p) => got.includes(p)), `Enter on ${second} selected ${got.join('&')}`);
  assert.ok(got.every((p) => want.includes(p) || p.startsWith('a=')), `only the article may be added: ${got.join('&')}`);
  await context.close();
});

for (const [name, path] of [['the page', ''], ['the example explainer', 'examples/explainer.html']]) {
  test(`axe-core finds no accessibility violation on ${name}`, async () => {
    const { context, page, log } = await open(browser, server.url + path, {}, { ready: path === '' });
    if (path) await page.frameLocator('iframe').locator('canvas').waitFor({ timeout: 60000 });
    await page.addScriptTag({ url: `${server.url}axe.min.js` });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(log.violations, [], 'the audit ran under the page CSP');
    await context.close();
  });
}

test('without JavaScript the page shows the story as static, accessible HTML', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const text = await page.locator('main').innerText();
  assert.match(text, /needs JavaScript/);
  const html = await page.content();
  assert.ok((html.match(/<article /g) || []).length >= 5, 'every article is in the page');
  assert.match(html, /<mark class="claim" id="claim-/);
  assert.equal(await page.locator('canvas').count(), 0);
  await context.close();
});
