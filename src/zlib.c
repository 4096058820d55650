/* zlib.c: deflate and inflate through zlib (pure intrinsics, no syscalls). A stream is a JS
 * object of a class registered per runtime whose opaque is an un_zstream (a z_stream plus its
 * mode and dictionary); the finalizer ends it. The class id reaches the functions as their
 * function data, never a global.
 *
 *   zlibNew()                                          -> stream
 *   zlibInit(s, mode, level, windowBits, memLevel, strategy, dictionary?) -> zlib code
 *   zlibWrite(s, flush, inView, outView)               -> [code, availIn, availOut]
 *   zlibMessage(s)                                     -> zlib's msg string or null
 *   zlibParams(s, level, strategy) / zlibReset(s)      -> zlib code
 *   zlibClose(s)                                       -> undefined
 *   zlibCrc32(view, value)                             -> number
 *   zlibVersion()                                      -> the linked zlib's version
 *   binding.zlibWriteAsync(s, flush, inView, outLen)   -> pool job id, or -errno
 *   zlibTakeOutput(s, outView)                         -> [code, availIn, availOut]
 *
 * zlibWriteAsync runs one write on the worker pool (src/pool.c, un_pool_submit_fn; call it as
 * a method of the binding, which it needs to find the pool). The input is copied and the output
 * goes to a C buffer, so no JS memory is touched off the loop thread; once the job completes,
 * zlibTakeOutput copies the output into outView. While a job runs the stream is busy: it holds a
 * reference to its own object, sync calls on it throw, and zlibClose is deferred to the job's
 * end. zlib allocates with malloc (thread-safe), not the runtime's allocator.
 *
 * Modes are node's: 1 DEFLATE, 2 INFLATE, 3 GZIP, 4 GUNZIP, 5 DEFLATERAW, 6 INFLATERAW,
 * 7 UNZIP. Gunzip (and unzip of gzip data) goes on across concatenated members. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "unode.h"

enum { M_NONE, M_DEFLATE, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW, M_UNZIP };

typedef struct un_zstream {
    z_stream zs;
    int mode;
    bool active;       /* deflateInit/inflateInit succeeded and end not yet called */
    bool gzip_seen;    /* inflating: the data was a gzip stream */
    int window_bits;
    uint8_t *dict;
    size_t dict_len;
    /* a pool job (zlibWriteAsync) */
    bool busy;         /* a job is queued or running */
    bool close_pending;
    bool has_result;   /* a finished job's output awaits zlibTakeOutput */
    JSContext *ctx;
    JSValue self;      /* the stream's object, held while busy */
    uint8_t *jin, *jout;
    size_t jin_len, jout_len;
    int jflush, jcode;
    uInt javail_in, javail_out;
} un_zstream;


enum { OP_NEW, OP_INIT, OP_WRITE, OP_MESSAGE, OP_PARAMS, OP_RESET, OP_CLOSE, OP_CRC32, OP_VERSION,
       OP_WRITE_ASYNC, OP_TAKE };

static bool is_deflate(int mode)
{
    return mode == M_DEFLATE || mode == M_GZIP || mode == M_DEFLATERAW;
}

static void zs_end(un_zstream *s)
{
    if (!s->active)
        return;
    if (is_deflate(s->mode))
        deflateEnd(&s->zs);
    else
        inflateEnd(&s->zs);
    s->active = false;
}

static void zs_free(JSRuntime *rt, un_zstream *s)
{
    if (!s)
        return;
    zs_end(s);
    js_free_rt(rt, s->dict);
    js_free_rt(rt, s->jin);
    js_free_rt(rt, s->jout);
    js_free_rt(rt, s);
}

static void un_zstream_finalizer(JSRuntime *rt, JSValue val)
{
    JSClassID cid;
    zs_free(rt, JS_GetAnyOpaque(val, &cid));
}

static un_zstream *get_stream(JSContext *ctx, JSValueConst v, JSClassID cid)
{
    un_zstream *s = JS_GetOpaque(v, cid);
    if (!s)
        JS_ThrowTypeError(ctx, "expected a zlib stream");
    return s;
}

