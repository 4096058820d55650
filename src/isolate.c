/* isolate.c: an isolate is one QuickJS runtime and context with everything it owns: the
 * embedded library loader, the ES module hooks, promise-rejection tracking and the binding
 * object through which the JavaScript library reaches C. The loop itself is JavaScript
 * (lib/aio); C only starts the bootstrap and hands it the command line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unode.h"

struct un_isolate {
    JSRuntime *rt;
    JSContext *ctx;
    JSValue binding;       /* the library's private native table */
    JSValue hooks;         /* JS callbacks set by the bootstrap: resolve, load, rejection */
    JSValue cjs_exports;   /* module name -> exports object, for synthetic ES modules */
    un_options opts;
    /* C modules' teardown (un_isolate_on_free), run in reverse order of registration. */
    struct { void (*fn)(void *); void *opaque; } on_free[8];
    int on_free_count;
};

un_isolate *un_isolate_of(JSContext *ctx)
{
    return JS_GetContextOpaque(ctx);
}

int un_isolate_on_free(un_isolate *iso, void (*fn)(void *opaque), void *opaque)
{
    int n = (int)(sizeof(iso->on_free) / sizeof(iso->on_free[0]));
    if (iso->on_free_count >= n)
        return -1;
    iso->on_free[iso->on_free_count].fn = fn;
    iso->on_free[iso->on_free_count].opaque = opaque;
    iso->on_free_count++;
    return 0;
}

/* ---- embedded library ---- */

