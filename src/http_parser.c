/* http_parser.c: HTTP/1.1 message parsing (pure: bytes in, events out; no syscalls).
 *
 * The parser's state is a small struct kept in an ArrayBuffer that JavaScript owns
 * (httpParserNew), so there is no native object to finalize and no global. One call to
 * httpParserExecute(state, u8, start, end, flags) parses as much of u8[start, end) as it can
 * and returns a flat array: [consumed, kind, fields..., kind, fields...].
 *
 *   HEAD 1  major, minor, methodOrStatus, urlOrReason, rawHeaders[], info
 *           (info bits: 1 keep-alive, 2 upgrade, 4 chunked, 8 has Content-Length)
 *   BODY 2  from, to            (a slice of the input; the caller copies or views it)
 *   DONE 3  rawTrailers[] or null
 *   ERR  4  code, reason, offset
 *   UPGR 5  offset              (the parser stops; the remaining bytes are not HTTP)
 *
 * A header block (start line, headers, blank line) and a chunk-size line are parsed only
 * when complete; until then `consumed` stays before them and the caller keeps those bytes
 * and hands them back with the next chunk. The header block's size is bounded by
 * maxHeaderSize, so re-scanning a slowly arriving block stays cheap. Body bytes are never
 * copied. httpParserFinish(state) reports the end of input (a body delimited by EOF ends,
 * a half-parsed message is an error). */
#include <string.h>

#include "unode.h"

enum { P_START, P_BODY_LEN, P_CHUNK_SIZE, P_CHUNK_DATA, P_CHUNK_CRLF, P_TRAILERS, P_BODY_EOF,
       P_STOPPED, P_ERROR };
enum { EV_HEAD = 1, EV_BODY, EV_DONE, EV_ERR, EV_UPGRADE };
enum { I_KEEPALIVE = 1, I_UPGRADE = 2, I_CHUNKED = 4, I_HAS_CL = 8 };
/* execute flags from the caller (response mode): the request was HEAD / CONNECT. */
enum { F_HEAD = 1, F_CONNECT = 2, F_ONE = 4 /* stop after one complete message */ };

#define HP_MAGIC 0x48545031u
#define EXT_MAX 16384 /* bytes of extensions on one chunk-size line, as Node allows */

typedef struct hp_state {
    uint32_t magic;
    uint32_t mode;        /* 0 request, 1 response */
    uint32_t phase;
    uint32_t max_header;  /* bytes of start line + headers */
    uint32_t lenient;     /* insecureHTTPParser */
    uint32_t keep_alive;  /* of the message being read */
    uint64_t remaining;   /* body or chunk bytes left */
    uint64_t chunk_total; /* reserved */
} hp_state;

typedef struct out {
    JSContext *ctx;
    JSValue arr;
    uint32_t n;
    int failed;
    int done; /* a message completed during this call */
} out;

static void put(out *o, JSValue v)
{
    if (o->failed) {
        JS_FreeValue(o->ctx, v);
        return;
    }
    if (JS_IsException(v) || JS_DefinePropertyValueUint32(o->ctx, o->arr, o->n++, v, JS_PROP_C_W_E) < 0)
        o->failed = 1;
}
static void put_int(out *o, int64_t i) { put(o, JS_NewInt64(o->ctx, i)); }
static void put_done(out *o, JSValue trailers)
{
    put_int(o, EV_DONE);
    put(o, trailers);
    o->done = 1;
}

/* Header text is Latin-1: one character per byte, as Node decodes it. */
static JSValue latin1(JSContext *ctx, const uint8_t *p, size_t n)
{
    size_t hi = 0;
    for (size_t i = 0; i < n; i++) hi += p[i] >> 7;
    if (!hi) return JS_NewStringLen(ctx, (const char *)p, n);
    char *u = js_malloc(ctx, n + hi);
    if (!u) return JS_EXCEPTION;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x80) {
            u[k++] = (char)p[i];
        } else {
            u[k++] = (char)(0xc0 | (p[i] >> 6));
            u[k++] = (char)(0x80 | (p[i] & 0x3f));
        }
    }
    JSValue s = JS_NewStringLen(ctx, u, k);
    js_free(ctx, u);
    return s;
}

static int is_tchar(uint8_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 1;
    return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}