static int get_int(JSContext *ctx, JSValueConst v, int lo, int hi, const char *what, int *out)
{
    int32_t n;
    if (!JS_IsNumber(v) || JS_ToInt32(ctx, &n, v) < 0 || n < lo || n > hi) {
        JS_ThrowRangeError(ctx, "%s out of range", what);
        return -1;
    }
    *out = n;
    return 0;
}

/* Sets the dictionary right after init where the format allows it (raw and zlib deflate,
 * raw inflate); zlib-format inflate sets it on Z_NEED_DICT. */
static int apply_dict(un_zstream *s)
{
    if (!s->dict)
        return Z_OK;
    if (is_deflate(s->mode) && s->mode != M_GZIP)
        return deflateSetDictionary(&s->zs, s->dict, (uInt)s->dict_len);
    if (s->mode == M_INFLATERAW)
        return inflateSetDictionary(&s->zs, s->dict, (uInt)s->dict_len);
    return Z_OK;
}

static JSValue zs_init(JSContext *ctx, un_zstream *s, int argc, JSValueConst *argv)
{
    int mode, level, wbits, memlevel, strategy;
    if (argc < 6)
        return JS_ThrowTypeError(ctx, "zlibInit(s, mode, level, windowBits, memLevel, strategy, dict)");
    if (get_int(ctx, argv[1], M_DEFLATE, M_UNZIP, "mode", &mode) < 0 ||
        get_int(ctx, argv[2], -1, 9, "level", &level) < 0 ||
        get_int(ctx, argv[3], 0, 15, "windowBits", &wbits) < 0 ||
        get_int(ctx, argv[4], 1, 9, "memLevel", &memlevel) < 0 ||
        get_int(ctx, argv[5], 0, 4, "strategy", &strategy) < 0)
        return JS_EXCEPTION;
    if (s->mode != M_NONE)
        return JS_ThrowTypeError(ctx, "zlib stream already initialised");
    if (argc > 6 && !JS_IsUndefined(argv[6]) && !JS_IsNull(argv[6])) {
        uint8_t *d;
        size_t n;
        if (un_get_bytes(ctx, argv[6], &d, &n) < 0)
            return JS_EXCEPTION;
        if (n > 0x7fffffff)
            return JS_ThrowRangeError(ctx, "dictionary too large");
        s->dict = js_malloc(ctx, n ? n : 1);
        if (!s->dict)
            return JS_EXCEPTION;
        memcpy(s->dict, d, n);
        s->dict_len = n;
    }
    if (wbits == 0 && is_deflate(mode))
        wbits = 15;
    if (wbits == 8 && (mode == M_DEFLATERAW || mode == M_GZIP))
        wbits = 9; /* zlib refuses 8 for raw and gzip deflate streams */
    s->mode = mode;
    s->window_bits = wbits;
    /* zlib's default allocator (malloc): jobs may run it on a pool thread. */
    s->zs.zalloc = Z_NULL;
    s->zs.zfree = Z_NULL;
    s->zs.opaque = Z_NULL;
    int w = wbits, r;
    switch (mode) {
    case M_GZIP: case M_GUNZIP: w += 16; break;
    case M_UNZIP: w += 32; break;
    case M_DEFLATERAW: case M_INFLATERAW: w = -w; break;
    }
    if (is_deflate(mode))
        r = deflateInit2(&s->zs, level, Z_DEFLATED, w, memlevel, strategy);
    else
        r = inflateInit2(&s->zs, w);
    if (r == Z_OK) {
        s->active = true;
        r = apply_dict(s);
    }
    return JS_NewInt32(ctx, r);
}

static JSValue result_array(JSContext *ctx, int r, uInt avail_in, uInt avail_out, un_zstream *s);

/* One write: input in[0..inlen), output out[0..outlen). Returns zlib's code; the stream's
 * avail_in/avail_out tell how far it got. Runs on the loop thread or a pool thread. */
