/* fuzz_inflate.c: libFuzzer target for the zlib intrinsics on arbitrary input. The first byte
 * picks the inflating mode (inflate, gunzip, raw, unzip), the window and the output chunk size;
 * the rest is fed to zlibWrite in pieces, with a dictionary sometimes. Any crash, leak or
 * sanitizer report is a bug; zlib errors are expected results. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unode.h"

static JSValue u8(JSContext *ctx, const uint8_t *p, size_t n)
{
    /* JS_NewTypedArray reads all three arguments whatever argc says. */
    JSValue args[3] = { JS_NewArrayBufferCopy(ctx, p, n), JS_NewInt32(ctx, 0), JS_NewInt32(ctx, (int32_t)n) };
    JSValue ta = JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT8);
    JS_FreeValue(ctx, args[0]);
    return ta;
}

static JSValue call(JSContext *ctx, JSValueConst binding, const char *name, int argc, JSValueConst *argv)
{
    JSValue fn = JS_GetPropertyStr(ctx, binding, name);
    JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, argc, argv);
    JS_FreeValue(ctx, fn);
    if (JS_IsException(r))
        JS_FreeValue(ctx, JS_GetException(ctx));
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int modes[] = { 2, 4, 6, 7 };
    if (size < 2)
        return 0;
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue binding = JS_NewObject(ctx);
    un_zlib_init(ctx, binding);

    uint8_t ctl = data[0], ctl2 = data[1];
    data += 2;
    size -= 2;
    int mode = modes[ctl & 3];
    int wbits = (ctl >> 2) & 1 ? 15 : 8 + ((ctl >> 3) & 7);
    size_t chunk = 1 + (size_t)(ctl2 & 0x3f) * 64;
    size_t piece = 1 + (ctl2 >> 6) * 37;
    JSValue s = call(ctx, binding, "zlibNew", 0, NULL);
    JSValue args[7] = {
        s, JS_NewInt32(ctx, mode), JS_NewInt32(ctx, -1), JS_NewInt32(ctx, mode == 6 ? wbits : (ctl & 0x80 ? 0 : wbits)),
        JS_NewInt32(ctx, 8), JS_NewInt32(ctx, 0), (ctl & 0x40) ? u8(ctx, data, size < 16 ? size : 16) : JS_UNDEFINED,
    };
    JSValue r = call(ctx, binding, "zlibInit", 7, args);
    JS_FreeValue(ctx, r);
    JS_FreeValue(ctx, args[6]);
    uint8_t *zeros = calloc(1, chunk);
    JSValue out = u8(ctx, zeros, chunk);
    free(zeros);
    size_t off = 0;
    int rounds = 0;
    while (off <= size && rounds++ < 4096) {
        size_t n = size - off < piece ? size - off : piece;
        JSValue in = u8(ctx, data + off, n);
        int flush = off + n >= size ? 4 : 0;
        JSValue wargs[4] = { s, JS_NewInt32(ctx, flush), in, out };
        JSValue w = call(ctx, binding, "zlibWrite", 4, wargs);
        JS_FreeValue(ctx, in);
        if (JS_IsException(w))
            break;
        int32_t code = 0;
        uint32_t avail_in = 0, avail_out = 0;
        JSValue v0 = JS_GetPropertyUint32(ctx, w, 0), v1 = JS_GetPropertyUint32(ctx, w, 1),
                v2 = JS_GetPropertyUint32(ctx, w, 2);
        JS_ToInt32(ctx, &code, v0);
        JS_ToUint32(ctx, &avail_in, v1);
        JS_ToUint32(ctx, &avail_out, v2);
        JS_FreeValue(ctx, w);
        if (code != 0 && code != -5) {
            JS_FreeValue(ctx, call(ctx, binding, "zlibMessage", 1, &s));
            break;
        }
        /* Output full: call again on what is left of this piece; else move on. */
        off += n - avail_in;
        if (avail_out != 0 && off >= size)
            break;
        if (avail_out != 0 && n == 0)
            break;
    }
    if (ctl & 0x20)
        JS_FreeValue(ctx, call(ctx, binding, "zlibReset", 1, &s));
    JS_FreeValue(ctx, call(ctx, binding, "zlibClose", 1, &s));
    JS_FreeValue(ctx, out);
    JS_FreeValue(ctx, s);
    JS_FreeValue(ctx, binding);
    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    return 0;
}
