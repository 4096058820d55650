/* intrinsics.c: pure computations the library needs from C: UTF-8 and Latin-1 codecs
 * (WHATWG semantics) and engine facts JavaScript cannot see (class, promise state, proxy).
 * No function here makes a system call. */
#include <string.h>

#include "unode.h"

/* ToInteger of val clamped to [min, max] (JS_ToInt64 saturates out-of-range values). */
static int un_to_clamped(JSContext *ctx, int64_t *out, JSValueConst val, int64_t min, int64_t max)
{
    int64_t v;
    if (JS_ToInt64(ctx, &v, val) < 0)
        return -1;
    *out = v < min ? min : v > max ? max : v;
    return 0;
}

/* Bytes and bounds of a view argument, with optional start/end clamped to it. */
static int un_view_range(JSContext *ctx, int argc, JSValueConst *argv, uint8_t **p, size_t *n)
{
    uint8_t *data;
    size_t len;
    int64_t start = 0, end;
    if (argc < 1)
        return JS_ThrowTypeError(ctx, "expected a buffer"), -1;
    if (un_get_bytes(ctx, argv[0], &data, &len) < 0)
        return -1;
    end = (int64_t)len;
    if (argc > 1 && !JS_IsUndefined(argv[1]) && un_to_clamped(ctx, &start, argv[1], 0, (int64_t)len) < 0)
        return -1;
    if (argc > 2 && !JS_IsUndefined(argv[2]) && un_to_clamped(ctx, &end, argv[2], 0, (int64_t)len) < 0)
        return -1;
    if (end < start)
        end = start;
    *p = data ? data + start : data;
    *n = (size_t)(end - start);
    return 0;
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when the bytes at s start an
 * invalid one; *bad gets the length of the maximal invalid subpart to replace. */
static int un_utf8_seq(const uint8_t *s, size_t n, size_t *bad)
{
    uint8_t c = s[0];
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= n || s[i] < lo || s[i] > hi) {
            *bad = (size_t)i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

static void un_free_array_buffer(JSRuntime *rt, void *opaque, void *ptr)
{
    (void)opaque;
    js_free_rt(rt, ptr);
}

/* uninitializedArrayBuffer(n): an ArrayBuffer whose bytes are not cleared, for
 * Buffer.allocUnsafe. QuickJS zero-fills every new ArrayBuffer, which touches each page of a
 * large one; the allocator's fresh pages are zero anyway and stay untouched until written.
 * Counted against the isolate's memory limit like any engine allocation. */
static JSValue un_js_uninitialized_array_buffer(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int64_t n;
    uint8_t *data;
    (void)this_val;
    if (argc < 1 || !JS_IsNumber(argv[0]) || JS_ToInt64(ctx, &n, argv[0]) < 0)
        return JS_ThrowTypeError(ctx, "uninitializedArrayBuffer: expected a size");
    if (n < 0 || n > INT32_MAX)
        return JS_ThrowRangeError(ctx, "uninitializedArrayBuffer: invalid size");
    data = js_malloc(ctx, n > 0 ? (size_t)n : 1);
    if (!data)
        return JS_EXCEPTION;
    return JS_NewArrayBuffer(ctx, data, (size_t)n, un_free_array_buffer, NULL, 0);
}

/* utf8Valid(view, start, end): whether the bytes are well-formed UTF-8 (WHATWG rules). */
static JSValue un_js_utf8_valid(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *s;
    size_t n, i = 0, bad = 0;
    (void)this_val;
    if (un_view_range(ctx, argc, argv, &s, &n) < 0)
        return JS_EXCEPTION;
    while (i < n) {
        int k = un_utf8_seq(s + i, n - i, &bad);
        if (!k)
            return JS_FALSE;
        i += (size_t)k;
    }
    return JS_TRUE;
}

/* utf8Tail(view, start, end): the length of a sequence cut short by the end of the range
 * (a valid lead byte and valid continuations, too few of them), else 0. Streaming decoders
 * keep those bytes for the next chunk. */
static JSValue un_js_utf8_tail(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *s;
    size_t n, bad = 0;
    (void)this_val;
    if (un_view_range(ctx, argc, argv, &s, &n) < 0)
        return JS_EXCEPTION;
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        uint8_t c = s[n - back];
        if (c < 0x80)
            return JS_NewInt32(ctx, 0);
        if (c < 0xC0)
            continue;
        if (c >= 0xC2 && c <= 0xF4 && un_utf8_seq(s + n - back, back, &bad) == 0 && bad == back)
            return JS_NewInt32(ctx, (int32_t)back);
        return JS_NewInt32(ctx, 0);
    }
    return JS_NewInt32(ctx, 0);
}

static JSValue un_js_utf8_decode(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *s, *out;
    size_t n, i = 0, o = 0, bad = 0;
    JSValue ret;
    (void)this_val;
    if (un_view_range(ctx, argc, argv, &s, &n) < 0)
        return JS_EXCEPTION;
    if (n == 0)
        return JS_NewStringLen(ctx, "", 0);
    /* Fast path: valid input goes to the engine as is. */
    while (i < n) {
        int k = un_utf8_seq(s + i, n - i, &bad);
        if (!k)
            break;
        i += (size_t)k;
    }
    if (i == n)
        return JS_NewStringLen(ctx, (const char *)s, n);
    /* Each invalid byte may grow to the 3 bytes of U+FFFD. */
    out = js_malloc(ctx, n * 3);
    if (!out)
        return JS_EXCEPTION;
    memcpy(out, s, i);
    o = i;
    while (i < n) {
        int k = un_utf8_seq(s + i, n - i, &bad);
        if (k) {
            memcpy(out + o, s + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        } else {
            out[o++] = 0xEF;
            out[o++] = 0xBF;
            out[o++] = 0xBD;
            i += bad;
        }
    }
    ret = JS_NewStringLen(ctx, (const char *)out, o);
    js_free(ctx, out);
    return ret;
}

/* The engine's UTF-8 of a string, with lone surrogates (WTF-8 ED A0..BF xx) replaced by
 * U+FFFD as the WHATWG encoder does. Same length, so it is rewritten in place. */
static uint8_t *un_utf8_of(JSContext *ctx, JSValueConst str, size_t *len)
{
    const char *s = JS_ToCStringLen(ctx, len, str);
    uint8_t *copy;
    if (!s)
        return NULL;
    copy = js_malloc(ctx, *len + 1);
    if (!copy) {
        JS_FreeCString(ctx, s);
        return NULL;
    }
    memcpy(copy, s, *len + 1);
    JS_FreeCString(ctx, s);
    for (size_t i = 0; i + 2 < *len; i++) {
        if (copy[i] == 0xED && copy[i + 1] >= 0xA0) {
            copy[i] = 0xEF;
            copy[i + 1] = 0xBF;
            copy[i + 2] = 0xBD;
            i += 2;
        }
    }
    return copy;
}

static void un_free_buffer(JSRuntime *rt, void *opaque, void *ptr)
{
    (void)opaque;
    js_free_rt(rt, ptr);
}

static JSValue un_new_uint8array(JSContext *ctx, uint8_t *data, size_t len)
{
    JSValue ab = JS_NewArrayBuffer(ctx, data, len, un_free_buffer, NULL, 0);
    JSValue args[3], ret;
    if (JS_IsException(ab)) {
        js_free(ctx, data);
        return ab;
    }
    args[0] = ab;
    args[1] = JS_NewInt32(ctx, 0);
    args[2] = JS_NewInt64(ctx, (int64_t)len);
    ret = JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT8);
    JS_FreeValue(ctx, ab);
    return ret;
}

static JSValue un_js_utf8_encode(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    size_t len;
    uint8_t *bytes;
    (void)this_val;
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "utf8Encode: expected a string");
    bytes = un_utf8_of(ctx, argv[0], &len);
    if (!bytes)
        return JS_EXCEPTION;
    return un_new_uint8array(ctx, bytes, len);
}

