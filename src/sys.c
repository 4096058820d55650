/* sys.c: the syscall primitive, unode's only door to the operating system, and the
 * argument marshalling it needs. Everything above it is JavaScript (lib/sys). */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <grp.h>
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "unode.h"

#define UN_SYSCALL_MAX_ARGS 6

int un_get_bytes(JSContext *ctx, JSValueConst val, uint8_t **data, size_t *len)
{
    size_t size, offset, length, bpe;
    uint8_t *base;
    JSValue buf;

    if (!JS_IsObject(val))
        goto bad;
    /* Probe the class first so that JS_GetArrayBuffer's own error does not leak out. */
    JSAtom cls = JS_GetObjectClassName(ctx, val);
    const char *name = JS_AtomToCString(ctx, cls);
    JS_FreeAtom(ctx, cls);
    if (!name)
        return -1;
    bool is_ab = !strcmp(name, "ArrayBuffer") || !strcmp(name, "SharedArrayBuffer");
    bool is_dv = !strcmp(name, "DataView");
    bool is_ta = !is_ab && !is_dv && strstr(name, "Array") &&
                 strcmp(name, "Array") && strcmp(name, "Array Iterator");
    JS_FreeCString(ctx, name);

    if (is_ab) {
        base = JS_GetArrayBuffer(ctx, &size, val);
        if (!base && size == 0 && JS_HasException(ctx))
            return -1;
        *data = base;
        *len = size;
        return 0;
    }
    if (is_ta) {
        buf = JS_GetTypedArrayBuffer(ctx, val, &offset, &length, &bpe);
        if (JS_IsException(buf))
            return -1;
    } else if (is_dv) {
        /* No engine API reads a DataView's window, so read its properties and bound them
         * by the real buffer size below: a tampered getter cannot reach outside it. */
        JSValue v;
        int64_t o, l;
        int rc;
        buf = JS_GetPropertyStr(ctx, val, "buffer");
        if (JS_IsException(buf))
            return -1;
        v = JS_GetPropertyStr(ctx, val, "byteOffset");
        rc = JS_ToInt64(ctx, &o, v);
        JS_FreeValue(ctx, v);
        if (rc < 0)
            goto fail_buf;
        v = JS_GetPropertyStr(ctx, val, "byteLength");
        rc = JS_ToInt64(ctx, &l, v);
        JS_FreeValue(ctx, v);
        if (rc < 0)
            goto fail_buf;
        if (o < 0 || l < 0)
            goto bad_buf;
        offset = (size_t)o;
        length = (size_t)l;
    } else {
        goto bad;
    }
    base = JS_GetArrayBuffer(ctx, &size, buf);
    JS_FreeValue(ctx, buf);
    if (!base && JS_HasException(ctx))
        return -1;
    if (offset > size || length > size - offset) {
        JS_ThrowRangeError(ctx, "buffer view is outside its ArrayBuffer");
        return -1;
    }
    *data = base ? base + offset : NULL;
    *len = length;
    return 0;
fail_buf:
    JS_FreeValue(ctx, buf);
    return -1;
bad_buf:
    JS_FreeValue(ctx, buf);
bad:
    JS_ThrowTypeError(ctx, "expected an ArrayBuffer, TypedArray, DataView or Buffer");
    return -1;
}

void un_define_ops(JSContext *ctx, JSValueConst binding, JSClassID *class_id, const char *class_name,
                   JSClassFinalizer *finalizer, JSCFunctionData *fn, const un_op_entry *ops,
                   size_t n)
{
    JSClassID cid = JS_NewClassID(class_id);
    JSClassDef def = { .class_name = class_name, .finalizer = finalizer };
    if (JS_NewClass(JS_GetRuntime(ctx), cid, &def) < 0)
        return;
    JSValue data = JS_NewInt32(ctx, (int32_t)cid);
    for (size_t i = 0; i < n; i++) {
        JSValue f = JS_NewCFunctionData(ctx, fn, ops[i].length, ops[i].op, 1, &data);
        JS_DefinePropertyValueStr(ctx, binding, ops[i].name, f, JS_PROP_C_W_E);
    }
}

int un_op_class(JSContext *ctx, JSValueConst *data, JSClassID *cid)
{
    int32_t id;
    if (JS_ToInt32(ctx, &id, data[0]) < 0)
        return -1;
    *cid = (JSClassID)id;
    return 0;
}

