// host.js — the page side of claimline: owns the DOM, the canvas and the event loop; the wasm app
// (ui/platform/platform_emscripten.cpp) owns the UI. No framework, no third-party requests.
//
//   <div data-claimline></div> + claimline.js + host.js (+ mirror.js, files.js, embed.js)  → mounted on load
//   ClaimlineHost.mount(element, options) → Promise<handle>
//     handle.select('a=2&c=14') · handle.setView('timeline') · handle.setTheme('dark')
//     handle.deepLink() → 'a=2&c=14&view=timeline' · handle.applyDeepLink(text) → true when all of it applied
//     handle.on('select' | 'state' | 'load' | 'progress', fn) → unsubscribe · handle.loadFiles(files)
//     handle.exportBundle() → JSON text · handle.outline() · handle.destroy()
//     handle.afterFirstFrame(fn): fn runs in a task of its own once the first frame is drawn
//   (web/claimline.mjs wraps this as an ES module and the <claim-line> element; docs/embedding.md.)
//
// Input is listened for on this instance's canvas only (keys when it has focus), so several instances on
// one page never steal each other's keys or wheel. Frames are drawn only while the app asks for them.
// Features beside the canvas (DOM mirror, file drop, deep links, postMessage) live in their own files and
// register in ClaimlineHost.features; each gets the handle and the options and returns its cleanup.
(function () {
  'use strict';

  const MAX_FILE_BYTES = 64 << 20;     // the core refuses larger bundles (core::LoadLimits); say so early
  const MAX_FILES = 200;               // a story is a handful of articles; more is a mistake, not a story
  const SELECTION = /^(?:(?:[acent]|at)=\d{1,9}(?:&(?:[acent]|at)=\d{1,9})*)?$/;  // ui::ResolveLink's grammar, bounded
  const VIEWS = ['explorer', 'timeline', 'reader'];
  const THEMES = ['light', 'dark'];
  const DAY_MS = 86400000;

  // DOM wheel deltas → ImGui wheel units (1 = one notch). Pixel-mode wheels report ~100 per notch.
  function wheelUnits(e) {
    const scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 1 : 1 / 100;
    return [-e.deltaX * scale, -e.deltaY * scale];
  }

  // "2024-06-19" ↔ days since 1970-01-01 (the timeline's unit); null when not a real date.
  function dayFromIso(text) {
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
    const [y, m, d] = text.split('-').map(Number);
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
    return ms / DAY_MS;
  }
  function isoFromDay(day) { return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10); }

  // A deep link "a=2&c=14&view=timeline&theme=dark&from=2024-06-01&to=2024-07-01" → its parts, each
  // validated; unknown keys are ignored (newer links stay readable). null when any known part is malformed.
  function parseDeepLink(text) {
    if (typeof text !== 'string' || text.length > 400) return null;
    const out = { selection: [], view: null, theme: null, from: null, to: null };
    for (const part of text.replace(/^#/, '').split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      if (eq < 1) return null;
      const key = part.slice(0, eq), value = part.slice(eq + 1);
      if (('acent'.includes(key) && key.length === 1) || key === 'at') {  // at = byte offset in the article
        if (!/^\d{1,9}$/.test(value)) return null;
        out.selection.push(`${key}=${value}`);
      } else if (key === 'view') {
        if (!VIEWS.includes(value)) return null;
        out.view = value;
      } else if (key === 'theme') {
        if (!THEMES.includes(value)) return null;
        out.theme = value;
      } else if (key === 'from' || key === 'to') {
        const day = dayFromIso(value);
        if (day === null) return null;
        out[key] = day;
      }
    }
    if (out.from !== null && out.to !== null && out.from >= out.to) return null;
    out.selection = out.selection.join('&');
    return out;
  }

  const features = [];                 // (handle, options) → cleanup; see the files beside this one

  // One compile per page, started as soon as this script runs (index.html preloads the bytes), shared by
  // every instance. Not in the single file (the module is inlined there) nor from file://; on any failure
  // Emscripten's own loader takes over.
  let compiled = null;
  function compiledModule() {
    if (compiled === null) {
      const script = document.querySelector('script[src$="claimline.js"]');
      compiled = script && WebAssembly.compileStreaming && location.protocol !== 'file:'
        ? WebAssembly.compileStreaming(fetch(new URL('claimline.wasm', script.src), { credentials: 'same-origin' }))
          .then((module) => { performance.mark('claimline:compiled'); return module; }, () => false)
        : Promise.resolve(false);
    }
    return compiled;
  }
  compiledModule();

  // ImGui's shader program, compiled and linked as soon as an instance has its context, while the module
  // still downloads. Its sources are ImGui's own, read from the imgui_impl_opengl3.cpp the build compiles
  // (tools/imgui_shaders.py writes them into ClaimlineHost.imguiShaders, joined after this script); the
  // app's GL layer (gl_state.js) hands this program to ImGui instead of compiling its own only when ImGui
  // gives exactly these sources, else ImGui compiles its own as usual (so does a page without them).
  // ImGui's status checks (glGetShaderiv ×4, glGetProgramiv ×2) were synchronous round trips to the GPU
  // process in the first frame, each waiting behind whatever the GPU process was doing (under SwiftShader,
  // headless: a display frame's draw and read-back, 30-170 ms each) — ~200 ms of the first frame in
  // bench/web_load_trace.mjs on the loaded build machine. The one round trip left, the link status (which
  // also brings the program's uniforms and attributes, so ImGui's look-ups are answered on this side), is
  // taken here, right after the context's own: the GPU process has just answered, and the page is waiting
  // for the module anyway. (Asked later — a timer, or in the first frame — it waited behind display frames
  // on the critical path: timers ran only after the first frame, and in-frame it cost 12-106 ms.)
  function prelinkImGuiProgram(canvas, gl) {
    const sources = window.ClaimlineHost.imguiShaders;
    if (!sources) return;
    const shader = (type, source) => {
      const s = gl.createShader(type);
      gl.shaderSource(s, source);
      gl.compileShader(s);
      return s;
    };
    const vs = shader(gl.VERTEX_SHADER, sources.vertex), fs = shader(gl.FRAGMENT_SHADER, sources.fragment);
    const program = gl.createProgram();
    gl.attachShader(program, vs);
    gl.attachShader(program, fs);
    gl.linkProgram(program);
    // used: set by gl_state.js when ImGui got the program.
    canvas.claimlinePrelinked = { vs: vs, fs: fs, program: program, sources: [sources.vertex, sources.fragment],
      linked: !!gl.getProgramParameter(program, gl.LINK_STATUS), used: false };
  }

  // The full fonts (claimline-fonts.bin: every glyph the UI can draw), fetched once per page the first time
  // an instance needs text beyond its first fonts (a reader's own story, a search for "é"); inlined as a
  // data block in the single file. Resolves the bytes, or null (the first fonts stay).
  let fonts = null;
  function fullFonts() {
    if (!fonts) {
      const inline = document.getElementById('claimline-fonts');
      const script = document.querySelector('script[src$="claimline.js"]');
      fonts = (inline ? Promise.resolve(Uint8Array.from(atob(inline.textContent.trim()), (c) => c.charCodeAt(0)))
        : fetch(new URL('claimline-fonts.bin', script ? script.src : location.href), { credentials: 'same-origin' })
          .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .then((buffer) => new Uint8Array(buffer)))
        .catch((err) => { console.warn('claimline: the full fonts did not load:', err.message); fonts = null; return null; });
    }
    return fonts;
  }

  // The analyser (analyser.js + analyser.wasm: ingest and extraction, web/analyser.cpp) — fetched only when a
  // reader brings files, never for reading the bundled story. Served pages run it in one Web Worker shared by
  // every instance, so extraction never freezes the explorer; the single file (whose CSP allows no worker)
  // has it inlined and runs it on the page in slices. analyse(files, progress) → Promise<{ ok, bytes }>.
  let worker = null, lastJob = 0;
  const jobs = new Map();              // job id → { progress, resolve }
  function workerAnswer(event) {
    const { id, progress, ok, bytes } = event.data;
    const job = jobs.get(id);
    if (!job) return;
    if (progress !== undefined) { job.progress(progress); return; }
    jobs.delete(id);
    job.resolve({ ok: !!ok, bytes: bytes });
  }
  function workerFailed(event) {
    const text = new TextEncoder().encode(`the analyser could not start (${event.message || 'worker error'})`);
    for (const job of jobs.values()) job.resolve({ ok: false, bytes: text });
    jobs.clear();
    worker = null;                     // the next files try again
  }
  let inline = null;                   // the single file's analyser module, created on first use
  function analyse(files, progress) {
    if (typeof createAnalyser === 'function') {  // inlined (single file): on the page, yielding between slices
      inline = inline || createAnalyser();
      const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
      return inline.then((module) => claimlineAnalyse(module, files, progress, pause));
    }
    if (!worker) {
      const script = document.querySelector('script[src$="claimline.js"]');
      try {
        worker = new Worker(new URL('analyser.js', script ? script.src : location.href));
      } catch (err) {                  // e.g. a host page whose CSP forbids workers: say so, keep the story
        const text = new TextEncoder().encode(`the analyser could not start (${err.message})`);
        return Promise.resolve({ ok: false, bytes: text });
      }
      worker.onmessage = workerAnswer;
      worker.onerror = workerFailed;
    }
    const id = ++lastJob;
    return new Promise((resolve) => {
      jobs.set(id, { progress: progress, resolve: resolve });
      worker.postMessage({ id: id, files: files }, files.map(([, bytes]) => bytes.buffer));
    });
  }

  async function mount(container, options) {
    options = options || {};
    container.classList.add('claimline');
    const stage = document.createElement('div');
    stage.className = 'claimline-stage';
    const canvas = document.createElement('canvas');
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', 'claimline story explorer: timeline, articles and claims. ' +
      'Arrow keys and Enter move through it; the story is also listed as links after it.');
    stage.appendChild(canvas);
    const message = document.createElement('p');
    message.className = 'claimline-message';
    message.hidden = true;
    stage.appendChild(message);
    container.appendChild(stage);
    const bar = document.createElement('div');  // the features' buttons and status line (below the canvas)
    bar.className = 'claimline-bar';
    container.appendChild(bar);
    // The features fill the bar only once the module has started; until then an invisible button holds
    // one row of it, so the canvas below already has its final size when the context is made. (Without it
    // the bar grew by 28 px after the first frame: that frame was drawn stretched, and the drawing buffer
    // was reallocated — a wait for the GPU process, 70 ms on the loaded build machine — for a second one.)
    const placeholder = document.createElement('button');
    placeholder.className = 'claimline-button';
    placeholder.textContent = '\u00a0';
    placeholder.tabIndex = -1;
    placeholder.setAttribute('aria-hidden', 'true');
    placeholder.style.visibility = 'hidden';
    bar.appendChild(placeholder);
    // Canvas backing store = CSS size × devicePixelRatio, following the container; sized before the
    // context exists: every later change of canvas.width/height reallocates the drawing buffer and waits
    // for the GPU process (tens of ms under SwiftShader, more while it is still starting up).
    let dpr = window.devicePixelRatio || 1;
    const backing = () => [Math.max(1, Math.round(canvas.clientWidth * dpr)),
                           Math.max(1, Math.round(canvas.clientHeight * dpr))];
    let [w, h] = backing();
    canvas.width = w;
    canvas.height = h;
    // The WebGL 2 context now, while the module downloads and compiles: the browser's GPU side starts up in
    // parallel. The app's own request (platform_emscripten.cpp, the same attributes) then gets this context.
    const gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    if (gl) prelinkImGuiProgram(canvas, gl);

    const wasm = await compiledModule();
    const Module = await createClaimline({
      canvas: canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      ...(wasm ? { instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm),
          (err) => console.error('claimline: the module did not start:', err));
        return {};
      } } : {}),
    });
    Module.specialHTMLTargets['!canvas'] = canvas;
    performance.mark('claimline:module');  // wasm fetched and compiled (the benchmark splits load time here)
    // The viewer's analyser seam (ui/platform/analyser_worker.cpp) calls this with the files to analyse; the
    // answer goes back through claimline_analysis_done. loadFiles waits for `analysing`.
    let analysing = null;
    Module.analyse = (id, files) => {
      analysing = analyse(files, (fraction) => emit('progress', { fraction: 0.4 + 0.55 * fraction, stage: 'analysing' }))
        .then((answer) => {
          if (destroyed) return;
          const ptr = Module._malloc(Math.max(1, answer.bytes.length));
          Module.HEAPU8.set(answer.bytes, ptr);
          Module._claimline_analysis_done(id, answer.ok ? 1 : 0, ptr, answer.bytes.length);
          Module._free(ptr);
        });
    };

    // The app asks for the full fonts when text beyond its first fonts comes (platform_emscripten.cpp).
    Module.loadFonts = () => {
      fullFonts().then((bytes) => {
        if (destroyed) return;
        if (!bytes) { Module._claimline_fonts_failed(); request(); return; }  // tried again with back-off
        const ptr = Module._malloc(bytes.length);
        Module.HEAPU8.set(bytes, ptr);
        Module._claimline_fonts_done(ptr, bytes.length);
        Module._free(ptr);
        request();
      });
    };

    [w, h] = backing();                  // the page may have moved while the module came
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    const started = Module._claimline_start(w, h, dpr);
    performance.mark('claimline:started');  // fonts, theme and the story loaded
    if (!started) {
      placeholder.remove();
      message.textContent = 'This browser cannot show the explorer: WebGL 2 is not available.';
      message.hidden = false;
      return null;
    }

    const str = (ptr) => Module.UTF8ToString(ptr);
    const call = (name, arg) => Module.ccall(name, 'number', ['string'], [arg]);
    const listenersByType = new Map();
    const emit = (type, detail) => {
      for (const fn of listenersByType.get(type) || []) {
        try { fn(detail); } catch (err) { console.error('claimline listener:', err); }
      }
    };

    let scheduled = 0;
    let destroyed = false;
    // Work that only the DOM needs (the mirror's list of links) waits for the first frame: run before it,
    // it delayed the explorer by its whole cost (the outline's JSON, a few hundred elements and their
    // layout: 7-10 ms of main-thread CPU in bench/web_load_trace.mjs, several times that in wall time on a
    // loaded machine). Callbacks run in a task of their own, after the frame's rendering update.
    let drawn = false;
    const afterDrawn = [];
    const runAfterDrawn = () => setTimeout(() => {
      for (const fn of afterDrawn.splice(0)) {
        if (destroyed) return;
        try { fn(); } catch (err) { console.error('claimline:', err); }
      }
    }, 0);
    let lastSelection = null, lastLink = null;
    const frame = (time) => {
      scheduled = 0;
      if (destroyed) return;
      const more = Module._claimline_frame(time / 1000);
      window.claimlineFrames = (window.claimlineFrames || 0) + 1;  // read by tests and benchmarks
      if (window.claimlineReadyMs === undefined) {
        window.claimlineReadyMs = performance.now();
        performance.mark('claimline:first-frame');  // the same moment, beside the app's own marks
      }
      if (!drawn) { drawn = true; runAfterDrawn(); }
      if (more) request();
      noticeChanges();
    };
    const request = () => { if (!scheduled && !destroyed) scheduled = requestAnimationFrame(frame); };

    // After each frame: tell listeners when the selection or the deep-linkable state moved.
    const noticeChanges = () => {
      const theme = str(Module._claimline_theme());
      if (container.dataset.theme !== theme) container.dataset.theme = theme;  // the explorer's own switch
      if (systemTheme !== null && theme !== systemTheme) systemTheme = null;   // … is a choice: links keep it
      const selection = str(Module._claimline_selection());
      const link = handle.deepLink();
      if (selection !== lastSelection) {
        lastSelection = selection;
        emit('select', { selection: selection });
      }
      if (link !== lastLink) {
        lastLink = link;
        emit('state', { state: link });
      }
    };

    const resize = () => {
      dpr = window.devicePixelRatio || 1;
      [w, h] = backing();
      if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
      Module._claimline_resize(w, h, dpr);
      request();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);

    const listeners = [];
    const on = (target, type, fn, opts) => { target.addEventListener(type, fn, opts); listeners.push([target, type, fn, opts]); };
    const pos = (e) => { const r = canvas.getBoundingClientRect(); return [(e.clientX - r.left) * dpr, (e.clientY - r.top) * dpr]; };
    on(canvas, 'pointermove', (e) => { Module._claimline_mouse_move(...pos(e)); request(); });
    on(canvas, 'pointerdown', (e) => {
      canvas.focus();
      canvas.setPointerCapture(e.pointerId);  // the matching pointerup arrives even outside the canvas
      Module._claimline_mouse_move(...pos(e));
      Module._claimline_mouse_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 1);
      request();
    });
    on(canvas, 'pointerup', (e) => {
      Module._claimline_mouse_move(...pos(e));
      Module._claimline_mouse_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 0);
      request();
    });
    on(canvas, 'pointerleave', (e) => { if (!e.buttons) { Module._claimline_mouse_leave(); request(); } });
    on(canvas, 'contextmenu', (e) => e.preventDefault());
    on(canvas, 'wheel', (e) => { e.preventDefault(); Module._claimline_wheel(...wheelUnits(e)); request(); }, { passive: false });
    const key = (down) => (e) => {
      const used = Module.ccall('claimline_key', 'number', ['string', 'number', 'number', 'number', 'number', 'number'],
        [e.code, down ? 1 : 0, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0]);
      if (down && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
        Module.ccall('claimline_text', null, ['string'], [e.key]);
        e.preventDefault();
      } else if (used && e.code !== 'Tab' && !(e.ctrlKey && (e.code === 'KeyC' || e.code === 'KeyV'))) {
        e.preventDefault();  // arrows, space… drive the explorer, not the page's scroll
      }
      request();
    };
    on(canvas, 'keydown', key(true));
    on(canvas, 'keyup', key(false));
    on(canvas, 'paste', (e) => {
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (text) { Module.ccall('claimline_text', null, ['string'], [text]); request(); }
      e.preventDefault();
    });
    on(canvas, 'focus', () => { Module._claimline_focus(1); request(); });
    on(canvas, 'blur', () => { Module._claimline_focus(0); request(); });
    const dprQuery = () => matchMedia(`(resolution: ${dpr}dppx)`);
    let mq = dprQuery();
    const onDpr = () => { mq.removeEventListener('change', onDpr); resize(); mq = dprQuery(); mq.addEventListener('change', onDpr); };
    mq.addEventListener('change', onDpr);

    let loading = false;
    const cleanups = [];
    let systemTheme = null;              // the theme last applied from prefers-color-scheme; null = chosen
    const darkQuery = window.matchMedia ? matchMedia('(prefers-color-scheme: dark)') : null;
    const handle = {
      container: container,
      canvas: canvas,
      bar: bar,
      module: Module,
      redraw: request,
      afterFirstFrame(fn) { afterDrawn.push(fn); if (drawn && afterDrawn.length === 1) runAfterDrawn(); },
      selection: () => str(Module._claimline_selection()),
      view: () => str(Module._claimline_view()),
      theme: () => str(Module._claimline_theme()),
      // Each setter validates (the string may come from a URL or a message) and returns true when applied.
      select(selection) {
        if (typeof selection !== 'string' || !SELECTION.test(selection)) return false;
        const ok = call('claimline_select', selection) === 1;
        request();
        return ok;
      },
      setView(view) {
        const ok = VIEWS.includes(view) && call('claimline_set_view', view) === 1;
        request();
        return ok;
      },
      // An explicit theme (option, URL, deep link, message, API) stops following the system setting.
      setTheme(theme) {
        const ok = applyTheme(theme);
        if (ok) systemTheme = null;
        return ok;
      },
      // The timeline's visible window as ISO days, or null before the first frame fitted it.
      timeWindow() {
        const parts = str(Module._claimline_window()).split(' ').map(Number);
        return parts.length === 2 ? [isoFromDay(parts[0]), isoFromDay(parts[1])] : null;
      },
      setTimeWindow(from, to) {
        const a = dayFromIso(from), b = dayFromIso(to);
        const ok = a !== null && b !== null && a < b && Module._claimline_set_window(a, b) === 1;
        if (ok) windowPinned = true;
        request();
        return ok;
      },
      deepLink() {
        const parts = [str(Module._claimline_link())];  // a claim by its words (a=4&at=1107): survives re-extraction
        if (handle.view() !== 'explorer') parts.push(`view=${handle.view()}`);
        // The theme is part of a link only when chosen: one following the system setting is the reader's own.
        if (systemTheme === null && handle.theme() !== defaultTheme()) parts.push(`theme=${handle.theme()}`);
        const win = handle.timeWindow();
        if (win && (windowPinned || (initialWindow && (win[0] !== initialWindow[0] || win[1] !== initialWindow[1]))))
          parts.push(`from=${win[0]}`, `to=${win[1]}`);
        return parts.filter(Boolean).join('&');
      },
      // Applies every valid part; false when the link is malformed (then nothing changes).
      applyDeepLink(text) {
        const link = parseDeepLink(text);
        if (!link) return false;
        let ok = true;
        if (link.view) ok = handle.setView(link.view) && ok;
        if (link.theme) ok = handle.setTheme(link.theme) && ok;
        if (link.selection) ok = handle.select(link.selection) && ok;
        if (link.from !== null && link.to !== null) {
          const set = Module._claimline_set_window(link.from, link.to) === 1;
          windowPinned = windowPinned || set;
          ok = set && ok;
        }
        request();
        return ok;
      },
      outline: () => JSON.parse(str(Module._claimline_outline())),
      exportBundle: () => str(Module._claimline_export_bundle()),
      on(type, fn) {
        if (!listenersByType.has(type)) listenersByType.set(type, new Set());
        listenersByType.get(type).add(fn);
        return () => listenersByType.get(type).delete(fn);
      },
      // files: File objects or {name, bytes: Uint8Array|string}. Resolves {ok, message}; on failure the story
      // on screen stays and message names the file and the place. Emits 'progress' (0..1) and 'load'.
      async loadFiles(files) {
        files = Array.from(files || []);
        const fail = (text) => { const r = { ok: false, message: text }; emit('load', r); return r; };
        if (loading) return fail('Still opening the previous files.');
        if (!files.length) return fail('No files to open.');
        if (files.length > MAX_FILES) return fail(`${files.length} files: at most ${MAX_FILES} can be opened at once.`);
        loading = true;
        try {
          const total = files.reduce((n, f) => n + (f.size !== undefined ? f.size : (f.bytes || '').length), 0) || 1;
          let done = 0;
          const chunks = [];
          for (const f of files) {
            const name = String(f.name || 'untitled').slice(0, 255);
            if (!/\.(txt|json|tml|xml|sgm)$/i.test(name))
              return fail(`${name}: not a story file — drop .txt articles, a bundle .json or TimeML .tml files.`);
            const size = f.size !== undefined ? f.size : (f.bytes || '').length;
            if (size > MAX_FILE_BYTES) return fail(`${name}: ${(size / 1048576).toFixed(0)} MiB; the limit is 64 MiB.`);
            const bytes = f.arrayBuffer ? new Uint8Array(await f.arrayBuffer())
              : typeof f.bytes === 'string' ? new TextEncoder().encode(f.bytes) : new Uint8Array(f.bytes || []);
            chunks.push([name, bytes]);
            done += size;
            emit('progress', { fraction: 0.4 * done / total, stage: 'reading' });
          }
          for (const [name, bytes] of chunks) {
            const ptr = Module._malloc(Math.max(1, bytes.length));
            Module.HEAPU8.set(bytes, ptr);
            Module.ccall('claimline_add_file', null, ['string', 'number', 'number'], [name, ptr, bytes.length]);
            Module._free(ptr);
          }
          analysing = null;
          // A bundle written after extraction opens at once; anything else goes to the analyser.
          if (Module._claimline_open_files() === 0) {
            emit('progress', { fraction: 0.4, stage: 'analysing' });
            await analysing;
          }
          if (destroyed) return fail('The explorer was closed.');
          if (Module._claimline_load_state() !== 1) return fail(str(Module._claimline_status()));
          emit('progress', { fraction: 1, stage: 'done' });
          initialWindow = null;
          windowPinned = false;
          request();
          const result = { ok: true, message: str(Module._claimline_status()) };
          emit('load', result);
          return result;
        } finally {
          loading = false;
        }
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        for (const fn of cleanups.splice(0)) fn();
        if (scheduled) cancelAnimationFrame(scheduled);
        observer.disconnect();
        mq.removeEventListener('change', onDpr);
        for (const [t, type, fn, o] of listeners) t.removeEventListener(type, fn, o);
        stage.remove();
        bar.remove();
        listenersByType.clear();
        const i = window.claimlineInstances.indexOf(handle);
        if (i >= 0) window.claimlineInstances.splice(i, 1);
      },
    };

    // The fitted window the story opened with: a deep link names the window only once the reader moved it.
    let initialWindow = null;
    let windowPinned = false;            // a link or the API set the window: links keep naming it
    handle.on('state', () => { if (!initialWindow) initialWindow = handle.timeWindow(); });

    // Theme: the option if given, else the reader's prefers-color-scheme, followed live until a theme is
    // chosen (by the host, a link, or the reader's own switch in the explorer's top bar).
    function defaultTheme() { return darkQuery && darkQuery.matches ? 'dark' : 'light'; }
    function applyTheme(theme) {
      const ok = THEMES.includes(theme) && call('claimline_set_theme', theme) === 1;
      if (ok) container.dataset.theme = theme;
      request();
      return ok;
    }
    const followSystem = () => {
      if (systemTheme === null) return;
      if (handle.theme() !== systemTheme) { systemTheme = null; return; }  // switched in the explorer
      const want = defaultTheme();
      if (want !== systemTheme && applyTheme(want)) systemTheme = want;
    };
    if (options.theme) handle.setTheme(options.theme);
    else {
      systemTheme = handle.theme();
      followSystem();
      if (darkQuery) {
        darkQuery.addEventListener('change', followSystem);
        cleanups.push(() => darkQuery.removeEventListener('change', followSystem));
      }
    }
    if (options.view) handle.setView(options.view);
    if (options.selection) handle.select(options.selection);
    for (const feature of features) {
      const cleanup = feature(handle, options);
      if (typeof cleanup === 'function') cleanups.push(cleanup);
    }
    placeholder.remove();
    window.claimlineInstances.push(handle);
    request();
    return handle;
  }

  // Options from data-* attributes: data-view, data-theme, data-selection, data-bundle, data-hash,
  // data-messages, data-allowed-origins (space-separated), data-height (CSS pixels).
  function optionsFromElement(el) {
    const d = el.dataset;
    return {
      view: d.view, theme: d.theme, selection: d.selection, bundle: d.bundle,
      hash: d.hash !== undefined, messages: d.messages !== undefined,
      allowedOrigins: d.allowedOrigins ? d.allowedOrigins.split(/\s+/).filter(Boolean) : undefined,
    };
  }

  window.ClaimlineHost = { mount: mount, features: features, optionsFromElement: optionsFromElement,
    parseDeepLink: parseDeepLink,
    imguiShaders: null };              // { vertex, fragment }: ImGui's sources, set by the generated script
  window.claimlineInstances = window.claimlineInstances || [];  // mounted handles, for the host page and tests
  // Auto-mount only when the script is part of the page's own markup, blocking or deferred (not injected
  // later by claimline.mjs, whose caller mounts explicitly: injected scripts are async). Runs after every
  // script of the page has loaded.
  const script = document.currentScript;
  if (script && !script.async && document.readyState !== 'complete') {
    document.addEventListener('DOMContentLoaded', () => {
      for (const el of document.querySelectorAll('[data-claimline]')) {
        mount(el, optionsFromElement(el)).catch((err) => console.error('claimline:', err));
      }
    });
  }
})();
