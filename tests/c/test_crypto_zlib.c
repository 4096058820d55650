/* test_crypto_zlib.c: the crypto and zlib intrinsics called from a bare context (no library):
 * known digests, HMAC, copy, every bad argument (TypeError/RangeError, never a crash), and
 * zlib round trips, corrupt input, reuse after close. Runs under ASan, UBSan and LSan. */
#include "test_util.h"

static void expect_str(JSContext *ctx, const char *src, const char *want)
{
    check_string(ctx, src, src, want);
}

static const char prelude[] =
    "var hex = (ab) => Array.from(new Uint8Array(ab), (x) => x.toString(16).padStart(2, '0')).join('');"
    "var bytes = (s) => new Uint8Array(Array.from(s, (c) => c.charCodeAt(0)));"
    "var H = (name, s, n) => { const h = b.cryptoHashNew(name, n); b.cryptoUpdate(h, bytes(s)); return hex(b.cryptoDigest(h)); };"
    "var Z = (mode, input, flush) => { const s = b.zlibNew(); const r = b.zlibInit(s, mode, -1, 15, 8, 0);"
    "  if (r) return 'init ' + r; const out = new Uint8Array(65536);"
    "  const w = b.zlibWrite(s, flush, input, out); b.zlibClose(s); return [w[0], w[1], out.subarray(0, 65536 - w[2])]; };";