int un_sys_marshal(JSContext *ctx, JSValueConst val, long *word, char **owned)
{
    int tag = JS_VALUE_GET_NORM_TAG(val);
    *owned = NULL;
    switch (tag) {
    case JS_TAG_NULL:
        *word = 0;
        return 0;
    case JS_TAG_INT:
        *word = JS_VALUE_GET_INT(val);
        return 0;
    case JS_TAG_FLOAT64: {
        double d = JS_VALUE_GET_FLOAT64(val);
        /* Integers only: a fraction, NaN or an infinity is a bug in the caller. */
        if (!isfinite(d) || d != trunc(d) || d < -9223372036854775808.0 ||
            d >= 18446744073709551616.0) {
            JS_ThrowTypeError(ctx, "syscall argument must be an integer");
            return -1;
        }
        if (d >= 9223372036854775808.0)
            *word = (long)(uint64_t)d;
        else
            *word = (long)(int64_t)d;
        return 0;
    }
    case JS_TAG_BIG_INT:
    case JS_TAG_SHORT_BIG_INT: {
        int64_t v;
        if (JS_ToBigInt64(ctx, &v, val) < 0)
            return -1;
        *word = (long)v;
        return 0;
    }
    case JS_TAG_STRING:
    case JS_TAG_STRING_ROPE: { /* a rope is a long concatenation, still a string */
        size_t len;
        const char *s = JS_ToCStringLen(ctx, &len, val);
        if (!s)
            return -1;
        if (memchr(s, 0, len)) {
            JS_FreeCString(ctx, s);
            JS_ThrowTypeError(ctx, "syscall string argument must not contain NUL bytes");
            return -1;
        }
        char *copy = js_malloc(ctx, len + 1);
        if (!copy) {
            JS_FreeCString(ctx, s);
            return -1;
        }
        memcpy(copy, s, len + 1);
        JS_FreeCString(ctx, s);
        *owned = copy;
        *word = (long)copy;
        return 0;
    }
    case JS_TAG_OBJECT: {
        uint8_t *data;
        size_t len;
        if (un_get_bytes(ctx, val, &data, &len) < 0)
            return -1;
        *word = (long)data;
        return 0;
    }
    default:
        JS_ThrowTypeError(ctx, "syscall argument must be an integer, string, buffer or null");
        return -1;
    }
}

static JSValue un_syscall_common(JSContext *ctx, int argc, JSValueConst *argv, bool as_bigint)
{
    long words[UN_SYSCALL_MAX_ARGS] = {0};
    char *owned[UN_SYSCALL_MAX_ARGS] = {0};
    long nr, ret;
    char *unused;
    int i, nargs;

    if (argc < 1)
        return JS_ThrowTypeError(ctx, "syscall: missing the syscall number");
    if (argc - 1 > UN_SYSCALL_MAX_ARGS)
        return JS_ThrowTypeError(ctx, "syscall: at most %d arguments", UN_SYSCALL_MAX_ARGS);
    if (JS_VALUE_GET_NORM_TAG(argv[0]) == JS_TAG_STRING || JS_IsObject(argv[0]) ||
        JS_IsNull(argv[0]))
        return JS_ThrowTypeError(ctx, "syscall: the syscall number must be an integer");
    if (un_sys_marshal(ctx, argv[0], &nr, &unused) < 0)
        return JS_EXCEPTION;
    if (nr < 0 || nr > 4095)
        return JS_ThrowRangeError(ctx, "syscall: no such syscall number %ld", nr);
    nargs = argc - 1;
    for (i = 0; i < nargs; i++) {
        if (un_sys_marshal(ctx, argv[i + 1], &words[i], &owned[i]) < 0)
            goto fail;
    }
    ret = syscall(nr, words[0], words[1], words[2], words[3], words[4], words[5]);
    if (ret == -1)
        ret = -errno;
    for (i = 0; i < nargs; i++)
        js_free(ctx, owned[i]);
    if (as_bigint)
        return JS_NewBigInt64(ctx, ret);
    return JS_NewInt64(ctx, ret);
fail:
    for (i = 0; i < nargs; i++)
        js_free(ctx, owned[i]);
    return JS_EXCEPTION;
}

static JSValue un_js_syscall(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    return un_syscall_common(ctx, argc, argv, false);
}

static JSValue un_js_syscall64(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    return un_syscall_common(ctx, argc, argv, true);
}

/* The address of a buffer's first byte, for structs that hold pointers (iovec, msghdr).
 * The caller keeps the buffer alive for as long as the address is in use. */
static JSValue un_js_address_of(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    uint8_t *data;
    size_t len;
    (void)this_val;
    if (argc < 1)
        return JS_ThrowTypeError(ctx, "addressOf: expected a buffer");
    if (un_get_bytes(ctx, argv[0], &data, &len) < 0)
        return JS_EXCEPTION;
    return JS_NewBigUint64(ctx, (uint64_t)(uintptr_t)data);
}