static int run_write(un_zstream *s, int flush, uint8_t *in, size_t inlen, uint8_t *out, size_t outlen)
{
    z_stream *z = &s->zs;
    if (s->mode == M_UNZIP && z->total_in == 0 && inlen > 0 && in[0] == 0x1f)
        s->gzip_seen = true;
    z->next_in = in;
    z->avail_in = (uInt)inlen;
    z->next_out = out;
    z->avail_out = (uInt)outlen;
    int r;
    if (is_deflate(s->mode)) {
        r = deflate(z, flush);
    } else {
        for (;;) {
            r = inflate(z, flush);
            if (r == Z_NEED_DICT && s->dict) {
                r = inflateSetDictionary(z, s->dict, (uInt)s->dict_len);
                if (r == Z_OK)
                    continue;
                if (r == Z_DATA_ERROR)
                    r = Z_NEED_DICT + 100; /* JS reports "Bad dictionary" */
                break;
            }
            if ((s->mode == M_GUNZIP || (s->mode == M_UNZIP && s->gzip_seen)) && r == Z_STREAM_END &&
                z->avail_in > 0 && z->next_in[0] != 0) {
                /* More data after a gzip member is another member (zero padding is not). */
                r = inflateReset(z);
                if (r != Z_OK)
                    break;
                continue;
            }
            break;
        }
    }
    return r;
}

static JSValue zs_write(JSContext *ctx, un_zstream *s, int argc, JSValueConst *argv)
{
    int flush;
    uint8_t *in, *out;
    size_t inlen, outlen;
    if (argc < 4)
        return JS_ThrowTypeError(ctx, "zlibWrite(s, flush, in, out)");
    if (get_int(ctx, argv[1], Z_NO_FLUSH, Z_TREES, "flush", &flush) < 0 ||
        un_get_bytes(ctx, argv[2], &in, &inlen) < 0 || un_get_bytes(ctx, argv[3], &out, &outlen) < 0)
        return JS_EXCEPTION;
    if (inlen > UINT32_MAX || outlen > UINT32_MAX)
        return JS_ThrowRangeError(ctx, "zlib buffers must be under 4 GiB");
    if (!s->active)
        return JS_ThrowTypeError(ctx, "zlib stream is not open");
    if (s->busy)
        return JS_ThrowTypeError(ctx, "zlib stream is busy");
    int r = run_write(s, flush, in, inlen, out, outlen);
    return result_array(ctx, r, s->zs.avail_in, s->zs.avail_out, s);
}

/* [code, availIn, availOut]; also drops the stream's pointers into the caller's buffers. */
static JSValue result_array(JSContext *ctx, int r, uInt avail_in, uInt avail_out, un_zstream *s)
{
    z_stream *z = &s->zs;
    z->next_in = z->next_out = NULL;
    z->avail_in = z->avail_out = 0;
    JSValue arr = JS_NewArray(ctx);
    if (JS_IsException(arr))
        return arr;
    JS_SetPropertyUint32(ctx, arr, 0, JS_NewInt32(ctx, r));
    JS_SetPropertyUint32(ctx, arr, 1, JS_NewUint32(ctx, avail_in));
    JS_SetPropertyUint32(ctx, arr, 2, JS_NewUint32(ctx, avail_out));
    return arr;
}

/* ---- pool jobs ---- */

static long job_run(void *arg)
{
    un_zstream *s = arg;
    s->jcode = run_write(s, s->jflush, s->jin, s->jin_len, s->jout, s->jout_len);
    s->javail_in = s->zs.avail_in;
    s->javail_out = s->zs.avail_out;
    s->zs.next_in = s->zs.next_out = NULL;
    s->zs.avail_in = s->zs.avail_out = 0;
    return s->jcode;
}

/* On the loop thread once the job is delivered (or the pool is torn down). */
static void job_cleanup(void *arg)
{
    un_zstream *s = arg;
    JSContext *ctx = s->ctx;
    JSValue self = s->self;
    s->busy = false;
    s->has_result = true;
    s->self = JS_UNDEFINED;
    js_free(ctx, s->jin);
    s->jin = NULL;
    if (s->close_pending) {
        zs_end(s);
        s->close_pending = false;
    }
    JS_FreeValue(ctx, self); /* last: it may finalize the stream */
}