static int is_vchar(uint8_t c) { return c == '\t' || (c >= 0x20 && c != 0x7f); }
static int ieq(const uint8_t *p, size_t n, const char *s)
{
    if (strlen(s) != n) return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != (uint8_t)s[i]) return 0;
    }
    return 1;
}
/* Does the comma-separated list p[0..n) contain token s (case-insensitive)? */
static int has_token(const uint8_t *p, size_t n, const char *s)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == ',')) i++;
        size_t b = i;
        while (i < n && p[i] != ',') i++;
        size_t e = i;
        while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\t')) e--;
        if (e > b && ieq(p + b, e - b, s)) return 1;
    }
    return 0;
}
/* Is `chunked` the last transfer coding? */
static int last_is_chunked(const uint8_t *p, size_t n)
{
    size_t e = n;
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t')) e--;
    size_t b = e;
    while (b > 0 && p[b - 1] != ',') b--;
    while (b < e && (p[b] == ' ' || p[b] == '\t')) b++;
    return ieq(p + b, e - b, "chunked");
}

static const char *const methods[] = {
    "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "COPY", "LOCK",
    "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND",
    "ACL", "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE",
    "UNSUBSCRIBE", "PATCH", "PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "QUERY", NULL,
};

typedef struct perr {
    const char *code, *reason;
    size_t at;
} perr;

#define FAIL(c, r, pos) do { e->code = (c); e->reason = (r); e->at = (pos); return -1; } while (0)

/* Finds the end of the line starting at i: the index of its CR (or bare LF when lenient).
 * Returns -2 if the line is incomplete, -1 with *e set on a CR not followed by LF. */
static long line_end(const hp_state *s, const uint8_t *b, size_t i, size_t end, perr *e,
                     const char *code, const char *reason)
{
    const uint8_t *cr = memchr(b + i, '\n', end - i);
    if (!cr) {
        const uint8_t *r = memchr(b + i, '\r', end - i);
        if (r && (size_t)(r - b) + 1 < end) FAIL(code, reason, (size_t)(r - b));
        return -2;
    }
    size_t lf = (size_t)(cr - b);
    if (lf > i && b[lf - 1] == '\r') return (long)(lf - 1);
    if (s->lenient) return (long)lf;
    FAIL(code, reason, lf);
}

/* Parses header lines from i up to and including the blank line. Pushes name,value pairs
 * to `list`. Returns the index after the blank line, -2 if incomplete, -1 on error.
 * For the message's own headers, *meta collects what framing needs. */
typedef struct meta {
    int chunked, has_te, has_cl, conn_close, conn_keep, conn_upgrade, has_upgrade;
    uint64_t cl;
} meta;

static long parse_fields(hp_state *s, JSContext *ctx, JSValue list, uint32_t *li,
                         const uint8_t *b, size_t i, size_t end, meta *m, perr *e)
{
    for (;;) {
        long le = line_end(s, b, i, end, e, "HPE_LF_EXPECTED", "Missing expected LF after header value");
        if (le == -1) return -1;
        if (le == -2) {
            /* Report a bad token early even when the line is incomplete. */
            for (size_t k = i; k < end && b[k] != ':'; k++)
                if (!is_tchar(b[k]) && b[k] != '\r' && b[k] != '\n')
                    FAIL("HPE_INVALID_HEADER_TOKEN", "Invalid header token", k);
            return -2;
        }
        size_t lend = (size_t)le;
        size_t next = b[lend] == '\r' ? lend + 2 : lend + 1;
        if (lend == i) return (long)next;
        if (b[i] == ' ' || b[i] == '\t')
            FAIL("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", i);
        size_t c = i;
        while (c < lend && is_tchar(b[c])) c++;
        if (c == i || c == lend || b[c] != ':')
            FAIL("HPE_INVALID_HEADER_TOKEN", "Invalid header token", c);
        size_t vb = c + 1, ve = lend;
        while (vb < ve && (b[vb] == ' ' || b[vb] == '\t')) vb++;
        while (ve > vb && (b[ve - 1] == ' ' || b[ve - 1] == '\t')) ve--;
        for (size_t k = vb; k < ve; k++) {
            if (b[k] == '\r' || b[k] == '\n')
                FAIL("HPE_LF_EXPECTED", "Missing expected LF after header value", k);
            if (!is_vchar(b[k]) && !s->lenient)
                FAIL("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", k);
        }
        const uint8_t *name = b + i, *val = b + vb;
        size_t nl = c - i, vl = ve - vb;
        if (m) {
            if (ieq(name, nl, "content-length")) {
                if (vl == 0) FAIL("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", vb);
                uint64_t v = 0;
                for (size_t k = 0; k < vl; k++) {
                    if (val[k] < '0' || val[k] > '9')
                        FAIL("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", vb + k);
                    if (v > (UINT64_MAX - 9) / 10)
                        FAIL("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", vb + k);
                    v = v * 10 + (uint64_t)(val[k] - '0');
                }
                if (m->has_cl) FAIL("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", vb);
                m->has_cl = 1;
                m->cl = v;
            } else if (ieq(name, nl, "transfer-encoding")) {
                m->has_te = 1;
                m->chunked = last_is_chunked(val, vl);
            } else if (ieq(name, nl, "connection") || ieq(name, nl, "proxy-connection")) {
                if (has_token(val, vl, "close")) m->conn_close = 1;
                if (has_token(val, vl, "keep-alive")) m->conn_keep = 1;
                if (has_token(val, vl, "upgrade")) m->conn_upgrade = 1;
            } else if (ieq(name, nl, "upgrade")) {
                m->has_upgrade = 1;
            }
        }
        JSValue n = latin1(ctx, name, nl);
        if (JS_IsException(n) || JS_DefinePropertyValueUint32(ctx, list, (*li)++, n, JS_PROP_C_W_E) < 0)
            FAIL("HPE_USER", "Out of memory", i);
        JSValue v = latin1(ctx, val, vl);
        if (JS_IsException(v) || JS_DefinePropertyValueUint32(ctx, list, (*li)++, v, JS_PROP_C_W_E) < 0)
            FAIL("HPE_USER", "Out of memory", i);
        i = next;
    }
}

