// host.js — the page side of claimline: owns the DOM, the canvas and the event loop; the wasm app
// (ui/platform/platform_emscripten.cpp) owns the UI. No framework, no third-party requests.
//
//   <div data-claimline></div> + claimline.js + host.js   → mounted automatically
//   ClaimlineHost.mount(element) → Promise<handle>        → handle.destroy()
//
// Input is listened for on this instance's canvas only (keys when it has focus), so several instances on
// one page never steal each other's keys or wheel. Frames are drawn only while the app asks for them.
(function () {
  'use strict';

  // DOM wheel deltas → ImGui wheel units (1 = one notch). Pixel-mode wheels report ~100 per notch.
  function wheelUnits(e) {
    const scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 1 : 1 / 100;
    return [-e.deltaX * scale, -e.deltaY * scale];
  }

  async function mount(container, options) {
    options = options || {};
    const canvas = document.createElement('canvas');
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', 'claimline story explorer: timeline, articles and claims');
    container.appendChild(canvas);
    const message = document.createElement('p');
    message.className = 'claimline-message';
    message.hidden = true;
    container.appendChild(message);

    const Module = await createClaimline({
      canvas: canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
    });
    Module.specialHTMLTargets['!canvas'] = canvas;

    let dpr = window.devicePixelRatio || 1;
    const backing = () => [Math.max(1, Math.round(canvas.clientWidth * dpr)),
                           Math.max(1, Math.round(canvas.clientHeight * dpr))];
    let [w, h] = backing();
    canvas.width = w;
    canvas.height = h;
    if (!Module._claimline_start(w, h, dpr)) {
      message.textContent = 'This browser cannot show the explorer: WebGL 2 is not available.';
      message.hidden = false;
      return null;
    }

    let scheduled = 0;
    let destroyed = false;
    const frame = (time) => {
      scheduled = 0;
      if (destroyed) return;
      const more = Module._claimline_frame(time / 1000);
      window.claimlineFrames = (window.claimlineFrames || 0) + 1;  // read by tests and benchmarks
      if (window.claimlineReadyMs === undefined) window.claimlineReadyMs = performance.now();
      if (more) request();
    };
    const request = () => { if (!scheduled && !destroyed) scheduled = requestAnimationFrame(frame); };

    // Canvas backing store = CSS size × devicePixelRatio, following the container.
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

    request();
    const handle = {
      canvas: canvas,
      module: Module,
      redraw: request,
      selection: () => Module.UTF8ToString(Module._claimline_selection()),
      destroy() {
        destroyed = true;
        if (scheduled) cancelAnimationFrame(scheduled);
        observer.disconnect();
        mq.removeEventListener('change', onDpr);
        for (const [t, type, fn, o] of listeners) t.removeEventListener(type, fn, o);
        canvas.remove();
        message.remove();
        const i = window.claimlineInstances.indexOf(handle);
        if (i >= 0) window.claimlineInstances.splice(i, 1);
      },
    };
    window.claimlineInstances.push(handle);
    return handle;
  }

  window.ClaimlineHost = { mount: mount };
  window.claimlineInstances = window.claimlineInstances || [];  // mounted handles, for the host page and tests
  const auto = () => {
    for (const el of document.querySelectorAll('[data-claimline]')) {
      mount(el).catch((err) => console.error('claimline:', err));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', auto);
  else auto();
})();
