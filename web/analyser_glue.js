// analyser_glue.js — appended to analyser.js (Emscripten --extern-post-js): drives the analyser module
// (web/analyser.cpp) through one job, and makes analyser.js its own Web Worker script.
//
//   claimlineAnalyse(module, files, progress, pause) → Promise<{ ok, bytes }>
//     files: [[name, Uint8Array]]; progress(fraction 0..1) after each slice; pause() between slices
//     (the single-file page yields to the browser there; a worker needs no pause).
//     bytes: the analysed story as a snapshot (core/corpus_snapshot.hpp), or the error naming file and place.
//   As a worker (new Worker('analyser.js')): message { id, files } → messages { id, progress } … then
//   { id, ok, bytes } (bytes transferred). The module is created on the first message.
async function claimlineAnalyse(module, files, progress, pause) {
  for (const [name, bytes] of files) {
    const ptr = module._malloc(Math.max(1, bytes.length));
    module.HEAPU8.set(bytes, ptr);
    module.ccall('analyser_add_file', null, ['string', 'number', 'number'], [name, ptr, bytes.length]);
    module._free(ptr);
  }
  let step = module._analyser_start();
  while (step >= 0 && step < 1000) {
    progress(step / 1000);
    await pause();
    step = module._analyser_step();
  }
  const at = module._analyser_result();
  return { ok: step === 1000, bytes: module.HEAPU8.slice(at, at + module._analyser_result_size()) };
}

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  let started = null;
  self.onmessage = async (event) => {
    const { id, files } = event.data;
    try {
      started = started || createAnalyser();
      const module = await started;
      const result = await claimlineAnalyse(module, files, (fraction) => self.postMessage({ id, progress: fraction }),
        () => undefined);
      self.postMessage({ id, ok: result.ok, bytes: result.bytes }, [result.bytes.buffer]);
    } catch (err) {
      started = null;                  // a module that trapped is not reused
      const text = new TextEncoder().encode(`the analyser failed: ${err && err.message ? err.message : err}`);
      self.postMessage({ id, ok: false, bytes: text }, [text.buffer]);
    }
  };
}