/* The request line: METHOD SP target SP HTTP/x.y. Sets *mi (method index) and the rest. */
static long parse_request_line(hp_state *s, const uint8_t *b, size_t i, size_t end,
                               int *mi, size_t *ub, size_t *ue, int *maj, int *min, perr *e)
{
    size_t k = i;
    while (k < end && b[k] >= 'A' && b[k] <= 'Z') k++;
    while (k < end && b[k] == '-') k++;
    while (k < end && b[k] >= 'A' && b[k] <= 'Z') k++;
    if (k == end) {
        if (k - i > 12) FAIL("HPE_INVALID_METHOD", "Invalid method encountered", k);
        return -2;
    }
    if (b[k] != ' ' || k == i) FAIL("HPE_INVALID_METHOD", "Invalid method encountered", k > i ? k - 1 : k);
    *mi = -1;
    for (int m = 0; methods[m]; m++)
        if (strlen(methods[m]) == k - i && !memcmp(methods[m], b + i, k - i)) *mi = m;
    if (*mi < 0) FAIL("HPE_INVALID_METHOD", "Invalid method encountered", k);
    size_t u = k + 1;
    long le = line_end(s, b, u, end, e, "HPE_INVALID_VERSION", "Expected CRLF after version");
    if (le == -1) return -1;
    size_t q = u;
    while (q < end && b[q] != ' ' && b[q] != '\r' && b[q] != '\n') {
        if (b[q] < 0x21 || b[q] == 0x7f) FAIL("HPE_INVALID_URL", "Invalid char in url path", q);
        q++;
    }
    if (q == u && q < end) FAIL("HPE_INVALID_URL", "Unexpected start char in url", q);
    if (le == -2) return -2;
    size_t lend = (size_t)le;
    *ub = u;
    *ue = q;
    if (q >= lend || b[q] != ' ') {
        if (q == lend && s->lenient) { *maj = 0; *min = 9; return (long)lend; }
        FAIL("HPE_INVALID_VERSION", "Expected HTTP/", q);
    }
    size_t v = q + 1;
    if (lend - v != 8 || memcmp(b + v, "HTTP/", 5) || b[v + 6] != '.')
        FAIL("HPE_INVALID_CONSTANT", "Expected HTTP/", v);
    if (b[v + 5] < '0' || b[v + 5] > '9') FAIL("HPE_INVALID_VERSION", "Invalid major version", v + 5);
    if (b[v + 7] < '0' || b[v + 7] > '9') FAIL("HPE_INVALID_VERSION", "Invalid minor version", v + 7);
    *maj = b[v + 5] - '0';
    *min = b[v + 7] - '0';
    if (!((*maj == 1 && *min <= 1) || (*maj == 0 && *min == 9) || (*maj == 2 && *min == 0)))
        FAIL("HPE_INVALID_VERSION", "Invalid HTTP version", v + 5);
    return (long)lend;
}

