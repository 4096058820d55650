/* test_marshal.c: the syscall primitive's argument marshalling, called directly from C,
 * including every kind of bad argument. Runs under ASan and UBSan. */
#include <sys/syscall.h>
#include <unistd.h>

#include "test_util.h"

#define CHECK(cond, what) do { if (!(cond)) { printf("FAIL %s\n", what); failures++; } } while (0)

static void expect_int(JSContext *ctx, const char *src, int64_t want)
{
    JSValue v = eval_checked(ctx, src, src);
    int64_t got = -999999;
    if (JS_IsException(v))
        return;
    JS_ToInt64Ext(ctx, &got, v);
    JS_FreeValue(ctx, v);
    if (got != want) {
        printf("FAIL %s: got %lld want %lld\n", src, (long long)got, (long long)want);
        failures++;
    }
}

static void test_marshal_words(JSContext *ctx)
{
    long word;
    char *owned;
    JSValue s = JS_NewString(ctx, "hello");
    CHECK(un_sys_marshal(ctx, JS_NewInt32(ctx, -5), &word, &owned) == 0 && word == -5, "int");
    CHECK(un_sys_marshal(ctx, JS_NewFloat64(ctx, 4294967296.0), &word, &owned) == 0 && word == 4294967296L, "large number");
    CHECK(un_sys_marshal(ctx, JS_NULL, &word, &owned) == 0 && word == 0, "null");
    CHECK(un_sys_marshal(ctx, s, &word, &owned) == 0 && owned && !strcmp((char *)word, "hello"), "string copy");
    js_free(ctx, owned);
    JS_FreeValue(ctx, s);
    CHECK(un_sys_marshal(ctx, JS_NewFloat64(ctx, 1.5), &word, &owned) < 0, "fraction rejected");
    JS_FreeValue(ctx, JS_GetException(ctx));
    CHECK(un_sys_marshal(ctx, JS_UNDEFINED, &word, &owned) < 0, "undefined rejected");
    JS_FreeValue(ctx, JS_GetException(ctx));
    CHECK(un_sys_marshal(ctx, JS_TRUE, &word, &owned) < 0, "boolean rejected");
    JS_FreeValue(ctx, JS_GetException(ctx));
}

int main(void)
{
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue binding = JS_NewObject(ctx);
    char src[1024];

    un_sys_init(ctx, binding);
    un_intrinsics_init(ctx, binding);
    JS_SetPropertyStr(ctx, global, "b", binding);
    JS_FreeValue(ctx, global);

    test_marshal_words(ctx);

    snprintf(src, sizeof src, "b.syscall(%d)", (int)SYS_getpid);
    expect_int(ctx, src, getpid());
    snprintf(src, sizeof src, "b.syscall(%dn)", (int)SYS_getpid);
    expect_int(ctx, src, getpid());
    /* a bad fd gives -EBADF, not an exception */
    snprintf(src, sizeof src, "b.syscall(%d, 987654, new Uint8Array(4), 4)", (int)SYS_read);
    expect_int(ctx, src, -9);
    /* write through a pipe: the bytes land at the view's offset */
    snprintf(src, sizeof src,
             "(() => { const fds = new Int32Array(2); b.syscall(%d, fds, 0);"
             " const u = new Uint8Array([0, 65, 66, 67]); b.syscall(%d, fds[1], u.subarray(1), 3);"
             " const r = new Uint8Array(8); const n = b.syscall(%d, fds[0], new DataView(r.buffer, 2), 6);"
             " b.syscall(%d, fds[0]); b.syscall(%d, fds[1]); return n * 1000 + r[2] + r[4]; })()",
             (int)SYS_pipe2, (int)SYS_write, (int)SYS_read, (int)SYS_close, (int)SYS_close);
    expect_int(ctx, src, 3000 + 65 + 67);
    /* a string argument: access("/") succeeds, a NUL inside a string is refused */
    snprintf(src, sizeof src, "b.syscall(%d, '/', 0)", (int)SYS_access);
    expect_int(ctx, src, 0);
    snprintf(src, sizeof src, "b.syscall(%d, '/\\0etc', 0)", (int)SYS_access);
    expect_throw(ctx, src);
    /* a long concatenated path is a rope string inside QuickJS; it marshals like any string */
    snprintf(src, sizeof src, "b.syscall(%d, '/' + '.'.repeat(0) + '/'.repeat(600), 0)", (int)SYS_access);
    expect_int(ctx, src, 0);
    snprintf(src, sizeof src, "(() => { let p = '/'; for (let i = 0; i < 300; i++) p += './'; return b.syscall(%d, p, 0); })()", (int)SYS_access);
    expect_int(ctx, src, 0);
    expect_throw(ctx, "b.syscall()");
    expect_throw(ctx, "b.syscall('39')");
    expect_throw(ctx, "b.syscall(39, {})");
    expect_throw(ctx, "b.syscall(39, undefined)");
    expect_throw(ctx, "b.syscall(39, 1, 2, 3, 4, 5, 6, 7)");
    expect_throw(ctx, "b.syscall(1.5)");
    expect_throw(ctx, "b.syscall(-1)");
    expect_throw(ctx, "b.syscall(NaN)");
    expect_throw(ctx, "b.syscall(39, Symbol())");
    expect_throw(ctx, "(() => { const a = new ArrayBuffer(8); b.detachArrayBuffer(a); return b.syscall(0, 0, a, 8); })()");
    expect_throw(ctx, "(() => { const a = new ArrayBuffer(8); const u = new Uint8Array(a); b.detachArrayBuffer(a); return b.syscall(0, 0, u, 8); })()");
    expect_throw(ctx, "b.addressOf(5)");
    expect_int(ctx, "typeof b.addressOf(new Uint8Array(4)) === 'bigint' ? 1 : 0", 1);
    expect_int(ctx, "b.addressOf(new Uint8Array(new ArrayBuffer(8), 3)) - b.addressOf(new ArrayBuffer(1)) !== 0n ? 1 : 0", 1);
    /* a DataView whose getters lie cannot reach outside its buffer */
    expect_throw(ctx, "(() => { const d = new DataView(new ArrayBuffer(4)); Object.defineProperty(d, 'byteLength', {value: 1 << 30}); return b.syscall(0, 0, d, 4); })()");
    /* intrinsics: WHATWG UTF-8 decoding replaces each maximal invalid subpart */
    expect_int(ctx, "b.utf8Decode(new Uint8Array([0x61, 0xf0, 0x9f, 0x92, 0x62])).length", 3);
    expect_int(ctx, "b.utf8Decode(new Uint8Array([0xed, 0xa0, 0x80])).length", 3);
    expect_int(ctx, "b.utf8Encode('\\ud800x').length", 4);
    expect_int(ctx, "b.utf8ByteLength('\\u00e9\\u{1f600}')", 6);
    expect_int(ctx, "b.utf8Write('\\u{1f600}ab', new Uint8Array(5), 0, 5)[1]", 5);
    expect_int(ctx, "b.utf8Write('ab\\u{1f600}', new Uint8Array(5), 0, 5)[0]", 2);
    expect_int(ctx, "b.latin1Decode(new Uint8Array([0xe9, 0x41])).charCodeAt(0)", 0xe9);
    expect_throw(ctx, "b.utf8Decode('x')");
    expect_throw(ctx, "b.utf8Encode(5)");

    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    printf("%s: %d failures\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
