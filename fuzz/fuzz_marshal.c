/* fuzz_marshal.c: libFuzzer target for the syscall argument marshalling and the UTF-8
 * intrinsics. Input bytes pick a value kind and its payload; nothing is ever passed to a
 * real syscall. Any crash, leak or sanitizer report is a bug. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unode.h"

static JSValue make_value(JSContext *ctx, const uint8_t *data, size_t size)
{
    uint8_t kind = size ? data[0] % 12 : 0;
    const uint8_t *p = size ? data + 1 : data;
    size_t n = size ? size - 1 : 0;
    double d = 0;
    int64_t i = 0;
    if (n >= 8) {
        memcpy(&d, p, 8);
        memcpy(&i, p, 8);
    }
    switch (kind) {
    case 0: return JS_NewInt32(ctx, (int32_t)i);
    case 1: return JS_NewFloat64(ctx, d);
    case 2: return JS_NewBigInt64(ctx, i);
    case 3: return JS_NewStringLen(ctx, (const char *)p, n);
    case 4: return JS_NewArrayBufferCopy(ctx, p, n);
    case 5: {
        JSValue ab = JS_NewArrayBufferCopy(ctx, p, n);
        JSValue args[3] = { ab, JS_NewInt32(ctx, n ? p[0] % (n + 1) : 0), JS_UNDEFINED };
        JSValue ta = JS_NewTypedArray(ctx, 2, args, JS_TYPED_ARRAY_UINT8);
        JS_FreeValue(ctx, ab);
        return ta;
    }
    case 6: {
        JSValue ab = JS_NewArrayBufferCopy(ctx, p, n);
        JS_DetachArrayBuffer(ctx, ab);
        return ab;
    }
    case 7: return JS_NULL;
    case 8: return JS_UNDEFINED;
    case 9: return JS_NewObject(ctx);
    case 10: return JS_NewBool(ctx, n & 1);
    default: {
        JSValue ab = JS_NewArrayBufferCopy(ctx, p, n);
        JSValue args[3] = { ab, JS_NewInt32(ctx, 0), JS_NewInt32(ctx, (int32_t)(n / 2)) };
        JSValue ta = JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT16);
        JS_FreeValue(ctx, ab);
        return ta;
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue binding = JS_NewObject(ctx);
    JSValue v = make_value(ctx, data, size);
    long word;
    char *owned = NULL;

    un_intrinsics_init(ctx, binding);
    if (JS_IsException(v)) {
        JS_FreeValue(ctx, JS_GetException(ctx));
    } else {
        if (un_sys_marshal(ctx, v, &word, &owned) < 0)
            JS_FreeValue(ctx, JS_GetException(ctx));
        js_free(ctx, owned);
        /* every intrinsic must accept or cleanly reject any value */
        static const char *const names[] = { "utf8Decode", "utf8Encode", "utf8ByteLength", "latin1Decode", "classOf", "utf8Write" };
        for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
            JSValue fn = JS_GetPropertyStr(ctx, binding, names[k]);
            JSValue args[4] = { v, v, JS_NewInt32(ctx, size ? data[0] : 0), JS_NewInt32(ctx, (int32_t)size) };
            JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, 4, args);
            if (JS_IsException(r))
                JS_FreeValue(ctx, JS_GetException(ctx));
            JS_FreeValue(ctx, r);
            JS_FreeValue(ctx, fn);
        }
        /* and decoding the raw bytes must never fail */
        JSValue bytes = JS_NewArrayBufferCopy(ctx, data, size);
        JSValue fn = JS_GetPropertyStr(ctx, binding, "utf8Decode");
        JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, 1, &bytes);
        if (JS_IsException(r))
            abort();
        JS_FreeValue(ctx, r);
        JS_FreeValue(ctx, fn);
        JS_FreeValue(ctx, bytes);
    }
    JS_FreeValue(ctx, v);
    JS_FreeValue(ctx, binding);
    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    return 0;
}
