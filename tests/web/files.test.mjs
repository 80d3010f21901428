// Bring your own articles: drop and pick files, progress, clear messages for bad files (the story stays),
// bundle download and round trip, ?bundle= for a hosted story.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { serve, launch, open, fixture, dist, eachPixel } from './browser.mjs';

const article = (title, body) => `${title}\n\nPublished: 6/20/2024\n\n${body}\n`;
const good = [
  ['kyiv.txt', article('Talks resume in Geneva', 'Negotiators met on Monday, officials said. The talks may continue next week.')],
  ['geneva.txt', article('Geneva talks end without deal', 'The talks ended on Friday without agreement, according to diplomats.')],
];
const hostedBundle = JSON.stringify({ format: 'claimline-bundle', version: 1, articles: [
  { id: 'h1', headline: 'A hosted story', outlet: 'example.org', published: '2024-01-02', text: 'One article, hosted.' }] });

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(fixture({ 'stories/hosted.json': hostedBundle }));
});
after(async () => { await browser?.close(); await server?.close(); });

// Drops files on the explorer the way a browser does: a DragEvent carrying a DataTransfer of Files.
async function drop(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, text, binary] of list) {
      dt.items.add(new File([binary ? new Uint8Array(binary) : text], name));
    }
    const target = document.querySelector('.claimline-stage');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}
const status = (page) => page.locator('.claimline-status');
const articles = (page) => page.evaluate(() => window.claimlineInstances[0].outline().articles.map((a) => a.headline));

async function openPage(url = server.url) {
  const opened = await open(browser, url);
  await opened.page.evaluate(() => {
    window.progress = [];
    window.claimlineInstances[0].on('progress', (p) => window.progress.push(p.fraction));
  });
  return opened;
}