static const un_lib_entry *un_lib_find(const char *id)
{
    size_t lo = 0, hi = un_lib_count;
    while (lo < hi) { /* the generated table is sorted by id */
        size_t mid = (lo + hi) / 2;
        int c = strcmp(id, un_lib_table[mid].id);
        if (c == 0)
            return &un_lib_table[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* loadLib(id): the wrapper function of an embedded module, or undefined if none. */
static JSValue un_js_load_lib(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    const char *id;
    const un_lib_entry *e;
    JSValue fn;
    (void)this_val;
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "loadLib: expected a module id");
    id = JS_ToCString(ctx, argv[0]);
    if (!id)
        return JS_EXCEPTION;
    e = un_lib_find(id);
    JS_FreeCString(ctx, id);
    if (!e)
        return JS_UNDEFINED;
    fn = JS_ReadObject(ctx, e->bytecode, e->size, JS_READ_OBJ_BYTECODE | JS_READ_OBJ_ROM_DATA);
    if (JS_IsException(fn))
        return fn;
    return JS_EvalFunction(ctx, fn);
}

/* libIds(): every embedded module id, for builtin listings. */
static JSValue un_js_lib_ids(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSValue arr = JS_NewArray(ctx);
    (void)this_val;
    (void)argc;
    (void)argv;
    if (JS_IsException(arr))
        return arr;
    for (size_t i = 0; i < un_lib_count; i++)
        JS_SetPropertyUint32(ctx, arr, (uint32_t)i, JS_NewString(ctx, un_lib_table[i].id));
    return arr;
}

/* ---- compiling user code ---- */

/* compileFunction(source, filename, params): source compiled as the body of a function
 * taking params (a comma-separated string), as CommonJS modules are. */
static JSValue un_js_compile_function(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    const char *src, *filename, *params;
    size_t src_len, params_len;
    char *buf;
    size_t len;
    JSValue ret;
    (void)this_val;
    if (argc < 3 || !JS_IsString(argv[0]) || !JS_IsString(argv[1]) || !JS_IsString(argv[2]))
        return JS_ThrowTypeError(ctx, "compileFunction: expected source, filename and params strings");
    src = JS_ToCStringLen(ctx, &src_len, argv[0]);
    filename = JS_ToCString(ctx, argv[1]);
    params = JS_ToCStringLen(ctx, &params_len, argv[2]);
    if (!src || !filename || !params) {
        ret = JS_EXCEPTION;
        goto done;
    }
    /* The header stays on the first line so that line numbers match the file. */
    len = src_len + params_len + 32;
    buf = js_malloc(ctx, len);
    if (!buf) {
        ret = JS_EXCEPTION;
        goto done;
    }
    len = (size_t)snprintf(buf, len, "(function (%s) {", params);
    memcpy(buf + len, src, src_len);
    len += src_len;
    memcpy(buf + len, "\n})", 4);
    len += 3;
    ret = JS_Eval(ctx, buf, len, filename, JS_EVAL_TYPE_GLOBAL);
    js_free(ctx, buf);
done:
    JS_FreeCString(ctx, src);
    JS_FreeCString(ctx, filename);
    JS_FreeCString(ctx, params);
    return ret;
}

/* Compiles (and with run, runs) source as a global script named filename, given as the
 * first two arguments of a binding call named fname. */
static JSValue un_eval_args(JSContext *ctx, int argc, JSValueConst *argv, const char *fname, bool run)
{
    const char *src, *filename;
    size_t len;
    JSValue ret;
    if (argc < 2 || !JS_IsString(argv[0]) || !JS_IsString(argv[1]))
        return JS_ThrowTypeError(ctx, "%s: expected source and filename strings", fname);
    src = JS_ToCStringLen(ctx, &len, argv[0]);
    if (!src)
        return JS_EXCEPTION;
    filename = JS_ToCString(ctx, argv[1]);
    if (!filename) {
        JS_FreeCString(ctx, src);
        return JS_EXCEPTION;
    }
    ret = JS_Eval(ctx, src, len, filename, JS_EVAL_TYPE_GLOBAL | (run ? 0 : JS_EVAL_FLAG_COMPILE_ONLY));
    JS_FreeCString(ctx, src);
    JS_FreeCString(ctx, filename);
    return ret;
}

/* evalScript(source, filename): runs source as a global script; returns its completion value. */
static JSValue un_js_eval_script(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    return un_eval_args(ctx, argc, argv, "evalScript", true);
}

/* checkSyntax(source, filename): parses source as a global script without running it;
 * throws its SyntaxError. */
static JSValue un_js_check_syntax(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSValue fn;
    (void)this_val;
    fn = un_eval_args(ctx, argc, argv, "checkSyntax", false);
    if (JS_IsException(fn))
        return fn;
    JS_FreeValue(ctx, fn);
    return JS_UNDEFINED;
}

/* detectModule(source): whether source only parses as an ES module (import/export). */
static JSValue un_js_detect_module(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    const char *src;
    size_t len;
    bool r;
    (void)this_val;
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "detectModule: expected a string");
    src = JS_ToCStringLen(ctx, &len, argv[0]);
    if (!src)
        return JS_EXCEPTION;
    r = JS_DetectModule(src, len);
    JS_FreeCString(ctx, src);
    return JS_NewBool(ctx, r);
}

/* ---- microtasks and promise rejections ---- */

/* runMicrotasks(): drains the engine's job queue (promise reactions). */
static JSValue un_js_run_microtasks(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSContext *job_ctx;
    (void)this_val;
    (void)argc;
    (void)argv;
    for (;;) {
        int r = JS_ExecutePendingJob(JS_GetRuntime(ctx), &job_ctx);
        if (r == 0)
            break;
        if (r < 0)
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

static JSValue un_microtask_job(JSContext *ctx, int argc, JSValueConst *argv)
{
    (void)argc;
    return JS_Call(ctx, argv[0], JS_UNDEFINED, 0, NULL);
}

/* enqueueMicrotask(fn): fn joins the engine's job queue, behind pending promise reactions. */
static JSValue un_js_enqueue_microtask(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    if (argc < 1 || !JS_IsFunction(ctx, argv[0]))
        return JS_ThrowTypeError(ctx, "enqueueMicrotask: expected a function");
    if (JS_EnqueueJob(ctx, un_microtask_job, 1, argv) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static void un_rejection_tracker(JSContext *ctx, JSValueConst promise, JSValueConst reason,
                                 JS_BOOL is_handled, void *opaque)
{
    un_isolate *iso = opaque;
    JSValue fn, args[3], r;
    if (!JS_IsObject(iso->hooks))
        return;
    fn = JS_GetPropertyStr(ctx, iso->hooks, "onRejection");
    if (!JS_IsFunction(ctx, fn)) {
        JS_FreeValue(ctx, fn);
        return;
    }
    args[0] = (JSValue)promise;
    args[1] = (JSValue)reason;
    args[2] = JS_NewBool(ctx, is_handled);
    r = JS_Call(ctx, fn, JS_UNDEFINED, 3, args);
    JS_FreeValue(ctx, fn);
    if (JS_IsException(r))
        JS_FreeValue(ctx, JS_GetException(ctx)); /* the hook only records; never fails */
    JS_FreeValue(ctx, r);
}

/* Lets Error.prepareStackTrace format ordinary errors' stacks: the bootstrap's
 * formatStack hook returns undefined when no prepareStackTrace is set. */
static JSValue un_error_stack_hook(JSContext *ctx, JSValueConst error, JSValueConst frames, void *opaque)
{
    un_isolate *iso = opaque;
    JSValue fn, args[2], r;
    if (!JS_IsObject(iso->hooks))
        return JS_UNDEFINED;
    fn = JS_GetPropertyStr(ctx, iso->hooks, "formatStack");
    if (!JS_IsFunction(ctx, fn)) {
        JS_FreeValue(ctx, fn);
        return JS_UNDEFINED;
    }
    args[0] = (JSValue)error;
    args[1] = (JSValue)frames;
    r = JS_Call(ctx, fn, JS_UNDEFINED, 2, args);
    JS_FreeValue(ctx, fn);
    return r;
}

static JSValue un_js_set_hooks(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    un_isolate *iso = JS_GetContextOpaque(ctx);
    (void)this_val;
    if (argc < 1 || !JS_IsObject(argv[0]))
        return JS_ThrowTypeError(ctx, "setHooks: expected an object");
    JS_FreeValue(ctx, iso->hooks);
    iso->hooks = JS_DupValue(ctx, argv[0]);
    return JS_UNDEFINED;
}

/* ---- ES modules: resolution and loading are JavaScript hooks ---- */

static JSValue un_call_hook(JSContext *ctx, un_isolate *iso, const char *name, int argc, JSValueConst *argv)
{
    JSValue fn, r;
    if (!JS_IsObject(iso->hooks))
        return JS_ThrowInternalError(ctx, "module hooks are not installed");
    fn = JS_GetPropertyStr(ctx, iso->hooks, name);
    if (JS_IsException(fn))
        return fn;
    r = JS_Call(ctx, fn, JS_UNDEFINED, argc, argv);
    JS_FreeValue(ctx, fn);
    return r;
}

static char *un_module_normalize(JSContext *ctx, const char *base, const char *name, void *opaque)
{
    un_isolate *iso = opaque;
    JSValue args[2], r;
    const char *s;
    char *ret;
    args[0] = JS_NewString(ctx, name);
    args[1] = JS_NewString(ctx, base);
    r = un_call_hook(ctx, iso, "resolveModule", 2, args);
    JS_FreeValue(ctx, args[0]);
    JS_FreeValue(ctx, args[1]);
    if (JS_IsException(r))
        return NULL;
    s = JS_ToCString(ctx, r);
    JS_FreeValue(ctx, r);
    if (!s)
        return NULL;
    ret = js_strdup(ctx, s);
    JS_FreeCString(ctx, s);
    return ret;
}

static int un_cjs_module_init(JSContext *ctx, JSModuleDef *m)
{
    un_isolate *iso = JS_GetContextOpaque(ctx);
    JSAtom name_atom = JS_GetModuleName(ctx, m);
    JSValue entry, exports, names;
    uint32_t n = 0;
    int ret = -1;
    entry = JS_GetProperty(ctx, iso->cjs_exports, name_atom);
    JS_FreeAtom(ctx, name_atom);
    if (!JS_IsObject(entry)) {
        JS_FreeValue(ctx, entry);
        JS_ThrowInternalError(ctx, "synthetic module lost its exports");
        return -1;
    }
    exports = JS_GetPropertyStr(ctx, entry, "exports");
    names = JS_GetPropertyStr(ctx, entry, "names");
    {
        JSValue lenv = JS_GetPropertyStr(ctx, names, "length");
        if (JS_ToUint32(ctx, &n, lenv) < 0) {
            JS_FreeValue(ctx, lenv);
            goto done;
        }
        JS_FreeValue(ctx, lenv);
    }
    for (uint32_t i = 0; i < n; i++) {
        JSValue key = JS_GetPropertyUint32(ctx, names, i);
        const char *k = JS_ToCString(ctx, key);
        JSValue v;
        JS_FreeValue(ctx, key);
        if (!k)
            goto done;
        if (!strcmp(k, "default"))
            v = JS_GetPropertyStr(ctx, entry, "defaultValue");
        else
            v = JS_GetPropertyStr(ctx, exports, k);
        if (JS_IsException(v)) {
            JS_FreeCString(ctx, k);
            goto done;
        }
        JS_SetModuleExport(ctx, m, k, v);
        JS_FreeCString(ctx, k);
    }
    ret = 0;
done:
    JS_FreeValue(ctx, exports);
    JS_FreeValue(ctx, names);
    JS_FreeValue(ctx, entry);
    return ret;
}

/* The load hook answers {source, meta} for an ES module, or {exports, names, defaultValue}
 * for CommonJS and builtins, which become synthetic modules. */
static JSModuleDef *un_module_loader(JSContext *ctx, const char *module_name, void *opaque)
{
    un_isolate *iso = opaque;
    JSValue arg = JS_NewString(ctx, module_name);
    JSValue r = un_call_hook(ctx, iso, "loadModule", 1, &arg);
    JSValue source = JS_UNDEFINED, names = JS_UNDEFINED, func = JS_UNDEFINED;
    JSModuleDef *m = NULL;
    JS_FreeValue(ctx, arg);
    if (JS_IsException(r))
        return NULL;
    source = JS_GetPropertyStr(ctx, r, "source");
    if (JS_IsString(source)) {
        size_t len;
        const char *src = JS_ToCStringLen(ctx, &len, source);
        JSValue meta, given;
        if (!src)
            goto done;
        func = JS_Eval(ctx, src, len, module_name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
        JS_FreeCString(ctx, src);
        if (JS_IsException(func))
            goto done;
        m = JS_VALUE_GET_PTR(func);
        meta = JS_GetImportMeta(ctx, m);
        given = JS_GetPropertyStr(ctx, r, "meta");
        if (JS_IsObject(meta) && JS_IsObject(given)) {
            static const char *const meta_keys[] = { "url", "filename", "dirname", "resolve" };
            for (size_t i = 0; i < sizeof(meta_keys) / sizeof(meta_keys[0]); i++)
                JS_SetPropertyStr(ctx, meta, meta_keys[i], JS_GetPropertyStr(ctx, given, meta_keys[i]));
        }
        JS_FreeValue(ctx, given);
        JS_FreeValue(ctx, meta);
        JS_FreeValue(ctx, func); /* the module stays registered in the runtime */
        goto done;
    }
    names = JS_GetPropertyStr(ctx, r, "names");
    if (!JS_IsArray(ctx, names)) {
        JS_ThrowTypeError(ctx, "loadModule hook returned neither source nor names for %s", module_name);
        goto done;
    }
    m = JS_NewCModule(ctx, module_name, un_cjs_module_init);
    if (!m)
        goto done;
    {
        uint32_t n = 0;
        JSValue lenv = JS_GetPropertyStr(ctx, names, "length");
        JS_ToUint32(ctx, &n, lenv);
        JS_FreeValue(ctx, lenv);
        for (uint32_t i = 0; i < n; i++) {
            JSValue key = JS_GetPropertyUint32(ctx, names, i);
            const char *k = JS_ToCString(ctx, key);
            JS_FreeValue(ctx, key);
            if (!k) {
                m = NULL;
                goto done;
            }
            JS_AddModuleExport(ctx, m, k);
            JS_FreeCString(ctx, k);
        }
    }
    JS_SetPropertyStr(ctx, iso->cjs_exports, module_name, JS_DupValue(ctx, r));
done:
    JS_FreeValue(ctx, source);
    JS_FreeValue(ctx, names);
    JS_FreeValue(ctx, r);
    return m;
}

static JSValue un_js_noop(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)ctx;
    (void)this_val;
    (void)argc;
    (void)argv;
    return JS_UNDEFINED;
}

/* importSync(url): evaluates an ES module now, for require(esm). Returns
 * [state, namespace, error]: state 1 done, 2 failed, 0 still pending (top-level await). */
static JSValue un_js_import_sync(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    const char *url;
    JSValue ns, promise, ret;
    JSPromiseStateEnum st;
    (void)this_val;
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "importSync: expected a module URL");
    url = JS_ToCString(ctx, argv[0]);
    if (!url)
        return JS_EXCEPTION;
    promise = JS_LoadModuleSync(ctx, "", url, &ns);
    JS_FreeCString(ctx, url);
    if (JS_IsException(promise))
        return promise;
    st = JS_PromiseState(ctx, promise);
    if (st == JS_PROMISE_REJECTED) {
        /* the caller rethrows the error; the rejection must not also count as unhandled */
        JSValue catch_fn = JS_GetPropertyStr(ctx, promise, "catch");
        JSValue noop = JS_NewCFunction(ctx, un_js_noop, "noop", 1);
        JS_FreeValue(ctx, JS_Call(ctx, catch_fn, promise, 1, &noop));
        JS_FreeValue(ctx, noop);
        JS_FreeValue(ctx, catch_fn);
    }
    ret = JS_NewArray(ctx);
    if (JS_IsException(ret)) {
        JS_FreeValue(ctx, promise);
        JS_FreeValue(ctx, ns);
        return ret;
    }
    JS_SetPropertyUint32(ctx, ret, 0, JS_NewInt32(ctx, st == JS_PROMISE_FULFILLED ? 1 : st == JS_PROMISE_REJECTED ? 2 : 0));
    JS_SetPropertyUint32(ctx, ret, 1, ns);
    JS_SetPropertyUint32(ctx, ret, 2, st == JS_PROMISE_REJECTED ? JS_PromiseResult(ctx, promise) : JS_UNDEFINED);
    JS_FreeValue(ctx, promise);
    return ret;
}

/* ---- memory ---- */

static JSValue un_js_memory_usage(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSMemoryUsage mu;
    JSValue obj;
    (void)this_val;
    (void)argc;
    (void)argv;
    JS_ComputeMemoryUsage(JS_GetRuntime(ctx), &mu);
    obj = JS_NewObject(ctx);
    if (JS_IsException(obj))
        return obj;
    JS_SetPropertyStr(ctx, obj, "mallocSize", JS_NewInt64(ctx, mu.malloc_size));
    JS_SetPropertyStr(ctx, obj, "mallocLimit", JS_NewInt64(ctx, mu.malloc_limit));
    JS_SetPropertyStr(ctx, obj, "memoryUsedSize", JS_NewInt64(ctx, mu.memory_used_size));
    JS_SetPropertyStr(ctx, obj, "arrayBufferSize", JS_NewInt64(ctx, mu.binary_object_size));
    return obj;
}

/* setMemoryLimit(bytes): the isolate's heap limit; allocation past it throws
 * "out of memory" (an InternalError) instead of growing. 0 removes the limit. */
static JSValue un_js_set_memory_limit(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int64_t limit;
    (void)this_val;
    if (argc < 1 || JS_ToInt64(ctx, &limit, argv[0]) < 0)
        return JS_EXCEPTION;
    if (limit < 0)
        return JS_ThrowRangeError(ctx, "setMemoryLimit: the limit must not be negative");
    JS_SetMemoryLimit(JS_GetRuntime(ctx), (size_t)limit);
    return JS_UNDEFINED;
}

static JSValue un_js_gc(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    (void)argc;
    (void)argv;
    JS_RunGC(JS_GetRuntime(ctx));
    return JS_UNDEFINED;
}

static const JSCFunctionListEntry un_isolate_funcs[] = {
    JS_CFUNC_DEF("loadLib", 1, un_js_load_lib),
    JS_CFUNC_DEF("libIds", 0, un_js_lib_ids),
    JS_CFUNC_DEF("compileFunction", 3, un_js_compile_function),
    JS_CFUNC_DEF("evalScript", 2, un_js_eval_script),
    JS_CFUNC_DEF("detectModule", 1, un_js_detect_module),
    JS_CFUNC_DEF("checkSyntax", 2, un_js_check_syntax),
    JS_CFUNC_DEF("importSync", 1, un_js_import_sync),
    JS_CFUNC_DEF("runMicrotasks", 0, un_js_run_microtasks),
    JS_CFUNC_DEF("enqueueMicrotask", 1, un_js_enqueue_microtask),
    JS_CFUNC_DEF("setHooks", 1, un_js_set_hooks),
    JS_CFUNC_DEF("memoryUsage", 0, un_js_memory_usage),
    JS_CFUNC_DEF("gc", 0, un_js_gc),
    JS_CFUNC_DEF("setMemoryLimit", 1, un_js_set_memory_limit),
};

static JSValue un_string_array(JSContext *ctx, int n, char **strs)
{
    JSValue arr = JS_NewArray(ctx);
    if (JS_IsException(arr))
        return arr;
    for (int i = 0; strs && (n < 0 ? strs[i] != NULL : i < n); i++)
        JS_SetPropertyUint32(ctx, arr, (uint32_t)i, JS_NewString(ctx, strs[i]));
    return arr;
}

un_isolate *un_isolate_new(const un_options *opts)
{
    un_isolate *iso = calloc(1, sizeof(*iso));
    if (!iso)
        return NULL;
    iso->opts = *opts;
    iso->hooks = JS_UNDEFINED;
    iso->binding = JS_UNDEFINED;
    iso->cjs_exports = JS_UNDEFINED;
    iso->rt = JS_NewRuntime();
    if (!iso->rt)
        goto fail;
    if (opts->memory_limit)
        JS_SetMemoryLimit(iso->rt, opts->memory_limit);
    JS_SetMaxStackSize(iso->rt, opts->stack_limit ? opts->stack_limit : 4 * 1024 * 1024);
    /* Start-up allocates a few MB that stay alive; collecting while it runs is wasted work. */
    JS_SetGCThreshold(iso->rt, 4 * 1024 * 1024);
    iso->ctx = JS_NewContext(iso->rt);
    if (!iso->ctx)
        goto fail;
    JS_SetRuntimeOpaque(iso->rt, iso);
    JS_SetContextOpaque(iso->ctx, iso);
    JS_SetModuleLoaderFunc(iso->rt, un_module_normalize, un_module_loader, iso);
    JS_SetHostPromiseRejectionTracker(iso->rt, un_rejection_tracker, iso);
    JS_SetErrorStackHook(iso->rt, un_error_stack_hook, iso);
    JS_SetCanBlock(iso->rt, 1);

    JSContext *ctx = iso->ctx;
    iso->binding = JS_NewObject(ctx);
    iso->cjs_exports = JS_NewObject(ctx);
    if (JS_IsException(iso->binding) || JS_IsException(iso->cjs_exports))
        goto fail;
    JS_SetPropertyFunctionList(ctx, iso->binding, un_isolate_funcs,
                               sizeof(un_isolate_funcs) / sizeof(un_isolate_funcs[0]));
    un_sys_init(ctx, iso->binding);
    un_intrinsics_init(ctx, iso->binding);
    un_pool_init(ctx, iso->binding);
    un_spawn_init(ctx, iso->binding);
    un_crypto_init(ctx, iso->binding);
    un_zlib_init(ctx, iso->binding);
    un_http_parser_init(ctx, iso->binding);
    JS_SetPropertyStr(ctx, iso->binding, "argv", un_string_array(ctx, opts->argc, opts->argv));
    JS_SetPropertyStr(ctx, iso->binding, "envp", un_string_array(ctx, -1, opts->envp));
    JS_SetPropertyStr(ctx, iso->binding, "version", JS_NewString(ctx, UN_VERSION));
    JS_SetPropertyStr(ctx, iso->binding, "nodeVersion", JS_NewString(ctx, UN_NODE_VERSION));
    JS_SetPropertyStr(ctx, iso->binding, "quickjsVersion", JS_NewString(ctx, "2025-04-26"));
#if defined(__x86_64__)
    JS_SetPropertyStr(ctx, iso->binding, "arch", JS_NewString(ctx, "x64"));
#elif defined(__aarch64__)
    JS_SetPropertyStr(ctx, iso->binding, "arch", JS_NewString(ctx, "arm64"));
#else
    JS_SetPropertyStr(ctx, iso->binding, "arch", JS_NewString(ctx, "unknown"));
#endif
    return iso;
fail:
    un_isolate_free(iso);
    return NULL;
}

/* Prints an exception that escaped the bootstrap itself; only a library bug gets here. */
static void un_report_fatal(JSContext *ctx)
{
    JSValue exc = JS_GetException(ctx);
    const char *s = JS_ToCString(ctx, exc);
    JSValue stack = JS_IsObject(exc) ? JS_GetPropertyStr(ctx, exc, "stack") : JS_UNDEFINED;
    const char *st = JS_IsString(stack) ? JS_ToCString(ctx, stack) : NULL;
    fprintf(stderr, "unode: internal error: %s\n%s\n", s ? s : "(unprintable)", st ? st : "");
    JS_FreeCString(ctx, st);
    JS_FreeCString(ctx, s);
    JS_FreeValue(ctx, stack);
    JS_FreeValue(ctx, exc);
}

int un_isolate_run(un_isolate *iso)
{
    JSContext *ctx = iso->ctx;
    JSValue wrapper, module, exports, run, args[4], r;
    int32_t code = 1;
    JS_UpdateStackTop(iso->rt);
    args[0] = JS_NewString(ctx, "unode/bootstrap");
    wrapper = un_js_load_lib(ctx, JS_UNDEFINED, 1, args);
    JS_FreeValue(ctx, args[0]);
    if (JS_IsException(wrapper) || !JS_IsFunction(ctx, wrapper)) {
        if (!JS_IsException(wrapper))
            fprintf(stderr, "unode: the library has no bootstrap\n");
        else
            un_report_fatal(ctx);
        JS_FreeValue(ctx, wrapper);
        return 1;
    }
    module = JS_NewObject(ctx);
    exports = JS_NewObject(ctx);
    JS_SetPropertyStr(ctx, module, "exports", JS_DupValue(ctx, exports));
    args[0] = exports;
    args[1] = JS_UNDEFINED;
    args[2] = module;
    args[3] = iso->binding;
    r = JS_Call(ctx, wrapper, JS_UNDEFINED, 4, args);
    JS_FreeValue(ctx, wrapper);
    JS_FreeValue(ctx, exports);
    if (JS_IsException(r)) {
        un_report_fatal(ctx);
        JS_FreeValue(ctx, module);
        return 1;
    }
    JS_FreeValue(ctx, r);
    run = JS_GetPropertyStr(ctx, module, "exports");
    JS_FreeValue(ctx, module);
    r = JS_Call(ctx, run, JS_UNDEFINED, 0, NULL);
    JS_FreeValue(ctx, run);
    if (JS_IsException(r)) {
        un_report_fatal(ctx);
        return 1;
    }
    if (JS_ToInt32(ctx, &code, r) < 0)
        code = 1;
    JS_FreeValue(ctx, r);
    return code;
}

void un_isolate_free(un_isolate *iso)
{
    if (!iso)
        return;
    while (iso->on_free_count > 0) {
        iso->on_free_count--;
        iso->on_free[iso->on_free_count].fn(iso->on_free[iso->on_free_count].opaque);
    }
    if (iso->ctx) {
        JS_FreeValue(iso->ctx, iso->hooks);
        JS_FreeValue(iso->ctx, iso->binding);
        JS_FreeValue(iso->ctx, iso->cjs_exports);
        JS_FreeContext(iso->ctx);
    }
    if (iso->rt)
        JS_FreeRuntime(iso->rt);
    free(iso);
}