int main(void)
{
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue binding = JS_NewObject(ctx);
    un_sys_init(ctx, binding);
    un_crypto_init(ctx, binding);
    un_zlib_init(ctx, binding);
    JS_SetPropertyStr(ctx, global, "b", binding);
    JS_FreeValue(ctx, global);
    JS_FreeValue(ctx, eval(ctx, prelude));

    /* digests */
    expect_str(ctx, "H('md5', 'abc')", "900150983cd24fb0d6963f7d28e17f72");
    expect_str(ctx, "H('sha1', 'abc')", "a9993e364706816aba3e25717850c26c9cd0d89d");
    expect_str(ctx, "H('sha256', '')", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect_str(ctx, "H('shake128', 'abc', 4)", "5881092d");
    expect_str(ctx, "H('shake128', 'abc', 0)", "");
    expect_str(ctx, "String(b.cryptoHashNew('nope', -1))", "null");
    expect_str(ctx, "String(b.cryptoHashNew('sha256', 5))", "false");
    expect_str(ctx, "{ const h = b.cryptoHmacNew('sha256', bytes('key')); b.cryptoUpdate(h, bytes('The quick brown fox jumps over the lazy dog')); hex(b.cryptoDigest(h)) }",
               "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    expect_str(ctx, "{ const h = b.cryptoHmacNew('md5', new ArrayBuffer(0)); hex(b.cryptoDigest(h)) }",
               "74e6f7298a9c2d168935f58c001bad88");
    expect_str(ctx, "{ const h = b.cryptoHashNew('sha1', -1); b.cryptoUpdate(h, bytes('ab')); const c = b.cryptoCopy(h, -1);"
               " b.cryptoUpdate(c, bytes('c')); hex(b.cryptoDigest(c)) }", "a9993e364706816aba3e25717850c26c9cd0d89d");
    expect_str(ctx, "b.cryptoHashes().includes('sha256')", "true");
    expect_str(ctx, "{ const h = b.cryptoHashNew(b.cryptoMd('RSA-SHA1'), -1); b.cryptoUpdate(h, bytes('abc')); b.cryptoDigest(h, 'hex') }",
               "a9993e364706816aba3e25717850c26c9cd0d89d");
    expect_str(ctx, "[1, 2, 3, 4].map((n) => { const h = b.cryptoHashNew('shake128', n); b.cryptoUpdate(h, bytes('abc'));"
               " return b.cryptoDigest(h, 'base64') + '|' ; }).join('') + (() => { const h = b.cryptoHashNew('shake128', 2);"
               " return b.cryptoDigest(h, 'base64url'); })()", "WA==|WIE=|WIEJ|WIEJLQ==|f5w");
    expect_str(ctx, "String(b.cryptoMd('nope'))", "null");
    expect_str(ctx, "{ const m = b.cryptoMd('sha256'); let r = ''; for (let i = 0; i < 2; i++) { const h = b.cryptoHmacNew(m, bytes('key'));"
               " b.cryptoUpdate(h, bytes('The quick brown fox jumps over the lazy dog')); r += b.cryptoDigest(h, 'hex').slice(0, 8); } r }",
               "f7bc83f4f7bc83f4");
    expect_str(ctx, "String(b.cryptoHmacNew(b.cryptoMd('shake128'), bytes('k')))", "null");
    expect_throw(ctx, "b.cryptoHmacNew({}, bytes('k'))");
    expect_throw(ctx, "b.cryptoUpdate(b.cryptoMd('md5'), new Uint8Array(1))");
    expect_throw(ctx, "b.cryptoDigest(b.cryptoMd('md5'))");
    expect_throw(ctx, "b.cryptoCopy(b.cryptoMd('md5'), -1)");
    expect_throw(ctx, "b.cryptoHashNew({}, -1)");
    expect_throw(ctx, "b.cryptoMd(5)");
    expect_str(ctx, "/^3\\.\\d+\\.\\d+$/.test(b.cryptoVersion()) + ',' + /^1\\./.test(b.zlibVersion())", "true,true");
    expect_str(ctx, "hex(b.cryptoPbkdf2(bytes('password'), bytes('salt'), 1, 20, 'sha1'))",
               "0c60c80f961f0e71f3a9b524af6012062fe037a6");
    expect_str(ctx, "hex(b.cryptoHkdf('sha256', bytes('key'), bytes('salt'), bytes('info'), 16))",
               "9ca0d662557439e3b83365f2da4626d3");
    expect_throw(ctx, "b.cryptoHashNew(1, -1)");
    expect_throw(ctx, "b.cryptoHashNew('sha1', 'x')");
    expect_throw(ctx, "b.cryptoHashNew('sha1', -5)");
    expect_throw(ctx, "b.cryptoHashNew()");
    expect_throw(ctx, "b.cryptoUpdate({}, new Uint8Array(1))");
    expect_throw(ctx, "b.cryptoUpdate(b.cryptoHashNew('md5', -1), 'str')");
    expect_throw(ctx, "b.cryptoUpdate(b.zlibNew(), new Uint8Array(1))");
    expect_throw(ctx, "{ const h = b.cryptoHashNew('md5', -1); b.cryptoDigest(h); b.cryptoDigest(h) }");
    expect_throw(ctx, "{ const h = b.cryptoHashNew('md5', -1); b.cryptoDigest(h); b.cryptoUpdate(h, new Uint8Array(1)) }");
    expect_throw(ctx, "{ const h = b.cryptoHashNew('md5', -1); b.cryptoDigest(h); b.cryptoCopy(h, -1) }");
    expect_throw(ctx, "b.cryptoHmacNew('sha1', 5)");
    expect_throw(ctx, "b.cryptoPbkdf2(bytes('a'), bytes('b'), 0, 1, 'sha1')");
    expect_throw(ctx, "b.cryptoPbkdf2(bytes('a'), bytes('b'), 1, -1, 'sha1')");
    expect_throw(ctx, "b.cryptoHkdf('sha1', 1, bytes('b'), bytes('c'), 1)");
    expect_throw(ctx, "{ const ab = new ArrayBuffer(4); b.detach && 0; b.cryptoUpdate(b.cryptoHashNew('md5', -1), null) }");

    /* zlib: DEFLATE=1 INFLATE=2 GZIP=3 GUNZIP=4 DEFLATERAW=5 INFLATERAW=6 UNZIP=7; Z_FINISH=4 */
    expect_str(ctx, "{ const d = Z(1, bytes('hello hello hello'), 4); const i = Z(2, d[2], 4);"
               " d[0] + ',' + i[0] + ',' + String.fromCharCode(...i[2]) }", "1,1,hello hello hello");
    expect_str(ctx, "{ const d = Z(3, bytes('gz'), 4); const i = Z(7, d[2], 4); i[0] + String.fromCharCode(...i[2]) }", "1gz");
    expect_str(ctx, "{ const d = Z(5, bytes('raw'), 4); const i = Z(6, d[2], 4); i[0] + String.fromCharCode(...i[2]) }", "1raw");
    expect_str(ctx, "{ const d = Z(3, bytes('ab'), 4)[2]; const two = new Uint8Array(d.length * 2); two.set(d); two.set(d, d.length);"
               " String.fromCharCode(...Z(4, two, 4)[2]) }", "abab");
    expect_str(ctx, "Z(2, bytes('garbage'), 4)[0]", "-3");
    expect_str(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 2, 0, 15, 8, 0); b.zlibWrite(s, 4, bytes('xx'), new Uint8Array(8));"
               " b.zlibMessage(s) }", "incorrect header check");
    expect_str(ctx, "b.zlibCrc32(bytes('hello'), 0)", "907060870");
    expect_str(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, 9, 15, 8, 0); b.zlibParams(s, 1, 0) + ',' + b.zlibReset(s) }", "0,0");
    expect_str(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 5, 6, 15, 8, 0, bytes('dict')); b.zlibClose(s); b.zlibClose(s); 'ok' }", "ok");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 0, -1, 15, 8, 0)");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 1, 10, 15, 8, 0)");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 1, -1, 16, 8, 0)");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 1, -1, 15, 0, 0)");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 1, -1, 15, 8, 9)");
    expect_throw(ctx, "b.zlibInit(b.zlibNew(), 1, -1, 15, 8, 0, 'dict')");
    expect_throw(ctx, "b.zlibInit({}, 1, -1, 15, 8, 0)");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibInit(s, 1, -1, 15, 8, 0) }");
    expect_throw(ctx, "b.zlibWrite(b.zlibNew(), 0, new Uint8Array(1), new Uint8Array(1))");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibClose(s); b.zlibWrite(s, 0, new Uint8Array(1), new Uint8Array(1)) }");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibWrite(s, 9, new Uint8Array(1), new Uint8Array(1)) }");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibWrite(s, 0, 'x', new Uint8Array(1)) }");
    expect_throw(ctx, "b.zlibWrite()");
    expect_throw(ctx, "b.zlibCrc32('x', 0)");
    expect_throw(ctx, "b.zlibCrc32(new Uint8Array(1), 'x')");
    /* Pool jobs: none without an open pool. */
    expect_str(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibWriteAsync(s, 4, bytes('x'), 64) < 0 }", "true");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibTakeOutput(s, new Uint8Array(8)) }");
    expect_throw(ctx, "{ const s = b.zlibNew(); b.zlibInit(s, 1, -1, 15, 8, 0); b.zlibWriteAsync(s, 4, bytes('x'), 0) }");
    /* (Jobs on a real pool need an isolate: tests/diff/zlib run them under the ASan binary.) */
    /* A stream left open is ended by the finalizer (LeakSanitizer checks). */
    JS_FreeValue(ctx, eval(ctx, "var open = b.zlibNew(); b.zlibInit(open, 3, 9, 15, 9, 0); var h = b.cryptoHmacNew('sha512', bytes('k'));"));

    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("test_crypto_zlib: ok\n");
    return 0;
}