static long parse_status_line(hp_state *s, const uint8_t *b, size_t i, size_t end, int *status,
                              size_t *rb, size_t *re, int *maj, int *min, perr *e)
{
    long le = line_end(s, b, i, end, e, "HPE_STRICT", "Expected LF after response line");
    if (le == -1) return -1;
    size_t have = le == -2 ? end - i : (size_t)le - i;
    if (have >= 5 && memcmp(b + i, "HTTP/", 5)) FAIL("HPE_INVALID_CONSTANT", "Expected HTTP/", i);
    if (le == -2) return -2;
    size_t lend = (size_t)le;
    if (have < 12 || memcmp(b + i, "HTTP/", 5) || b[i + 6] != '.' || b[i + 8] != ' ')
        FAIL("HPE_INVALID_CONSTANT", "Expected HTTP/", i);
    if (b[i + 5] < '0' || b[i + 5] > '9') FAIL("HPE_INVALID_VERSION", "Invalid major version", i + 5);
    if (b[i + 7] < '0' || b[i + 7] > '9') FAIL("HPE_INVALID_VERSION", "Invalid minor version", i + 7);
    *maj = b[i + 5] - '0';
    *min = b[i + 7] - '0';
    int st = 0;
    for (size_t k = i + 9; k < i + 12; k++) {
        if (b[k] < '0' || b[k] > '9') FAIL("HPE_INVALID_STATUS", "Invalid status code", k);
        st = st * 10 + (b[k] - '0');
    }
    *status = st;
    size_t r = i + 12;
    if (r < lend && b[r] != ' ') FAIL("HPE_INVALID_STATUS", "Invalid status code", r);
    if (r < lend) r++;
    for (size_t k = r; k < lend; k++)
        if (!is_vchar(b[k])) FAIL("HPE_STRICT", "Invalid response status", k);
    *rb = r;
    *re = lend;
    return (long)lend;
}

/* One header block at b[i..end). Returns next index, -2 incomplete, -1 error. */
static long parse_head(hp_state *s, out *o, const uint8_t *b, size_t i, size_t end,
                       uint32_t flags, perr *e)
{
    JSContext *ctx = o->ctx;
    int mi = 0, status = 0, maj = 1, min = 1;
    size_t ub = 0, ue = 0;
    long le = s->mode == 0 ? parse_request_line(s, b, i, end, &mi, &ub, &ue, &maj, &min, e)
                           : parse_status_line(s, b, i, end, &status, &ub, &ue, &maj, &min, e);
    if (le == -1) return -1;
    if (le == -2) {
        if (end - i > s->max_header) FAIL("HPE_HEADER_OVERFLOW", "Header overflow", i + s->max_header);
        return -2;
    }
    size_t f = b[le] == '\r' ? (size_t)le + 2 : (size_t)le + 1;
    meta m = { 0 };
    JSValue list = JS_NewArray(ctx);
    if (JS_IsException(list)) FAIL("HPE_USER", "Out of memory", i);
    uint32_t li = 0;
    long nx = parse_fields(s, ctx, list, &li, b, f, end, &m, e);
    if (nx == -1 || nx == -2) {
        JS_FreeValue(ctx, list);
        if (nx == -2 && end - i > s->max_header)
            FAIL("HPE_HEADER_OVERFLOW", "Header overflow", i + s->max_header);
        return nx;
    }
    if ((size_t)nx - i > s->max_header) {
        JS_FreeValue(ctx, list);
        FAIL("HPE_HEADER_OVERFLOW", "Header overflow", i + s->max_header);
    }
    if (m.has_te && m.has_cl && !s->lenient) {
        JS_FreeValue(ctx, list);
        FAIL("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", (size_t)nx);
    }
    if (s->mode == 0 && m.has_te && !m.chunked) {
        JS_FreeValue(ctx, list);
        FAIL("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", (size_t)nx);
    }
    int upgrade = 0, nobody = 0, eof_body = 0;
    if (s->mode == 0) {
        upgrade = mi == 5 || (m.has_upgrade && m.conn_upgrade);
    } else {
        if (status == 101 || ((flags & F_CONNECT) && status >= 200 && status < 300)) upgrade = 1;
        nobody = (flags & F_HEAD) || (status >= 100 && status < 200) || status == 204 || status == 304;
    }
    int ka = (maj > 1 || (maj == 1 && min >= 1)) ? !m.conn_close : m.conn_keep && !m.conn_close;
    if (!upgrade && !nobody && s->mode == 1 && !m.has_cl && !m.chunked) {
        eof_body = 1;
        ka = 0;
    }
    put_int(o, EV_HEAD);
    put_int(o, maj);
    put_int(o, min);
    if (s->mode == 0) {
        put(o, JS_NewString(ctx, methods[mi]));
        put(o, latin1(ctx, b + ub, ue - ub));
    } else {
        put_int(o, status);
        put(o, latin1(ctx, b + ub, ue - ub));
    }
    put(o, list);
    put_int(o, (ka ? I_KEEPALIVE : 0) | (upgrade ? I_UPGRADE : 0) | (m.chunked ? I_CHUNKED : 0) |
                   (m.has_cl ? I_HAS_CL : 0));
    s->keep_alive = (uint32_t)ka;
    if (upgrade) {
        s->phase = P_STOPPED;
        put_int(o, EV_UPGRADE);
        put_int(o, nx);
    } else if (nobody || (!m.chunked && !eof_body && m.cl == 0)) {
        put_done(o, JS_NULL);
        s->phase = P_START;
    } else if (m.chunked) {
        s->phase = P_CHUNK_SIZE;
        s->chunk_total = 0;
    } else if (eof_body) {
        s->phase = P_BODY_EOF;
    } else {
        s->phase = P_BODY_LEN;
        s->remaining = m.cl;
    }
    return nx;
}