test('dropping .txt articles replaces the story, with progress, and the DOM list follows', async () => {
  const { context, page, log } = await openPage();
  await drop(page, good);
  await page.waitForFunction(() => /Opened 2 articles/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.deepEqual(await articles(page), ['Talks resume in Geneva', 'Geneva talks end without deal']);
  const progress = await page.evaluate(() => window.progress);
  assert.ok(progress.length >= 3 && progress.at(-1) === 1, `progress reported: ${progress}`);
  assert.ok(progress.every((p, i) => i === 0 || p >= progress[i - 1]), 'progress never goes back');
  assert.equal(await page.locator('.claimline-mirror a[href="#a=1"]').count(), 1);
  assert.equal(await page.locator('.claimline-mirror a[href="#a=4"]').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Where a drop lands must be seen while files are dragged over the explorer, and gone after the drop.
test('dragging files over the explorer shows a frame over the canvas; leaving or dropping removes it', async () => {
  const { context, page } = await openPage();
  const box = await page.locator('canvas').boundingBox();
  const frameShown = async () => {
    let blue = 0, all = 0;
    eachPixel(await page.screenshot({ clip: { x: box.x, y: box.y + box.height / 2, width: 4, height: 20 } }), (x, y, [r, g, b]) => {
      all++;
      if (Math.abs(r - 25) <= 8 && Math.abs(g - 95) <= 8 && Math.abs(b - 190) <= 8) blue++;
    });
    return blue > 0.9 * all;
  };
  const drag = (type) => page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'a.txt'));
    document.querySelector('.claimline-stage').dispatchEvent(new DragEvent(t, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, type);
  assert.equal(await frameShown(), false);
  await drag('dragover');
  assert.equal(await frameShown(), true, 'the left edge of the canvas is framed while files are over it');
  await drag('dragleave');
  assert.equal(await frameShown(), false);
  await drag('dragover');
  await drop(page, [['empty.txt', '']]);
  await page.waitForFunction(() => document.querySelector('.claimline-status').textContent.startsWith('Not opened'), null, { timeout: 30000 });
  assert.equal(await frameShown(), false);
  await context.close();
});

test('dropped articles are analysed by the analyser, loaded on the drop in a worker', async () => {
  const { context, page, log } = await openPage();
  const analyserRequests = () => log.requests.filter((u) => /\/analyser\.(js|wasm)$/.test(u));
  assert.deepEqual(analyserRequests(), [], 'not loaded before files come');
  await drop(page, good);
  await page.waitForFunction(() => /Opened 2 articles/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.ok(analyserRequests().some((u) => u.endsWith('/analyser.js')), `requests: ${log.requests}`);
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  assert.deepEqual(outline.articles.map((a) => a.headline), ['Talks resume in Geneva', 'Geneva talks end without deal']);
  assert.ok(outline.claims.some((c) => /officials said/.test(c.text)), 'claims were extracted, not only articles read');
  assert.ok(outline.events.some((e) => e.day), 'and dated events');
  // A second drop reuses the worker: the analyser is fetched once per page.
  await page.locator('.claimline-status').evaluate((el) => { el.textContent = ''; });
  await drop(page, good.slice(0, 1));
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.equal(analyserRequests().filter((u) => u.endsWith('/analyser.js')).length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the single file (file://, no worker allowed) analyses dropped articles on the page', async () => {
  const { context, page, log } = await openPage(pathToFileURL(join(dist, 'claimline.html')).href);
  await drop(page, good);
  await page.waitForFunction(() => /Opened 2 articles/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  assert.ok(outline.claims.some((c) => /officials said/.test(c.text)), 'claims were extracted');
  const progress = await page.evaluate(() => window.progress);
  assert.ok(progress.length >= 3 && progress.at(-1) === 1, `progress reported: ${progress}`);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
  await context.close();
});

// The page starts with fonts subset to the bundled story; text beyond them (a reader's own story in Romanian,
// Hungarian…) is drawn once the full fonts, fetched on the drop, arrive.
const beyondFirstFonts = [['bucuresti.txt', article('Șeful guvernului la București', 'Președintele Ștefan a spus luni că Győr și Łódź vor semna acordul.')]];
const glyph = (page, c) => page.evaluate((code) => window.claimlineInstances[0].module._claimline_has_glyph(code), c.codePointAt(0));

test('text beyond the first fonts shows once the full fonts, fetched on the drop, arrive', async () => {
  const { context, page, log } = await openPage();
  const fontRequests = () => log.requests.filter((u) => u.endsWith('/claimline-fonts.bin'));
  assert.equal(await glyph(page, 'a'), 1);
  assert.equal(await glyph(page, 'Ș'), 0, 'the first fonts carry only the bundled story\'s characters');
  assert.deepEqual(fontRequests(), [], 'the full fonts are not loaded for the bundled story');
  await drop(page, beyondFirstFonts);
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  await page.waitForFunction((c) => window.claimlineInstances[0].module._claimline_has_glyph(c) === 1, 'Ș'.codePointAt(0), { timeout: 10000 });
  for (const c of 'ȘșțăâîőŁłź') assert.equal(await glyph(page, c), 1, c);
  assert.equal(fontRequests().length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Offline when the full fonts are first needed, online later: the failed fetch is tried again (after a
// back-off of 2 s, by a timer, or on the next need) and the letters come — no boxes for good.
test('a failed fetch of the full fonts is tried again and the letters come', async () => {
  const { context, page, log } = await openPage();
  const fontRequests = () => log.requests.filter((u) => u.endsWith('/claimline-fonts.bin'));
  let offline = true;
  await page.route('**/claimline-fonts.bin', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await drop(page, beyondFirstFonts);
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.ok(fontRequests().length >= 1, 'the fonts were asked for');
  assert.equal(await glyph(page, 'Ș'), 0, 'offline: not there yet');
  offline = false;
  await page.waitForFunction((c) => window.claimlineInstances[0].module._claimline_has_glyph(c) === 1, 'Ș'.codePointAt(0), { timeout: 15000 });
  for (const c of 'ȘșțăâîőŁłź') assert.equal(await glyph(page, c), 1, c);
  assert.equal(fontRequests().length, 2, 'one failed fetch, one that worked: no storm of retries');
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('the single file carries the full fonts inline', async () => {
  const { context, page, log } = await openPage(pathToFileURL(join(dist, 'claimline.html')).href);
  assert.equal(await glyph(page, 'ő'), 0);
  await drop(page, beyondFirstFonts);
  await page.waitForFunction((c) => window.claimlineInstances[0].module._claimline_has_glyph(c) === 1, 'ő'.codePointAt(0), { timeout: 60000 });
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations || []), []);
  await context.close();
});

test('an analyser that cannot be fetched gets a message; the story on screen stays', async () => {
  const root = fixture();
  rmSync(join(root, 'analyser.js'));
  const broken = await serve(root);
  const { context, page } = await openPage(broken.url);
  const before = await articles(page);
  await drop(page, good);
  await page.waitForFunction(() => document.querySelector('.claimline-status').textContent.startsWith('Not opened'), null, { timeout: 60000 });
  assert.match(await status(page).textContent(), /analyser could not start/);
  assert.deepEqual(await articles(page), before);
  await context.close();
  await broken.close();
});

test('bad files get a message naming the file and the place; the story on screen stays', async () => {
  const { context, page, log } = await openPage(`${server.url}#a=3`);
  const before = await articles(page);
  const cases = [
    [[['broken.json', '{"format": "claimline-bundle",\n  "version": 1,\n  "articles": [}']], /broken\.json:3:\d+/],
    [[['picture.png', 'not a story']], /picture\.png: not a story file/],
    [[['latin1.txt', '', [0x48, 0x69, 0xe9, 0x21, 0x0a]]], /latin1\.txt/],
    [[['empty.txt', '']], /empty\.txt/],
    [[['future.json', '{"format": "claimline-bundle", "version": 99, "articles": []}']], /future\.json.*version/i],
    [[...good, ['broken.json', '{']], /broken\.json/],
  ];
  for (const [files, message] of cases) {
    await page.locator('.claimline-status').evaluate((el) => { el.textContent = ''; });
    await drop(page, files);
    await page.waitForFunction(() => document.querySelector('.claimline-status').textContent.startsWith('Not opened'), null, { timeout: 30000 });
    const text = await status(page).textContent();
    assert.match(text, message);
    assert.match(text, /story on screen is unchanged/);
    // Plain words: no JSON pointer for a file that is not JSON, no doubled stops or spaces.
    assert.doesNotMatch(text, /\(\/\)|\.\.|  /, text);
    assert.ok(await status(page).evaluate((el) => el.classList.contains('error')));
    assert.deepEqual(await articles(page), before, `${files.map((f) => f[0])}: the story stays`);
  }
  assert.equal(await page.evaluate(() => window.claimlineInstances[0].selection()), 'a=3', 'and so does the selection');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.claimline-status *').length), 0, 'messages are text, not markup');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('picking files with the button works like a drop', async () => {
  const { context, page } = await openPage();
  await page.locator('.claimline-bar input[type=file]').setInputFiles(good.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  await page.waitForFunction(() => /Opened 2 articles/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  await context.close();
});

test('Download bundle saves the story on screen; the bundle opens again unchanged', async () => {
  const { context, page, log } = await openPage();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download bundle' }).click()]);
  assert.equal(download.suggestedFilename(), 'claimline-story.json');
  const { readFile } = await import('node:fs/promises');
  const json = await readFile(await download.path(), 'utf8');
  const bundle = JSON.parse(json);
  assert.equal(bundle.format, 'claimline-bundle');
  assert.equal(bundle.articles.length, 5);
  const outline = await page.evaluate(() => window.claimlineInstances[0].outline());
  await drop(page, [['story.json', json]]);
  await page.waitForFunction(() => /Opened 5 articles/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.deepEqual(await page.evaluate(() => window.claimlineInstances[0].outline()), outline, 'round trip keeps every layer the page shows');
  // The viewer links no JSON reader (issue #7: its download): the analyser worker reads the bundle and,
  // since it carries every layer, hands it back without extracting.
  assert.equal(log.requests.filter((u) => u.endsWith('/analyser.js')).length, 1, 'the analyser read the bundle');
  await context.close();
});

test('?bundle= opens a hosted story from the same site; other sites are refused', async () => {
  const { context, page, log } = await openPage(`${server.url}?bundle=stories/hosted.json#a=0`);
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  assert.deepEqual(await articles(page), ['A hosted story']);
  await context.close();
  const second = await openPage(`${server.url}?bundle=https://evil.example/story.json`);
  await second.page.waitForFunction(() => document.querySelector('.claimline-status').textContent.startsWith('Not opened'));
  assert.deepEqual(second.log.requests.filter((u) => !u.startsWith(server.url)), [], 'no request to another site');
  assert.deepEqual(log.errors, []);
  await second.context.close();
});

test('markup in a dropped story stays text: headlines, outlets and claims never become elements', async () => {
  const { context, page, log } = await openPage();
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  const bundle = JSON.stringify({ format: 'claimline-bundle', version: 1, articles: [
    { id: 'x', headline: `Headline ${evil}`, outlet: `<b>outlet</b>`, published: '2024-01-02', text: `Officials said ${evil} today.` }] });
  await drop(page, [['evil.json', bundle]]);
  await page.waitForFunction(() => /Opened 1 article/.test(document.querySelector('.claimline-status').textContent), null, { timeout: 60000 });
  await page.evaluate(() => window.claimlineInstances[0].select('a=0'));
  await page.waitForFunction(() => /Headline <img/.test(document.querySelector('.claimline-live').textContent));
  assert.match(await page.locator('.claimline-mirror a[href="#a=0"]').textContent(), /Headline <img src=x/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.claimline img, .claimline script, .claimline b').length), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});