static JSValue zs_write_async(JSContext *ctx, JSValueConst binding, un_zstream *s, int argc, JSValueConst *argv)
{
    int flush;
    uint8_t *in;
    size_t inlen;
    int64_t outlen;
    if (argc < 4)
        return JS_ThrowTypeError(ctx, "zlibWriteAsync(s, flush, in, outLen)");
    if (get_int(ctx, argv[1], Z_NO_FLUSH, Z_TREES, "flush", &flush) < 0 || un_get_bytes(ctx, argv[2], &in, &inlen) < 0)
        return JS_EXCEPTION;
    if (!JS_IsNumber(argv[3]) || JS_ToInt64(ctx, &outlen, argv[3]) < 0 || outlen < 1 || outlen > UINT32_MAX ||
        inlen > UINT32_MAX)
        return JS_ThrowRangeError(ctx, "zlib buffers must be under 4 GiB");
    if (!s->active || s->close_pending)
        return JS_ThrowTypeError(ctx, "zlib stream is not open");
    if (s->busy)
        return JS_ThrowTypeError(ctx, "zlib stream is busy");
    uint8_t *jin = js_malloc(ctx, inlen ? inlen : 1);
    if (!jin)
        return JS_EXCEPTION;
    if ((size_t)outlen != s->jout_len) {
        uint8_t *jout = js_realloc(ctx, s->jout, (size_t)outlen);
        if (!jout) {
            js_free(ctx, jin);
            return JS_EXCEPTION;
        }
        s->jout = jout;
        s->jout_len = (size_t)outlen;
    }
    memcpy(jin, in, inlen);
    js_free(ctx, s->jin);
    s->jin = jin;
    s->jin_len = inlen;
    s->jflush = flush;
    s->ctx = ctx;
    s->has_result = false;
    s->busy = true;
    s->self = JS_DupValue(ctx, argv[0]);
    long id = un_pool_submit_fn(ctx, binding, job_run, s, job_cleanup);
    if (id < 0) {
        JSValue self = s->self;
        s->busy = false;
        s->self = JS_UNDEFINED;
        JS_FreeValue(ctx, self);
    }
    return JS_NewInt64(ctx, id);
}

static JSValue zs_take_output(JSContext *ctx, un_zstream *s, int argc, JSValueConst *argv)
{
    uint8_t *out;
    size_t outlen;
    if (argc < 2)
        return JS_ThrowTypeError(ctx, "zlibTakeOutput(s, outView)");
    if (un_get_bytes(ctx, argv[1], &out, &outlen) < 0)
        return JS_EXCEPTION;
    if (!s->has_result)
        return JS_ThrowTypeError(ctx, "no finished zlib job");
    size_t produced = s->jout_len - s->javail_out;
    if (outlen < produced)
        return JS_ThrowRangeError(ctx, "output view too small");
    memcpy(out, s->jout, produced);
    s->has_result = false;
    return result_array(ctx, s->jcode, s->javail_in, s->javail_out, s);
}

