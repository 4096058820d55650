/* unode.h: the one header of unode's C core. Prefix un_ for everything we export.
 * Ownership follows QuickJS: a returned JSValue is owned by the caller, JSValueConst is
 * borrowed. All state lives in an un_isolate; there are no mutable globals. */
#ifndef UNODE_H
#define UNODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "quickjs.h"

#define UN_VERSION "0.1.0"
/* The Node.js release whose API unode follows; process.version reports it. */
#define UN_NODE_VERSION "20.20.2"

typedef struct un_isolate un_isolate;

typedef struct un_options {
    int argc;            /* the command line, argv[0] being the executable */
    char **argv;
    char **envp;         /* NULL-terminated "NAME=value" strings */
    size_t memory_limit; /* bytes, 0 for none */
    size_t stack_limit;  /* bytes of C stack JavaScript may use, 0 for the default */
} un_options;

/* Creates an isolate: its own QuickJS runtime, context, module registry and loop state.
 * Returns NULL when memory runs out. */
un_isolate *un_isolate_new(const un_options *opts);

/* Runs the program named by the options' command line, and its event loop, to the end.
 * Returns the process exit code. Call once per isolate, on the thread that runs it. */
int un_isolate_run(un_isolate *iso);

/* Frees the isolate and everything it owns. */
void un_isolate_free(un_isolate *iso);

/* ---- internal to the core ---- */

/* One embedded library module: its id (path under lib/ without .js) and its bytecode. */
typedef struct un_lib_entry {
    const char *id;
    const uint8_t *bytecode;
    uint32_t size;
} un_lib_entry;

/* Generated at build time from lib/ (build/gen/lib_bytecode.c). */
extern const un_lib_entry un_lib_table[];
extern const size_t un_lib_count;

/* The isolate a context belongs to (its context opaque). */
un_isolate *un_isolate_of(JSContext *ctx);

/* Registers fn(opaque) to run when the isolate is freed, before its context goes, so that
 * C modules holding threads or JSValues can release them. Returns -1 when the table is full. */
int un_isolate_on_free(un_isolate *iso, void (*fn)(void *opaque), void *opaque);

/* Each adds its functions to the binding object, the library's private native table.
 * One per C module; the module's state hangs off the isolate (un_isolate_on_free). */
void un_sys_init(JSContext *ctx, JSValueConst binding);
void un_intrinsics_init(JSContext *ctx, JSValueConst binding);
void un_pool_init(JSContext *ctx, JSValueConst binding);       /* pool.c: worker threads */
void un_spawn_init(JSContext *ctx, JSValueConst binding);      /* spawn.c: fork+exec */
void un_crypto_init(JSContext *ctx, JSValueConst binding);     /* crypto.c: OpenSSL hashes */
void un_zlib_init(JSContext *ctx, JSValueConst binding);       /* zlib.c: deflate/inflate */
void un_http_parser_init(JSContext *ctx, JSValueConst binding); /* http_parser.c: HTTP/1.1 */

/* pool.c: queues fn(arg) on the worker pool of the isolate whose binding object is given (the
 * pool must be open: binding.poolOpen called). Returns the job id, whose completion
 * binding.poolDrain() reports like a syscall's, with fn's result; or -errno. cleanup(arg)
 * runs on the loop thread once the completion is delivered, or when the pool shuts down. */
typedef long (*un_pool_fn)(void *arg);
long un_pool_submit_fn(JSContext *ctx, JSValueConst binding, un_pool_fn fn, void *arg,
                       void (*cleanup)(void *arg));

/* Converts one JavaScript value to a syscall argument word. Strings are copied to *owned
 * (NUL-terminated; the caller frees it with js_free). Returns -1 with a TypeError thrown
 * for anything that is not an integer, string, buffer or null. */
int un_sys_marshal(JSContext *ctx, JSValueConst val, long *word, char **owned);

/* The bytes behind an ArrayBuffer, SharedArrayBuffer, TypedArray or DataView, at its offset.
 * Returns -1 with a TypeError thrown for anything else or a detached buffer. */
int un_get_bytes(JSContext *ctx, JSValueConst val, uint8_t **data, size_t *len);

/* One binding function of a module that dispatches on an op code. */
typedef struct un_op_entry {
    const char *name;
    int length;
    int op;
} un_op_entry;

/* Registers a class for a module's handles (class_name, finalizer) in the isolate's runtime
 * and defines on binding one function per ops entry: fn with the entry's op as magic and the
 * class id (Int32) as its one data value. Does nothing when the class cannot be registered.
 * *class_id is the module's process-wide id: QuickJS numbers classes per process (under its
 * own lock) and sizes each runtime's class table by the largest id, so an id is allocated
 * once, on first use, and reused by every isolate; a fresh id per isolate would grow every
 * later isolate's table. It is the one static the C modules keep: written once, never state. */
void un_define_ops(JSContext *ctx, JSValueConst binding, JSClassID *class_id, const char *class_name,
                   JSClassFinalizer *finalizer, JSCFunctionData *fn, const un_op_entry *ops,
                   size_t n);

/* The class id un_define_ops gave a function as its data value: 0, or -1 with an exception. */
int un_op_class(JSContext *ctx, JSValueConst *data, JSClassID *cid);

#endif
