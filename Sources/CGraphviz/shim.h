#ifndef COAUTH_CGRAPHVIZ_SHIM_H
#define COAUTH_CGRAPHVIZ_SHIM_H

// The whole Graphviz session (parse, layout, render, free) as one C call, so that Swift never
// touches cgraph objects, global descriptors (`Agundirected`) or `char *` attribute APIs.
//
// Error text: cgraph routes every message through `agerr`. While a render runs we install a
// collecting function with `agseterrf` and report all levels to it (`agseterr(AGWARN)`), so
// libgvc writes nothing to our stderr and the caller gets every message, warnings included.
// `agseterr(AGMAX)` would also keep stderr clean, but it bypasses the user function and parks
// messages in a temporary file read back by `aglasterr()`, which returns only the last message,
// may return a stale one from an earlier run, and hands back memory the caller must free; the
// collector avoids all three. Previous settings are restored before returning. Graphviz keeps
// this state in globals: callers must serialise all calls (the Swift side holds a lock).

// pkg-config's include path ends in .../include/graphviz; without pkg-config the system
// include directory still finds the headers under graphviz/.
#if __has_include(<graphviz/gvc.h>)
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#else
#include <graphviz_version.h>
#include <gvc.h>
#endif
#include <stdlib.h>
#include <string.h>

// Graphviz 13 changed gvRenderData's length parameter from `unsigned int *` to `size_t *`.
// GRAPHVIZ_VERSION_MAJOR exists only in newer releases; when it is absent the installation is
// older than 13. Define COAUTH_GV_RENDER_LENGTH_IS_SIZE_T to force either choice.
#ifndef COAUTH_GV_RENDER_LENGTH_IS_SIZE_T
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
#define COAUTH_GV_RENDER_LENGTH_IS_SIZE_T 1
#else
#define COAUTH_GV_RENDER_LENGTH_IS_SIZE_T 0
#endif
#endif

#if COAUTH_GV_RENDER_LENGTH_IS_SIZE_T
typedef size_t coauth_gv_render_length_t;
#else
typedef unsigned int coauth_gv_render_length_t;
#endif

/// Where a render failed; 0 means success.
typedef enum {
  COAUTH_GV_OK = 0,
  COAUTH_GV_CONTEXT = 1,  ///< gvContext returned NULL
  COAUTH_GV_PARSE = 2,    ///< agmemread rejected the DOT text
  COAUTH_GV_LAYOUT = 3,   ///< gvLayout failed (unknown engine, layout error)
  COAUTH_GV_RENDER = 4    ///< gvRenderData failed (unknown format, renderer error)
} coauth_gv_stage;

/// Result of `coauth_gv_render`. Free with `coauth_gv_result_free`.
typedef struct {
  coauth_gv_stage stage;
  char *data;          ///< rendered bytes (malloc'ed copy), NULL on failure
  size_t length;       ///< number of bytes in `data`
  char *messages;      ///< all Graphviz messages (malloc'ed, NUL-terminated), may be NULL
} coauth_gv_result;

/// The version string of the Graphviz headers we compiled against.
static inline const char *coauth_gv_header_version(void) { return PACKAGE_VERSION; }

// Collected messages of the current render. Only touched while the caller's lock is held.
static char *coauth_gv_message_buffer = NULL;
static size_t coauth_gv_message_length = 0;

static inline int coauth_gv_collect_message(char *text) {
  if (text == NULL) return 0;
  size_t extra = strlen(text);
  char *grown = (char *)realloc(coauth_gv_message_buffer, coauth_gv_message_length + extra + 1);
  if (grown == NULL) return 0;
  memcpy(grown + coauth_gv_message_length, text, extra);
  coauth_gv_message_length += extra;
  grown[coauth_gv_message_length] = '\0';
  coauth_gv_message_buffer = grown;
  return 0;
}

static inline char *coauth_gv_take_messages(void) {
  char *taken = coauth_gv_message_buffer;
  coauth_gv_message_buffer = NULL;
  coauth_gv_message_length = 0;
  return taken;
}

/// Parses `dot`, lays it out with `engine` and renders it as `format` (a Graphviz -T name such as
/// "svg", "png", "pdf"). Never prints. Not thread-safe: Graphviz keeps global state.
static inline coauth_gv_result coauth_gv_render(const char *dot, const char *engine,
                                                const char *format) {
  coauth_gv_result result = {COAUTH_GV_OK, NULL, 0, NULL};
  agusererrf previous_function = agseterrf(coauth_gv_collect_message);
  agerrlevel_t previous_level = agseterr(AGWARN);
  agreseterrors();

  GVC_t *gvc = gvContext();
  if (gvc == NULL) {
    result.stage = COAUTH_GV_CONTEXT;
  } else {
    Agraph_t *graph = agmemread(dot);
    if (graph == NULL) {
      result.stage = COAUTH_GV_PARSE;
    } else {
      if (gvLayout(gvc, graph, engine) != 0) {
        result.stage = COAUTH_GV_LAYOUT;
      } else {
        char *data = NULL;
        coauth_gv_render_length_t length = 0;
        if (gvRenderData(gvc, graph, format, &data, &length) != 0 || data == NULL) {
          result.stage = COAUTH_GV_RENDER;
        } else {
          // Copy so that the Swift side frees with plain free(), whatever allocator libgvc uses.
          result.data = (char *)malloc(length > 0 ? (size_t)length : 1);
          if (result.data == NULL) {
            result.stage = COAUTH_GV_RENDER;
          } else {
            memcpy(result.data, data, (size_t)length);
            result.length = (size_t)length;
          }
        }
        if (data != NULL) gvFreeRenderData(data);
        gvFreeLayout(gvc, graph);
      }
      agclose(graph);
    }
    gvFreeContext(gvc);
  }

  result.messages = coauth_gv_take_messages();
  agseterr(previous_level);
  agseterrf(previous_function);
  return result;
}

/// True when `engine` can lay out a one-node graph and the result renders as `format`; used to
/// find which layout and output plugins this Graphviz installation has. Never prints.
static inline int coauth_gv_can_render(const char *engine, const char *format) {
  coauth_gv_result result = coauth_gv_render("graph { a }", engine, format);
  int ok = result.stage == COAUTH_GV_OK;
  free(result.data);
  free(result.messages);
  return ok;
}

/// Releases the buffers of a result returned by `coauth_gv_render`.
static inline void coauth_gv_result_free(coauth_gv_result *result) {
  free(result->data);
  free(result->messages);
  result->data = NULL;
  result->messages = NULL;
  result->length = 0;
}

#endif