/* setCredentials(kind, ids): process-wide credential changes. Linux keeps credentials per
 * thread, so a raw setuid syscall would leave the worker pool's threads with the old ones;
 * glibc's wrappers apply the change to every thread of the process. kind: 0 setuid, 1 setgid,
 * 2 seteuid, 3 setegid (ids: one number), 4 setgroups (ids: an array of numbers).
 * Returns 0 or -errno. */
static JSValue un_js_set_credentials(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int32_t kind;
    uint32_t id, n;
    int r;
    (void)this_val;
    if (argc < 2 || JS_ToInt32(ctx, &kind, argv[0]) < 0)
        return JS_ThrowTypeError(ctx, "setCredentials: expected (kind, ids)");
    if (kind == 4) {
        gid_t groups[256];
        JSValue len;
        if (!JS_IsArray(ctx, argv[1]))
            return JS_ThrowTypeError(ctx, "setCredentials: expected an array of group ids");
        len = JS_GetPropertyStr(ctx, argv[1], "length");
        if (JS_ToUint32(ctx, &n, len) < 0) {
            JS_FreeValue(ctx, len);
            return JS_EXCEPTION;
        }
        JS_FreeValue(ctx, len);
        if (n > sizeof(groups) / sizeof(groups[0]))
            return JS_ThrowRangeError(ctx, "setCredentials: too many groups");
        for (uint32_t i = 0; i < n; i++) {
            JSValue v = JS_GetPropertyUint32(ctx, argv[1], i);
            if (!JS_IsNumber(v)) {
                JS_FreeValue(ctx, v);
                return JS_ThrowTypeError(ctx, "setCredentials: group ids must be numbers");
            }
            r = JS_ToUint32(ctx, &id, v);
            JS_FreeValue(ctx, v);
            if (r < 0)
                return JS_EXCEPTION;
            groups[i] = id;
        }
        r = setgroups(n, groups);
    } else {
        if (!JS_IsNumber(argv[1]) || JS_ToUint32(ctx, &id, argv[1]) < 0)
            return JS_ThrowTypeError(ctx, "setCredentials: expected a numeric id");
        switch (kind) {
        case 0: r = setuid(id); break;
        case 1: r = setgid(id); break;
        case 2: r = seteuid(id); break;
        case 3: r = setegid(id); break;
        default: return JS_ThrowRangeError(ctx, "setCredentials: unknown kind %d", kind);
        }
    }
    return JS_NewInt32(ctx, r < 0 ? -errno : 0);
}

/* clockGettime(clockId, out): clock_gettime through the C library, which reads the common
 * clocks from the vDSO without entering the kernel (the loop reads the time every
 * iteration, and a real syscall costs far more). out is a BigInt64Array of length >= 2 that
 * receives seconds and nanoseconds. Returns 0 or -errno, like the syscall. */
static JSValue un_js_clock_gettime(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    int32_t clock_id;
    uint8_t *data;
    size_t len;
    struct timespec ts;
    int64_t words[2];
    (void)this_val;
    if (argc < 2 || !JS_IsNumber(argv[0]) || JS_ToInt32(ctx, &clock_id, argv[0]) < 0)
        return JS_ThrowTypeError(ctx, "clockGettime: expected (clockId, BigInt64Array)");
    if (un_get_bytes(ctx, argv[1], &data, &len) < 0)
        return JS_EXCEPTION;
    if (len < sizeof(words))
        return JS_ThrowRangeError(ctx, "clockGettime: the output buffer needs 16 bytes");
    if (clock_gettime(clock_id, &ts) < 0)
        return JS_NewInt32(ctx, -errno);
    words[0] = ts.tv_sec;
    words[1] = ts.tv_nsec;
    memcpy(data, words, sizeof(words));
    return JS_NewInt32(ctx, 0);
}

static const JSCFunctionListEntry un_sys_funcs[] = {
    JS_CFUNC_DEF("syscall", 1, un_js_syscall),
    JS_CFUNC_DEF("syscall64", 1, un_js_syscall64),
    JS_CFUNC_DEF("addressOf", 1, un_js_address_of),
    JS_CFUNC_DEF("setCredentials", 2, un_js_set_credentials),
    JS_CFUNC_DEF("clockGettime", 2, un_js_clock_gettime),
};

void un_sys_init(JSContext *ctx, JSValueConst binding)
{
    JS_SetPropertyFunctionList(ctx, binding, un_sys_funcs,
                                      sizeof(un_sys_funcs) / sizeof(un_sys_funcs[0]));
}