static long step(hp_state *s, out *o, const uint8_t *b, size_t i, size_t end, uint32_t flags, perr *e)
{
    switch (s->phase) {
    case P_START:
        if (s->mode == 0) {
            /* Blank lines between requests are tolerated, as RFC 9112 suggests. */
            while (i < end && (b[i] == '\r' || b[i] == '\n')) {
                if (b[i] == '\r' && (i + 1 >= end)) return -2;
                if (b[i] == '\r' && b[i + 1] != '\n') FAIL("HPE_INVALID_METHOD", "Invalid method encountered", i);
                i += b[i] == '\r' ? 2 : 1;
            }
            if (i == end) return (long)i;
        }
        return parse_head(s, o, b, i, end, flags, e);
    case P_BODY_LEN: {
        size_t n = end - i;
        if (s->remaining < n) n = (size_t)s->remaining;
        put_int(o, EV_BODY);
        put_int(o, (int64_t)i);
        put_int(o, (int64_t)(i + n));
        s->remaining -= n;
        if (s->remaining == 0) {
            put_done(o, JS_NULL);
            s->phase = P_START;
        }
        return (long)(i + n);
    }
    case P_BODY_EOF:
        put_int(o, EV_BODY);
        put_int(o, (int64_t)i);
        put_int(o, (int64_t)end);
        return (long)end;
    case P_CHUNK_SIZE: {
        size_t k = i;
        uint64_t v = 0;
        while (k < end) {
            uint8_t c = b[k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) break;
            if (v >> 59) FAIL("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", k);
            v = v * 16 + (uint64_t)d;
            k++;
        }
        if (k == end) {
            if (k - i > 32) FAIL("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", k);
            return -2;
        }
        if (k == i || (b[k] != ';' && b[k] != '\r' && b[k] != ' ' && b[k] != '\t' && !(b[k] == '\n' && s->lenient)))
            FAIL("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", k);
        long le = line_end(s, b, k, end, e, "HPE_STRICT", "Expected LF after chunk size");
        if (le == -1) return -1;
        if (le == -2) {
            if (end - k > EXT_MAX) FAIL("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", end);
            return -2;
        }
        for (size_t x = k; x < (size_t)le; x++)
            if (!is_vchar(b[x])) FAIL("HPE_STRICT", "Invalid character in chunk extensions", x);
        size_t next = b[le] == '\r' ? (size_t)le + 2 : (size_t)le + 1;
        if ((size_t)le - k > EXT_MAX)
            FAIL("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", k);
        if (v == 0) {
            s->phase = P_TRAILERS;
        } else {
            s->remaining = v;
            s->phase = P_CHUNK_DATA;
        }
        return (long)next;
    }
    case P_CHUNK_DATA: {
        size_t n = end - i;
        if (s->remaining < n) n = (size_t)s->remaining;
        put_int(o, EV_BODY);
        put_int(o, (int64_t)i);
        put_int(o, (int64_t)(i + n));
        s->remaining -= n;
        if (s->remaining == 0) s->phase = P_CHUNK_CRLF;
        return (long)(i + n);
    }
    case P_CHUNK_CRLF:
        if (b[i] == '\n' && s->lenient) {
            s->phase = P_CHUNK_SIZE;
            return (long)(i + 1);
        }
        if (b[i] != '\r') FAIL("HPE_STRICT", "Expected LF after chunk data", i);
        if (i + 1 >= end) return -2;
        if (b[i + 1] != '\n') FAIL("HPE_STRICT", "Expected LF after chunk data", i + 1);
        s->phase = P_CHUNK_SIZE;
        return (long)(i + 2);
    case P_TRAILERS: {
        JSValue list = JS_NewArray(o->ctx);
        if (JS_IsException(list)) FAIL("HPE_USER", "Out of memory", i);
        uint32_t li = 0;
        long nx = parse_fields(s, o->ctx, list, &li, b, i, end, NULL, e);
        if (nx < 0) {
            JS_FreeValue(o->ctx, list);
            if (nx == -2 && end - i > s->max_header) FAIL("HPE_HEADER_OVERFLOW", "Header overflow", end);
            return nx;
        }
        put_done(o, li ? list : JS_NULL);
        if (!li) JS_FreeValue(o->ctx, list);
        s->phase = P_START;
        return nx;
    }
    case P_STOPPED:
        return (long)end;
    default:
        FAIL("HPE_INVALID_INTERNAL_STATE", "Invalid internal state", i);
    }
}

