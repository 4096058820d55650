/* test_util.h: what the C tests share: a failure counter, evaluating a script in a bare
 * context and checking its result or its error, and running a whole isolate. */
#ifndef UNODE_TEST_UTIL_H
#define UNODE_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

#include "unode.h"

/* The test program's failure count (one per program: each test is its own executable). */
static inline int *test_failures(void)
{
    static int n;
    return &n;
}
#define failures (*test_failures())

static inline JSValue eval(JSContext *ctx, const char *src)
{
    return JS_Eval(ctx, src, strlen(src), "<test>", JS_EVAL_TYPE_GLOBAL);
}

/* Evaluates src; when it throws, reports "FAIL <label>: threw <error>", counts a failure and
 * returns JS_EXCEPTION (with the exception cleared). */
static inline JSValue eval_checked(JSContext *ctx, const char *label, const char *src)
{
    JSValue v = eval(ctx, src);
    if (JS_IsException(v)) {
        JSValue e = JS_GetException(ctx);
        const char *m = JS_ToCString(ctx, e);
        printf("FAIL %s: threw %s\n", label, m ? m : "?");
        JS_FreeCString(ctx, m);
        JS_FreeValue(ctx, e);
        failures++;
    }
    return v;
}

/* Evaluates src, which must produce the string want. */
static inline void check_string(JSContext *ctx, const char *label, const char *src, const char *want)
{
    JSValue v = eval_checked(ctx, label, src);
    if (JS_IsException(v))
        return;
    const char *s = JS_ToCString(ctx, v);
    if (!s || strcmp(s, want)) {
        printf("FAIL %s: got %s, want %s\n", label, s ? s : "?", want);
        failures++;
    }
    JS_FreeCString(ctx, s);
    JS_FreeValue(ctx, v);
}

/* Evaluates src; expects a TypeError or RangeError to be thrown. */
static inline void expect_throw(JSContext *ctx, const char *src)
{
    JSValue v = eval(ctx, src);
    if (!JS_IsException(v)) {
        printf("FAIL no exception for: %s\n", src);
        failures++;
        JS_FreeValue(ctx, v);
        return;
    }
    JSValue e = JS_GetException(ctx);
    JSValue name = JS_GetPropertyStr(ctx, e, "name");
    const char *n = JS_ToCString(ctx, name);
    if (!n || (strcmp(n, "TypeError") && strcmp(n, "RangeError"))) {
        printf("FAIL wrong error %s for: %s\n", n ? n : "?", src);
        failures++;
    }
    JS_FreeCString(ctx, n);
    JS_FreeValue(ctx, name);
    JS_FreeValue(ctx, e);
}

/* Runs a whole isolate for argv/envp; its exit code, or -1 when it cannot be created. */
static inline int run_isolate_code(int argc, char **argv, char **envp)
{
    un_options opts = { .argc = argc, .argv = argv, .envp = envp };
    un_isolate *iso = un_isolate_new(&opts);
    if (!iso)
        return -1;
    int code = un_isolate_run(iso);
    un_isolate_free(iso);
    return code;
}

#endif
