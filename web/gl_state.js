// gl_state.js — link-time library (web/CMakeLists.txt: --js-library): glGetIntegerv without a round trip
// for the state Dear ImGui's OpenGL backend saves before and restores after every frame, and ImGui's
// shader program without one (below).
//
// In WebGL each such query may be a synchronous round trip to the browser's GPU process, and the first one
// of a frame waits for all the GPU work queued before it (on the first frame: the shaders and the font
// atlas) — most of the first frame's time. The page owns its context and nothing else draws with it;
// ImGui sets every state it needs at the start of each frame (ImGui_ImplOpenGL3_SetupRenderState) and the
// platform sets the viewport before clearing, so the values ImGui restores need not be read back: they are
// answered with WebGL's initial values. Every other query (versions, limits) still asks the context.
//
// And ImGui's shader program, compiled and linked by the page while the module downloaded (web/host.js:
// prelinkImGuiProgram, on canvas.claimlinePrelinked): when ImGui gives a shader exactly that source, its
// shader object becomes the page's compiled one; when it links a program of both, that program becomes the
// page's linked one. Their compile and link status are known, so ImGui's checks are answered here instead
// of with a round trip each to the GPU process in the first frame. Any other shader or program — or this
// one when the page's link failed, was not made, or was handed over already — goes to WebGL as usual.
mergeInto(LibraryManager.library, {
  // The page's prelinked program for the current context, when its link succeeded and ImGui has not had it.
  $claimlinePrelinked: function() {
    var pre = GLctx.canvas && GLctx.canvas.claimlinePrelinked;
    return pre && pre.linked && !pre.used ? pre : null;
  },

  glShaderSource__sig: 'viiii',
  glShaderSource__deps: ['$claimlinePrelinked'],
  glShaderSource: function(shader, count, string, length) {
    var source = GL.getSource(shader, count, string, length);
    var pre = claimlinePrelinked();
    var i = pre ? pre.sources.indexOf(source) : -1;
    if (i >= 0) {
      var ready = i ? pre.fs : pre.vs;
      if (GL.shaders[shader] !== ready) {
        GLctx.deleteShader(GL.shaders[shader]);
        ready.claimlineCompiled = true;
        GL.shaders[shader] = ready;
      }
      return;
    }
    GLctx.shaderSource(GL.shaders[shader], source);
  },

  glCompileShader__sig: 'vi',
  glCompileShader: function(shader) {
    if (!GL.shaders[shader].claimlineCompiled) GLctx.compileShader(GL.shaders[shader]);
  },

  glGetShaderiv__sig: 'viii',
  glGetShaderiv: function(shader, pname, p) {
    if (!p) { GL.recordError(0x501 /* GL_INVALID_VALUE */); return; }
    var s = GL.shaders[shader];
    if (s && s.claimlineCompiled && (pname == 0x8B81 /* COMPILE_STATUS */ || pname == 0x8B84 /* INFO_LOG_LENGTH */)) {
      HEAP32[p >> 2] = pname == 0x8B81 ? 1 : 0;
    } else if (pname == 0x8B84) {      // INFO_LOG_LENGTH: 0 for an empty log, else its length + 1 (the NUL)
      var log = GLctx.getShaderInfoLog(s);
      HEAP32[p >> 2] = log ? log.length + 1 : 0;
    } else if (pname == 0x8B88) {      // SHADER_SOURCE_LENGTH
      var source = GLctx.getShaderSource(s);
      HEAP32[p >> 2] = source ? source.length + 1 : 0;
    } else {
      HEAP32[p >> 2] = GLctx.getShaderParameter(s, pname);
    }
  },

  glLinkProgram__sig: 'vi',
  glLinkProgram__deps: ['$claimlinePrelinked'],
  glLinkProgram: function(program) {
    var p = GL.programs[program];
    var pre = claimlinePrelinked();
    var attached = pre ? GLctx.getAttachedShaders(p) : null;  // kept on the page's side: no round trip
    if (attached && attached.length == 2 && attached.indexOf(pre.vs) >= 0 && attached.indexOf(pre.fs) >= 0) {
      pre.used = true;
      GLctx.deleteProgram(p);
      p = pre.program;
      p.name = program;
      p.maxUniformLength = p.maxAttributeLength = p.maxUniformBlockNameLength = 0;
      p.uniformIdCounter = 1;
      p.claimlineLinked = true;
      GL.programs[program] = p;
    } else {
      GLctx.linkProgram(p);
    }
    // As Emscripten's own: uniform locations are looked up afresh after a link.
    p.uniformLocsById = 0;
    p.uniformSizeAndIdsByName = {};
  },

  glGetProgramiv__sig: 'viii',
  glGetProgramiv: function(program, pname, p) {
    if (!p || program >= GL.counter) { GL.recordError(0x501 /* GL_INVALID_VALUE */); return; }
    var prog = GL.programs[program];
    if (prog && prog.claimlineLinked && (pname == 0x8B82 /* LINK_STATUS */ || pname == 0x8B84 /* INFO_LOG_LENGTH */)) {
      HEAP32[p >> 2] = pname == 0x8B82 ? 1 : 0;
    } else if (pname == 0x8B84) {
      HEAP32[p >> 2] = GLctx.getProgramInfoLog(prog).length + 1;
    } else if (pname == 0x8B87 /* ACTIVE_UNIFORM_MAX_LENGTH */) {
      if (!prog.maxUniformLength) {
        for (var i = 0; i < GLctx.getProgramParameter(prog, 0x8B86 /* ACTIVE_UNIFORMS */); ++i)
          prog.maxUniformLength = Math.max(prog.maxUniformLength, GLctx.getActiveUniform(prog, i).name.length + 1);
      }
      HEAP32[p >> 2] = prog.maxUniformLength;
    } else if (pname == 0x8B8A /* ACTIVE_ATTRIBUTE_MAX_LENGTH */) {
      if (!prog.maxAttributeLength) {
        for (var i = 0; i < GLctx.getProgramParameter(prog, 0x8B89 /* ACTIVE_ATTRIBUTES */); ++i)
          prog.maxAttributeLength = Math.max(prog.maxAttributeLength, GLctx.getActiveAttrib(prog, i).name.length + 1);
      }
      HEAP32[p >> 2] = prog.maxAttributeLength;
    } else if (pname == 0x8A35 /* ACTIVE_UNIFORM_BLOCK_MAX_NAME_LENGTH */) {
      if (!prog.maxUniformBlockNameLength) {
        for (var i = 0; i < GLctx.getProgramParameter(prog, 0x8A36 /* ACTIVE_UNIFORM_BLOCKS */); ++i)
          prog.maxUniformBlockNameLength = Math.max(prog.maxUniformBlockNameLength, GLctx.getActiveUniformBlockName(prog, i).length + 1);
      }
      HEAP32[p >> 2] = prog.maxUniformBlockNameLength;
    } else {
      HEAP32[p >> 2] = GLctx.getProgramParameter(prog, pname);
    }
  },

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