static hp_state *get_state(JSContext *ctx, JSValueConst v)
{
    size_t size;
    uint8_t *p = JS_GetArrayBuffer(ctx, &size, v);
    if (!p) return NULL;
    if (size != sizeof(hp_state) || ((hp_state *)p)->magic != HP_MAGIC) {
        JS_ThrowTypeError(ctx, "not an HTTP parser state");
        return NULL;
    }
    return (hp_state *)p;
}

/* httpParserNew(mode, maxHeaderSize, lenient) -> state ArrayBuffer */
static JSValue hp_new(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    int32_t mode, lenient;
    uint32_t max;
    if (argc < 3 || !JS_IsNumber(argv[0]) || !JS_IsNumber(argv[1]))
        return JS_ThrowTypeError(ctx, "httpParserNew(mode, maxHeaderSize, lenient)");
    if (JS_ToInt32(ctx, &mode, argv[0]) || JS_ToUint32(ctx, &max, argv[1]))
        return JS_EXCEPTION;
    lenient = JS_ToBool(ctx, argv[2]);
    if (mode != 0 && mode != 1) return JS_ThrowRangeError(ctx, "mode must be 0 or 1");
    if (max == 0 || max > (1u << 30)) return JS_ThrowRangeError(ctx, "bad maxHeaderSize");
    hp_state st = { .magic = HP_MAGIC, .mode = (uint32_t)mode, .phase = P_START,
                    .max_header = max, .lenient = (uint32_t)lenient };
    return JS_NewArrayBufferCopy(ctx, (const uint8_t *)&st, sizeof st);
}

/* httpParserReset(state, mode): ready for a new message stream. */
static JSValue hp_reset(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    hp_state *s = argc > 0 ? get_state(ctx, argv[0]) : (JS_ThrowTypeError(ctx, "state expected"), NULL);
    if (!s) return JS_EXCEPTION;
    int32_t mode = (int32_t)s->mode;
    if (argc > 1 && !JS_IsUndefined(argv[1]) && JS_ToInt32(ctx, &mode, argv[1])) return JS_EXCEPTION;
    if (mode != 0 && mode != 1) return JS_ThrowRangeError(ctx, "mode must be 0 or 1");
    s->mode = (uint32_t)mode;
    s->phase = P_START;
    s->remaining = 0;
    s->chunk_total = 0;
    return JS_UNDEFINED;
}

static void put_err(out *o, const perr *e)
{
    put_int(o, EV_ERR);
    put(o, JS_NewString(o->ctx, e->code));
    put(o, JS_NewString(o->ctx, e->reason));
    put_int(o, (int64_t)e->at);
}

