/* test_http_parser.c: the HTTP/1.1 parser intrinsic called from a bare QuickJS context:
 * messages split at every byte, every kind of bad argument (TypeError/RangeError, never a
 * crash), and hostile input (huge sizes, bare CRs, overflowing numbers). Runs under ASan. */
#include "test_util.h"

/* Evaluates src, which must return the string "ok". */
static void expect_ok(JSContext *ctx, const char *name, const char *src)
{
    check_string(ctx, name, src, "ok");
}

static const char *helpers =
    "function bytes(s) { const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; }\n"
    /* Feeds s whole or byte by byte (keeping unconsumed bytes), returns the events as text. */
    "function parse(mode, s, split, flags = 0, max = 1024) {\n"
    "  const st = B.httpParserNew(mode, max, false); const out = [];\n"
    "  let pend = '';\n"
    "  const feed = (t) => { const all = pend + t; const u = bytes(all); const r = B.httpParserExecute(st, u, 0, u.length, flags);\n"
    "    for (let i = 1; i < r.length; i++) { const x = r[i];\n"
    "      if (x === 2) { const t = all.slice(r[i + 1], r[i + 2]); if (out.length && out[out.length - 1].startsWith('body:')) out[out.length - 1] += t; else out.push('body:' + t); i += 2; }\n"
    "      else if (x === 1) { out.push('head:' + r.slice(i + 1, i + 7).map(v => JSON.stringify(v)).join(',')); i += 6; }\n"
    "      else if (x === 3) { out.push('done:' + JSON.stringify(r[i + 1])); i += 1; }\n"
    "      else if (x === 4) { out.push('err:' + r[i + 1]); i += 3; }\n"
    "      else if (x === 5) { out.push('upgrade:' + r[i + 1]); i += 1; } }\n"
    "    pend = all.slice(r[0]); };\n"
    "  if (split) for (const c of s) feed(c); else feed(s);\n"
    "  const f = B.httpParserFinish(st, pend.length); if (f.length > 1) out.push(f[1] === 3 ? 'done:eof' : 'err:' + f[2]);\n"
    "  return out.join('|'); }\n"
    "function same(mode, s, flags) { const a = parse(mode, s, false, flags), b = parse(mode, s, true, flags);\n"
    "  if (a !== b) throw new Error('split differs: ' + a + ' vs ' + b); return a; }\n";

int main(void)
{
    JSRuntime *rt = JS_NewRuntime();
    JSContext *ctx = JS_NewContext(rt);
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue binding = JS_NewObject(ctx);
    un_http_parser_init(ctx, binding);
    JS_SetPropertyStr(ctx, global, "B", binding);
    JS_FreeValue(ctx, global);
    JS_FreeValue(ctx, eval(ctx, helpers));

    expect_ok(ctx, "simple request",
        "const r = same(0, 'GET /x HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n');"
        "r === 'head:1,1,\"GET\",\"/x\",[\"Host\",\"a\"],1|done:null' ? 'ok' : r");
    expect_ok(ctx, "content-length body",
        "const r2 = same(0, 'PUT / HTTP/1.1\\r\\nContent-Length: 4\\r\\n\\r\\nwxyz');"
        "r2.endsWith('done:null') && r2.includes('wxyz') ? 'ok' : r2");
    expect_ok(ctx, "chunked with extension and trailer",
        "const r3 = same(0, 'POST / HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n2;a=\"b\"\\r\\nhi\\r\\n0\\r\\nX: 1\\r\\n\\r\\n');"
        "r3.endsWith('done:[\"X\",\"1\"]') ? 'ok' : r3");
    expect_ok(ctx, "response until eof",
        "const r4 = same(1, 'HTTP/1.0 200 OK\\r\\n\\r\\nabc');"
        "r4.endsWith('done:eof') ? 'ok' : r4");
    expect_ok(ctx, "head response has no body",
        "const r5 = same(1, 'HTTP/1.1 200 OK\\r\\nContent-Length: 9\\r\\n\\r\\n', 1);"
        "r5.endsWith('done:null') ? 'ok' : r5");
    expect_ok(ctx, "errors",
        "const bad = [[0, 'XYZ / HTTP/1.1\\r\\n\\r\\n', 'HPE_INVALID_METHOD'],"
        " [0, 'GET / HTTP/1.1\\r\\nA b: c\\r\\n\\r\\n', 'HPE_INVALID_HEADER_TOKEN'],"
        " [0, 'GET / HTTP/1.1\\r\\nA: b\\rc\\r\\n\\r\\n', 'HPE_LF_EXPECTED'],"
        " [0, 'GET / HTTP/1.1\\r\\nContent-Length: 99999999999999999999999\\r\\n\\r\\n', 'HPE_INVALID_CONTENT_LENGTH'],"
        " [0, 'POST / HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nfffffffffffffffffff\\r\\n', 'HPE_INVALID_CHUNK_SIZE'],"
        " [0, 'GET / HTTP/1.1\\r\\nX: ' + 'a'.repeat(2000) + '\\r\\n\\r\\n', 'HPE_HEADER_OVERFLOW'],"
        " [0, 'GET / HTTP/3.1\\r\\n\\r\\n', 'HPE_INVALID_VERSION'],"
        " [1, 'HTTP/1.1 2x0 OK\\r\\n\\r\\n', 'HPE_INVALID_STATUS'],"
        " [1, 'HTTQ/1.1 200 OK\\r\\n\\r\\n', 'HPE_INVALID_CONSTANT']];"
        "let msg = 'ok'; for (const [m, s, code] of bad) { const r = parse(m, s, false); if (!r.endsWith('err:' + code)) msg = s + ' -> ' + r; } msg");
    expect_ok(ctx, "state survives garbage after an error",
        "const st = B.httpParserNew(0, 64, false); B.httpParserExecute(st, bytes('BAD\\r\\n\\r\\n'), 0, 7);"
        "const again = B.httpParserExecute(st, bytes('GET / HTTP/1.1\\r\\n\\r\\n'), 0, 5); again[0] === 0 ? 'ok' : String(again)");

    expect_throw(ctx, "B.httpParserNew()");
    expect_throw(ctx, "B.httpParserNew(2, 10, false)");
    expect_throw(ctx, "B.httpParserNew(0, 0, false)");
    expect_throw(ctx, "B.httpParserExecute({}, new Uint8Array(1), 0, 1)");
    expect_throw(ctx, "B.httpParserExecute(new ArrayBuffer(48), new Uint8Array(1), 0, 1)");
    expect_throw(ctx, "B.httpParserExecute(B.httpParserNew(0, 10, false), 'str', 0, 1)");
    expect_throw(ctx, "B.httpParserExecute(B.httpParserNew(0, 10, false), new Uint8Array(1), 0, 2)");
    expect_throw(ctx, "B.httpParserExecute(B.httpParserNew(0, 10, false), new Uint8Array(1), -1, 1)");
    expect_throw(ctx, "B.httpParserExecute(B.httpParserNew(0, 10, false), new Uint8Array(4), 3, 2)");
    expect_throw(ctx, "B.httpParserReset(new ArrayBuffer(3))");
    expect_throw(ctx, "B.httpParserFinish(1)");
    expect_throw(ctx, "B.httpParserReset(B.httpParserNew(0, 10, false), 7)");

    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    if (failures) {
        printf("%d failure(s)\n", failures);
        return 1;
    }
    printf("test_http_parser: ok\n");
    return 0;
}
