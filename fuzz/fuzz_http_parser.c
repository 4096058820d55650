/* fuzz_http_parser.c: libFuzzer target for the HTTP/1.1 parser intrinsic. The first input
 * byte picks the mode, flags, header limit and how the rest is cut into chunks; the parser
 * then sees those chunks the way the JS side feeds a socket (unconsumed bytes carried over).
 * Any crash, leak or sanitizer report is a bug. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unode.h"

static JSValue call(JSContext *ctx, JSValueConst fn, int argc, JSValueConst *argv)
{
    return JS_Call(ctx, fn, JS_UNDEFINED, argc, argv);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    uint8_t ctl = data[0];
    data++;
    size--;
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue binding = JS_NewObject(ctx);
    un_http_parser_init(ctx, binding);
    JSValue fnew = JS_GetPropertyStr(ctx, binding, "httpParserNew");
    JSValue fexec = JS_GetPropertyStr(ctx, binding, "httpParserExecute");
    JSValue ffin = JS_GetPropertyStr(ctx, binding, "httpParserFinish");
    JSValue args[5] = { JS_NewInt32(ctx, ctl & 1), JS_NewInt32(ctx, (ctl & 2) ? 64 : 16384),
                        JS_NewBool(ctx, (ctl >> 2) & 1) };
    JSValue st = call(ctx, fnew, 3, args);
    size_t step = ((ctl >> 3) & 7) ? ((ctl >> 3) & 7) : size ? size : 1;
    uint32_t flags = (ctl >> 6) & 3;
    /* carry: bytes the parser left unconsumed, followed by the next chunk */
    uint8_t *buf = malloc(size + 1);
    size_t have = 0;
    for (size_t off = 0; off < size && !JS_IsException(st); off += step) {
        size_t n = size - off < step ? size - off : step;
        memcpy(buf + have, data + off, n);
        have += n;
        JSValue u8 = JS_NewArrayBufferCopy(ctx, buf, have);
        JSValue a[5] = { st, u8, JS_NewInt32(ctx, 0), JS_NewInt32(ctx, (int32_t)have), JS_NewInt32(ctx, (int32_t)flags) };
        JSValue r = call(ctx, fexec, 5, a);
        JS_FreeValue(ctx, u8);
        if (JS_IsException(r)) {
            JS_FreeValue(ctx, JS_GetException(ctx));
            break;
        }
        JSValue c = JS_GetPropertyUint32(ctx, r, 0);
        int32_t consumed = 0;
        JS_ToInt32(ctx, &consumed, c);
        JS_FreeValue(ctx, c);
        JS_FreeValue(ctx, r);
        if (consumed < 0 || (size_t)consumed > have) abort();
        memmove(buf, buf + consumed, have - (size_t)consumed);
        have -= (size_t)consumed;
    }
    if (!JS_IsException(st)) {
        JSValue a[2] = { st, JS_NewInt32(ctx, (int32_t)have) };
        JS_FreeValue(ctx, call(ctx, ffin, 2, a));
    } else {
        JS_FreeValue(ctx, JS_GetException(ctx));
    }
    free(buf);
    JS_FreeValue(ctx, st);
    JS_FreeValue(ctx, fnew);
    JS_FreeValue(ctx, fexec);
    JS_FreeValue(ctx, ffin);
    JS_FreeValue(ctx, binding);
    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    return 0;
}