static JSValue un_zlib_call(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                            int magic, JSValue *data)
{
    JSClassID cid;
    (void)this_val;
    if (un_op_class(ctx, data, &cid) < 0)
        return JS_EXCEPTION;
    if (magic == OP_NEW) {
        un_zstream *s = js_mallocz(ctx, sizeof(*s));
        if (!s)
            return JS_EXCEPTION;
        JSValue obj = JS_NewObjectClass(ctx, (int)cid);
        if (JS_IsException(obj)) {
            js_free(ctx, s);
            return obj;
        }
        JS_SetOpaque(obj, s);
        return obj;
    }
    if (magic == OP_VERSION)
        return JS_NewString(ctx, zlibVersion());
    if (magic == OP_CRC32) {
        uint8_t *p;
        size_t n;
        uint32_t v;
        if (argc < 2)
            return JS_ThrowTypeError(ctx, "zlibCrc32(view, value)");
        if (un_get_bytes(ctx, argv[0], &p, &n) < 0)
            return JS_EXCEPTION;
        if (!JS_IsNumber(argv[1]) || JS_ToUint32(ctx, &v, argv[1]) < 0)
            return JS_ThrowTypeError(ctx, "zlibCrc32: value must be a number");
        uLong c = v;
        while (n > 0) {
            uInt chunk = n > 0x40000000 ? 0x40000000 : (uInt)n;
            c = crc32(c, p, chunk);
            p += chunk;
            n -= chunk;
        }
        return JS_NewUint32(ctx, (uint32_t)c);
    }
    if (argc < 1)
        return JS_ThrowTypeError(ctx, "expected a zlib stream");
    un_zstream *s = get_stream(ctx, argv[0], cid);
    if (!s)
        return JS_EXCEPTION;
    if (s->busy && magic != OP_CLOSE && magic != OP_MESSAGE && magic != OP_WRITE && magic != OP_WRITE_ASYNC)
        return JS_ThrowTypeError(ctx, "zlib stream is busy");
    switch (magic) {
    case OP_INIT: return zs_init(ctx, s, argc, argv);
    case OP_WRITE: return zs_write(ctx, s, argc, argv);
    case OP_WRITE_ASYNC: return zs_write_async(ctx, this_val, s, argc, argv);
    case OP_TAKE: return zs_take_output(ctx, s, argc, argv);
    case OP_MESSAGE: return !s->busy && s->zs.msg ? JS_NewString(ctx, s->zs.msg) : JS_NULL;
    case OP_PARAMS: {
        int level, strategy;
        if (argc < 3 || get_int(ctx, argv[1], -1, 9, "level", &level) < 0 ||
            get_int(ctx, argv[2], 0, 4, "strategy", &strategy) < 0)
            return JS_HasException(ctx) ? JS_EXCEPTION : JS_ThrowTypeError(ctx, "zlibParams(s, level, strategy)");
        if (!s->active || !is_deflate(s->mode))
            return JS_NewInt32(ctx, Z_STREAM_ERROR);
        /* deflateParams may call deflate(Z_BLOCK): give it valid, empty buffers (the JS side
         * has flushed, so nothing is pending). */
        uint8_t dummy[1];
        s->zs.next_in = s->zs.next_out = dummy;
        s->zs.avail_in = s->zs.avail_out = 0;
        int r = deflateParams(&s->zs, level, strategy);
        s->zs.next_in = s->zs.next_out = NULL;
        s->zs.msg = NULL;
        return JS_NewInt32(ctx, r);
    }
    case OP_RESET: {
        if (!s->active)
            return JS_NewInt32(ctx, Z_STREAM_ERROR);
        int r = is_deflate(s->mode) ? deflateReset(&s->zs) : inflateReset(&s->zs);
        s->gzip_seen = false;
        if (r == Z_OK)
            r = apply_dict(s);
        return JS_NewInt32(ctx, r);
    }
    case OP_CLOSE:
        if (s->busy)
            s->close_pending = true; /* the job's cleanup ends it */
        else
            zs_end(s);
        return JS_UNDEFINED;
    }
    return JS_UNDEFINED;
}

void un_zlib_init(JSContext *ctx, JSValueConst binding)
{
    static const un_op_entry fns[] = {
        { "zlibNew", 0, OP_NEW }, { "zlibInit", 7, OP_INIT }, { "zlibWrite", 4, OP_WRITE },
        { "zlibMessage", 1, OP_MESSAGE }, { "zlibParams", 3, OP_PARAMS }, { "zlibReset", 1, OP_RESET },
        { "zlibClose", 1, OP_CLOSE }, { "zlibCrc32", 2, OP_CRC32 },
        { "zlibVersion", 0, OP_VERSION }, { "zlibWriteAsync", 4, OP_WRITE_ASYNC },
        { "zlibTakeOutput", 2, OP_TAKE },
    };
    static JSClassID zstream_class_id; /* process-wide, see un_define_ops */
    un_define_ops(ctx, binding, &zstream_class_id, "ZlibStream", un_zstream_finalizer, un_zlib_call, fns,
                  sizeof(fns) / sizeof(fns[0]));
}