static JSValue un_js_utf8_byte_length(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    size_t len;
    const char *s;
    (void)this_val;
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "utf8ByteLength: expected a string");
    s = JS_ToCStringLen(ctx, &len, argv[0]);
    if (!s)
        return JS_EXCEPTION;
    JS_FreeCString(ctx, s);
    return JS_NewInt64(ctx, (int64_t)len);
}

/* utf8Write(str, u8, offset, maxBytes) -> [charsRead, bytesWritten]: whole characters only,
 * charsRead in UTF-16 code units as TextEncoder.encodeInto reports them. */
static JSValue un_js_utf8_write(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *dst, *src;
    size_t dlen, slen, i = 0, units = 0, bad;
    int64_t offset = 0, max;
    JSValue ret;
    (void)this_val;
    if (argc < 2 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "utf8Write: expected a string and a buffer");
    if (un_get_bytes(ctx, argv[1], &dst, &dlen) < 0)
        return JS_EXCEPTION;
    if (argc > 2 && un_to_clamped(ctx, &offset, argv[2], 0, (int64_t)dlen) < 0)
        return JS_EXCEPTION;
    max = (int64_t)dlen - offset;
    if (argc > 3 && !JS_IsUndefined(argv[3])) {
        int64_t m;
        if (un_to_clamped(ctx, &m, argv[3], 0, max) < 0)
            return JS_EXCEPTION;
        max = m;
    }
    src = un_utf8_of(ctx, argv[0], &slen);
    if (!src)
        return JS_EXCEPTION;
    while (i < slen) {
        int k = un_utf8_seq(src + i, slen - i, &bad);
        if (!k)
            k = 1; /* cannot happen for engine output; stay safe */
        if ((int64_t)(i + (size_t)k) > max)
            break;
        i += (size_t)k;
        units += k == 4 ? 2 : 1;
    }
    if (i > 0)
        memcpy(dst + offset, src, i);
    js_free(ctx, src);
    ret = JS_NewArray(ctx);
    if (JS_IsException(ret))
        return ret;
    JS_SetPropertyUint32(ctx, ret, 0, JS_NewInt64(ctx, (int64_t)units));
    JS_SetPropertyUint32(ctx, ret, 1, JS_NewInt64(ctx, (int64_t)i));
    return ret;
}