/* httpParserExecute(state, u8, start, end, flags) -> [consumed, events...] */
static JSValue hp_execute(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    if (argc < 4) return JS_ThrowTypeError(ctx, "httpParserExecute(state, bytes, start, end, flags)");
    hp_state *s = get_state(ctx, argv[0]);
    if (!s) return JS_EXCEPTION;
    uint8_t *b;
    size_t len;
    if (un_get_bytes(ctx, argv[1], &b, &len) < 0) return JS_EXCEPTION;
    int64_t start, end;
    uint32_t flags = 0;
    if (JS_ToInt64(ctx, &start, argv[2]) || JS_ToInt64(ctx, &end, argv[3])) return JS_EXCEPTION;
    if (argc > 4 && JS_ToUint32(ctx, &flags, argv[4])) return JS_EXCEPTION;
    if (start < 0 || end < start || (uint64_t)end > len) return JS_ThrowRangeError(ctx, "bad range");
    out o = { ctx, JS_NewArray(ctx), 1, 0, 0 };
    if (JS_IsException(o.arr)) return JS_EXCEPTION;
    size_t i = (size_t)start;
    perr e = { 0 };
    while (i < (size_t)end && s->phase != P_ERROR && s->phase != P_STOPPED && !o.failed) {
        long r = step(s, &o, b, i, (size_t)end, flags, &e);
        if (r == -2) break;
        if (r == -1) {
            s->phase = P_ERROR;
            put_err(&o, &e);
            break;
        }
        i = (size_t)r;
        if (o.done && (flags & F_ONE)) break;
    }
    if (o.failed) {
        JS_FreeValue(ctx, o.arr);
        return JS_EXCEPTION;
    }
    if (JS_DefinePropertyValueUint32(ctx, o.arr, 0, JS_NewInt64(ctx, (int64_t)i), JS_PROP_C_W_E) < 0) {
        JS_FreeValue(ctx, o.arr);
        return JS_EXCEPTION;
    }
    return o.arr;
}

/* httpParserFinish(state, pending) -> [0, events...]: the input ended; pending is the count
 * of bytes the caller still holds unparsed. */
static JSValue hp_finish(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    hp_state *s = argc > 0 ? get_state(ctx, argv[0]) : (JS_ThrowTypeError(ctx, "state expected"), NULL);
    if (!s) return JS_EXCEPTION;
    uint32_t pending = 0;
    if (argc > 1 && JS_ToUint32(ctx, &pending, argv[1])) return JS_EXCEPTION;
    out o = { ctx, JS_NewArray(ctx), 1, 0, 0 };
    if (JS_IsException(o.arr)) return JS_EXCEPTION;
    if (s->phase == P_BODY_EOF) {
        put_done(&o, JS_NULL);
        s->phase = P_START;
    } else if ((s->phase != P_START || pending) && s->phase != P_STOPPED && s->phase != P_ERROR) {
        perr e = { "HPE_INVALID_EOF_STATE", "Invalid EOF state", 0 };
        put_err(&o, &e);
        s->phase = P_ERROR;
    }
    if (o.failed || JS_DefinePropertyValueUint32(ctx, o.arr, 0, JS_NewInt32(ctx, 0), JS_PROP_C_W_E) < 0) {
        JS_FreeValue(ctx, o.arr);
        return JS_EXCEPTION;
    }
    return o.arr;
}

/* httpParserState(state) -> phase number (for the JS side's bookkeeping and tests) */
static JSValue hp_phase(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    hp_state *s = argc > 0 ? get_state(ctx, argv[0]) : (JS_ThrowTypeError(ctx, "state expected"), NULL);
    if (!s) return JS_EXCEPTION;
    return JS_NewInt32(ctx, (int32_t)s->phase);
}

static const JSCFunctionListEntry hp_funcs[] = {
    JS_CFUNC_DEF("httpParserNew", 3, hp_new),
    JS_CFUNC_DEF("httpParserReset", 2, hp_reset),
    JS_CFUNC_DEF("httpParserExecute", 5, hp_execute),
    JS_CFUNC_DEF("httpParserFinish", 2, hp_finish),
    JS_CFUNC_DEF("httpParserPhase", 1, hp_phase),
};

void un_http_parser_init(JSContext *ctx, JSValueConst binding)
{
    JS_SetPropertyFunctionList(ctx, binding, hp_funcs, sizeof hp_funcs / sizeof hp_funcs[0]);
}
