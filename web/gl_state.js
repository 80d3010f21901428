// gl_state.js — link-time library (web/CMakeLists.txt: --js-library): glGetIntegerv without a round trip
// for the state Dear ImGui's OpenGL backend saves before and restores after every frame.
//
// In WebGL each such query may be a synchronous round trip to the browser's GPU process, and the first one
// of a frame waits for all the GPU work queued before it (on the first frame: the shaders and the font
// atlas) — most of the first frame's time. The page owns its context and nothing else draws with it;
// ImGui sets every state it needs at the start of each frame (ImGui_ImplOpenGL3_SetupRenderState) and the
// platform sets the viewport before clearing, so the values ImGui restores need not be read back: they are
// answered with WebGL's initial values. Every other query (versions, limits) still asks the context.
mergeInto(LibraryManager.library, {
  glGetIntegerv__sig: 'vii',
  glGetIntegerv__deps: ['$emscriptenWebGLGet'],
  glGetIntegerv: function(name_, p) {
    var one = {
      0x84E0: 0x84C0,  // ACTIVE_TEXTURE: TEXTURE0
      0x8B8D: 0, 0x8069: 0, 0x8919: 0,  // CURRENT_PROGRAM, TEXTURE_BINDING_2D, SAMPLER_BINDING: none
      0x8894: 0, 0x8895: 0, 0x85B5: 0,  // ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER, VERTEX_ARRAY bindings: none
      0x80C9: 1, 0x80CB: 1, 0x80C8: 0, 0x80CA: 0,  // BLEND_SRC_RGB/ALPHA: ONE, BLEND_DST_RGB/ALPHA: ZERO
      0x8009: 0x8006, 0x883D: 0x8006,  // BLEND_EQUATION_RGB/ALPHA: FUNC_ADD
    }[name_];
    if (p && one !== undefined) {
      HEAP32[p >> 2] = one;
    } else if (p && (name_ === 0x0BA2 || name_ === 0x0C10)) {  // VIEWPORT, SCISSOR_BOX: the whole canvas
      HEAP32[p >> 2] = 0;
      HEAP32[(p >> 2) + 1] = 0;
      HEAP32[(p >> 2) + 2] = GLctx.drawingBufferWidth;
      HEAP32[(p >> 2) + 3] = GLctx.drawingBufferHeight;
    } else {
      emscriptenWebGLGet(name_, p, {{{ cDefine('EM_FUNC_SIG_PARAM_I') }}});
    }
  },
});