static JSValue un_js_latin1_decode(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *s, *out;
    size_t n, o = 0;
    JSValue ret;
    (void)this_val;
    if (un_view_range(ctx, argc, argv, &s, &n) < 0)
        return JS_EXCEPTION;
    out = js_malloc(ctx, n * 2 + 1);
    if (!out)
        return JS_EXCEPTION;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80) {
            out[o++] = s[i];
        } else {
            out[o++] = (uint8_t)(0xC0 | (s[i] >> 6));
            out[o++] = (uint8_t)(0x80 | (s[i] & 0x3F));
        }
    }
    ret = JS_NewStringLen(ctx, (const char *)out, o);
    js_free(ctx, out);
    return ret;
}

static JSValue un_js_class_of(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSAtom atom;
    JSValue ret;
    (void)this_val;
    if (argc < 1 || !JS_IsObject(argv[0]))
        return JS_NewString(ctx, "");
    atom = JS_GetObjectClassName(ctx, argv[0]);
    if (atom == JS_ATOM_NULL)
        return JS_NewString(ctx, "");
    ret = JS_AtomToString(ctx, atom);
    JS_FreeAtom(ctx, atom);
    return ret;
}

static JSValue un_js_promise_state(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSPromiseStateEnum st;
    JSValue ret;
    (void)this_val;
    if (argc < 1)
        return JS_ThrowTypeError(ctx, "promiseState: expected a promise");
    st = JS_PromiseState(ctx, argv[0]);
    if ((int)st < 0)
        return JS_ThrowTypeError(ctx, "promiseState: not a promise");
    ret = JS_NewArray(ctx);
    if (JS_IsException(ret))
        return ret;
    JS_SetPropertyUint32(ctx, ret, 0, JS_NewInt32(ctx, st == JS_PROMISE_PENDING ? 0 : st == JS_PROMISE_FULFILLED ? 1 : 2));
    JS_SetPropertyUint32(ctx, ret, 1, st == JS_PROMISE_PENDING ? JS_UNDEFINED : JS_PromiseResult(ctx, argv[0]));
    return ret;
}

static JSValue un_js_proxy_details(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    JSValue target, handler, ret;
    (void)this_val;
    if (argc < 1 || !JS_GetProxyData(ctx, argv[0], &target, &handler))
        return JS_UNDEFINED;
    ret = JS_NewArray(ctx);
    if (JS_IsException(ret)) {
        JS_FreeValue(ctx, target);
        JS_FreeValue(ctx, handler);
        return ret;
    }
    JS_SetPropertyUint32(ctx, ret, 0, target);
    JS_SetPropertyUint32(ctx, ret, 1, handler);
    return ret;
}

/* detachArrayBuffer(ab): detaches ab, as a structuredClone transfer does. */
static JSValue un_js_detach_array_buffer(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    size_t size;
    (void)this_val;
    if (argc < 1 || !JS_IsObject(argv[0]) || !JS_GetArrayBuffer(ctx, &size, argv[0]))
        return JS_HasException(ctx) ? JS_EXCEPTION : JS_ThrowTypeError(ctx, "detachArrayBuffer: expected an ArrayBuffer");
    JS_DetachArrayBuffer(ctx, argv[0]);
    return JS_UNDEFINED;
}

static const JSCFunctionListEntry un_intrinsic_funcs[] = {
    JS_CFUNC_DEF("detachArrayBuffer", 1, un_js_detach_array_buffer),
    JS_CFUNC_DEF("utf8Decode", 3, un_js_utf8_decode),
    JS_CFUNC_DEF("utf8Valid", 3, un_js_utf8_valid),
    JS_CFUNC_DEF("uninitializedArrayBuffer", 1, un_js_uninitialized_array_buffer),
    JS_CFUNC_DEF("utf8Tail", 3, un_js_utf8_tail),
    JS_CFUNC_DEF("utf8Encode", 1, un_js_utf8_encode),
    JS_CFUNC_DEF("utf8Write", 4, un_js_utf8_write),
    JS_CFUNC_DEF("utf8ByteLength", 1, un_js_utf8_byte_length),
    JS_CFUNC_DEF("latin1Decode", 3, un_js_latin1_decode),
    JS_CFUNC_DEF("classOf", 1, un_js_class_of),
    JS_CFUNC_DEF("promiseState", 1, un_js_promise_state),
    JS_CFUNC_DEF("proxyDetails", 1, un_js_proxy_details),
};

void un_intrinsics_init(JSContext *ctx, JSValueConst binding)
{
    JS_SetPropertyFunctionList(ctx, binding, un_intrinsic_funcs,
                                      sizeof(un_intrinsic_funcs) / sizeof(un_intrinsic_funcs[0]));
}
