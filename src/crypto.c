/* crypto.c: hashing, HMAC and key derivation through OpenSSL libcrypto (pure intrinsics,
 * no syscalls). A digest object is a JS object of a class registered per runtime whose
 * opaque is an un_digest: an EVP_MD_CTX (hash) or an EVP_MAC_CTX (HMAC), freed by the
 * finalizer. The class id travels to the functions as their function data, never a global.
 *
 *   cryptoMd(name)                    -> a fetched digest method (to cache) | null
 *   cryptoHashNew(name | md, xofLen)  -> digest | null (unknown digest) | false (bad length)
 *   cryptoHmacNew(name | md, keyView) -> digest | null (unknown digest)
 *   cryptoUpdate(digest, view)        -> undefined
 *   cryptoDigest(digest, enc?)        -> ArrayBuffer, or a string for enc 'hex' / 'base64' /
 *                                        'base64url' (the digest is finished afterwards)
 *   cryptoCopy(digest, xofLen)        -> digest | false (bad length)
 *   cryptoHashes()                    -> [names]
 *   cryptoPbkdf2(pass, salt, iter, keylen, name) -> ArrayBuffer | null
 *   cryptoHkdf(name, key, salt, info, keylen)    -> ArrayBuffer | null
 *   cryptoScrypt(pass, salt, N, r, p, maxmem, keylen) -> ArrayBuffer | OpenSSL error string
 *   cryptoVersion()                   -> the linked OpenSSL's version, e.g. '3.0.13'
 *   cryptoScryptCheck(N, r, p, maxmem) -> '' when OpenSSL accepts them, else its error string
 *   binding.cryptoPbkdf2Async(pass, salt, iter, keylen, name, outAB)  -> pool job id | -errno
 *   binding.cryptoScryptAsync(pass, salt, N, r, p, maxmem, outAB)     -> pool job id | -errno
 * The async forms derive on the worker pool (un_pool_submit_fn) from copies of the inputs into
 * outAB, which they keep alive (the library creates it and shows it to no one until the job's
 * completion, result 0 for success). Call them as methods of the binding (it finds the pool).
 */
#include <errno.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/params.h>

#include "unode.h"


enum { UN_DIGEST_HASH, UN_DIGEST_HMAC, UN_DIGEST_MD };

typedef struct un_digest {
    int kind;
    bool xof;          /* an extendable-output function (shake) */
    bool done;         /* final was called */
    size_t outlen;     /* bytes digest() produces */
    EVP_MD_CTX *md;    /* UN_DIGEST_HASH */
    EVP_MAC_CTX *mac;  /* UN_DIGEST_HMAC */
    EVP_MD *fetched;   /* UN_DIGEST_MD: a fetched digest method, for JS to cache by name */
    EVP_MAC *hmac;     /* UN_DIGEST_MD: the HMAC method, fetched on first use */
} un_digest;

enum {
    OP_HASH_NEW, OP_HMAC_NEW, OP_UPDATE, OP_DIGEST, OP_COPY, OP_HASHES, OP_PBKDF2, OP_HKDF, OP_SCRYPT, OP_VERSION, OP_MD, OP_SCRYPT_CHECK, OP_PBKDF2_ASYNC, OP_SCRYPT_ASYNC,
};

static void un_digest_free(JSRuntime *rt, un_digest *d)
{
    if (!d)
        return;
    EVP_MD_CTX_free(d->md);
    EVP_MAC_CTX_free(d->mac);
    EVP_MD_free(d->fetched);
    EVP_MAC_free(d->hmac);
    js_free_rt(rt, d);
}

static void un_digest_finalizer(JSRuntime *rt, JSValue val)
{
    JSClassID cid;
    un_digest_free(rt, JS_GetAnyOpaque(val, &cid));
}

static JSValue throw_ossl(JSContext *ctx, const char *what)
{
    ERR_clear_error();
    return JS_ThrowInternalError(ctx, "%s failed", what);
}

/* Wraps d in a new object of the class; frees d on failure. */
static JSValue wrap(JSContext *ctx, JSClassID cid, un_digest *d)
{
    JSValue obj = JS_NewObjectClass(ctx, (int)cid);
    if (JS_IsException(obj)) {
        un_digest_free(JS_GetRuntime(ctx), d);
        return obj;
    }
    JS_SetOpaque(obj, d);
    return obj;
}

static un_digest *get_digest(JSContext *ctx, JSValueConst v, JSClassID cid)
{
    un_digest *d = JS_GetOpaque(v, cid);
    if (!d)
        JS_ThrowTypeError(ctx, "expected a digest object");
    return d;
}

/* xofLen: undefined or -1 for the default, else a byte count. Returns -2 with an exception. */
static int64_t get_xof_len(JSContext *ctx, JSValueConst v)
{
    int64_t n;
    if (JS_IsUndefined(v))
        return -1;
    if (!JS_IsNumber(v) || JS_ToInt64(ctx, &n, v) < 0) {
        JS_ThrowTypeError(ctx, "xofLen must be a number");
        return -2;
    }
    if (n < -1 || n > (1 << 30)) {
        JS_ThrowRangeError(ctx, "xofLen out of range");
        return -2;
    }
    return n;
}

/* Applies an output length to a hash; false when the digest cannot produce it. */
static bool set_outlen(un_digest *d, const EVP_MD *md, int64_t xof_len)
{
    d->xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (xof_len < 0)
        return true;
    if (!d->xof && (size_t)xof_len != d->outlen)
        return false;
    d->outlen = (size_t)xof_len;
    return true;
}

/* The digest named by the string v: 0 with *md set (NULL when no digest has that name), or -1
 * with an exception pending. */
static int md_by_name(JSContext *ctx, JSValueConst v, const EVP_MD **md)
{
    const char *name = JS_ToCString(ctx, v);
    if (!name)
        return -1;
    *md = EVP_get_digestbyname(name);
    JS_FreeCString(ctx, name);
    return 0;
}

/* Fetches the digest method named (any OpenSSL alias) from the default provider. */
static JSValue md_new(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    if (argc < 1 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "cryptoMd(name)");
    const EVP_MD *legacy;
    if (md_by_name(ctx, argv[0], &legacy) < 0)
        return JS_EXCEPTION;
    EVP_MD *md = legacy ? EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL) : NULL;
    if (!md)
        return JS_NULL;
    un_digest *d = js_mallocz(ctx, sizeof(*d));
    if (!d) {
        EVP_MD_free(md);
        return JS_EXCEPTION;
    }
    d->kind = UN_DIGEST_MD;
    d->fetched = md;
    d->done = true; /* not a digest in progress: update/digest/copy refuse it */
    return wrap(ctx, cid, d);
}

static JSValue hash_new(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    const EVP_MD *md;
    if (argc < 2)
        return JS_ThrowTypeError(ctx, "cryptoHashNew(name, xofLen)");
    int64_t xof_len = get_xof_len(ctx, argv[1]);
    if (xof_len == -2)
        return JS_EXCEPTION;
    if (JS_IsString(argv[0])) {
        if (md_by_name(ctx, argv[0], &md) < 0)
            return JS_EXCEPTION;
    } else {
        un_digest *m = JS_GetOpaque(argv[0], cid);
        if (!m || m->kind != UN_DIGEST_MD)
            return JS_ThrowTypeError(ctx, "cryptoHashNew: expected a name or a digest method");
        md = m->fetched;
    }
    if (!md)
        return JS_NULL;
    un_digest *d = js_mallocz(ctx, sizeof(*d));
    if (!d)
        return JS_EXCEPTION;
    d->kind = UN_DIGEST_HASH;
    d->outlen = (size_t)EVP_MD_get_size(md);
    if (!set_outlen(d, md, xof_len)) {
        un_digest_free(JS_GetRuntime(ctx), d);
        return JS_FALSE;
    }
    d->md = EVP_MD_CTX_new();
    if (!d->md || EVP_DigestInit_ex(d->md, md, NULL) != 1) {
        un_digest_free(JS_GetRuntime(ctx), d);
        return JS_NULL; /* e.g. a digest the default provider does not offer */
    }
    return wrap(ctx, cid, d);
}

static JSValue hmac_new(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    uint8_t *key;
    size_t keylen;
    static const uint8_t empty[1] = { 0 };
    const EVP_MD *md;
    un_digest *m = NULL;
    if (argc < 2)
        return JS_ThrowTypeError(ctx, "cryptoHmacNew(name, key)");
    if (!JS_IsString(argv[0])) {
        m = JS_GetOpaque(argv[0], cid);
        if (!m || m->kind != UN_DIGEST_MD)
            return JS_ThrowTypeError(ctx, "cryptoHmacNew: expected a name or a digest method");
    }
    if (un_get_bytes(ctx, argv[1], &key, &keylen) < 0)
        return JS_EXCEPTION;
    if (m) {
        md = m->fetched;
    } else {
        if (md_by_name(ctx, argv[0], &md) < 0)
            return JS_EXCEPTION;
    }
    if (!md || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF))
        return JS_NULL;
    un_digest *d = js_mallocz(ctx, sizeof(*d));
    if (!d)
        return JS_EXCEPTION;
    d->kind = UN_DIGEST_HMAC;
    d->outlen = (size_t)EVP_MD_get_size(md);
    if (m && !m->hmac)
        m->hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_MAC *mac = m ? m->hmac : EVP_MAC_fetch(NULL, "HMAC", NULL);
    if (mac) {
        d->mac = EVP_MAC_CTX_new(mac);
        if (!m)
            EVP_MAC_free(mac);
    }
    if (!d->mac) {
        un_digest_free(JS_GetRuntime(ctx), d);
        return throw_ossl(ctx, "HMAC");
    }
    OSSL_PARAM params[2];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0);
    params[1] = OSSL_PARAM_construct_end();
    if (EVP_MAC_init(d->mac, keylen ? key : empty, keylen, params) != 1) {
        un_digest_free(JS_GetRuntime(ctx), d);
        return JS_NULL;
    }
    return wrap(ctx, cid, d);
}

static JSValue digest_update(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    uint8_t *data;
    size_t len;
    if (argc < 2)
        return JS_ThrowTypeError(ctx, "cryptoUpdate(digest, view)");
    un_digest *d = get_digest(ctx, argv[0], cid);
    if (!d)
        return JS_EXCEPTION;
    if (d->kind == UN_DIGEST_MD)
        return JS_ThrowTypeError(ctx, "expected a digest object");
    if (un_get_bytes(ctx, argv[1], &data, &len) < 0)
        return JS_EXCEPTION;
    if (d->done)
        return JS_ThrowTypeError(ctx, "digest already finished");
    int ok = d->kind == UN_DIGEST_HASH ? EVP_DigestUpdate(d->md, data, len)
                                       : EVP_MAC_update(d->mac, data, len);
    return ok == 1 ? JS_UNDEFINED : throw_ossl(ctx, "update");
}

static void free_buffer(JSRuntime *rt, void *opaque, void *ptr)
{
    (void)opaque;
    js_free_rt(rt, ptr);
}

/* The digest as text: hex, base64 (padded) or base64url (unpadded), as Buffer does them. */
static JSValue encode_text(JSContext *ctx, const uint8_t *p, size_t n, int kind)
{
    static const char hexd[] = "0123456789abcdef";
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static const char b64u[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char stackbuf[256] = { 0 };
    size_t cap = kind == 0 ? n * 2 : (n + 2) / 3 * 4;
    char *out = cap <= sizeof(stackbuf) ? stackbuf : js_malloc(ctx, cap);
    if (!out)
        return JS_EXCEPTION;
    size_t o = 0;
    if (kind == 0) {
        for (size_t i = 0; i < n; i++) {
            out[o++] = hexd[p[i] >> 4];
            out[o++] = hexd[p[i] & 15];
        }
    } else {
        const char *tab = kind == 1 ? b64 : b64u;
        size_t i = 0;
        for (; i + 3 <= n; i += 3) {
            uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
            out[o++] = tab[v >> 18];
            out[o++] = tab[(v >> 12) & 63];
            out[o++] = tab[(v >> 6) & 63];
            out[o++] = tab[v & 63];
        }
        if (i < n) {
            uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
            out[o++] = tab[v >> 18];
            out[o++] = tab[(v >> 12) & 63];
            if (i + 1 < n)
                out[o++] = tab[(v >> 6) & 63];
            if (kind == 1) {
                if (i + 1 >= n)
                    out[o++] = '=';
                out[o++] = '=';
            }
        }
    }
    JSValue str = JS_NewStringLen(ctx, out, o);
    if (out != stackbuf)
        js_free(ctx, out);
    return str;
}

/* -1 for none (an ArrayBuffer), else the encode_text kind. */
static int text_kind(JSContext *ctx, JSValueConst v)
{
    if (!JS_IsString(v))
        return -1;
    const char *e = JS_ToCString(ctx, v);
    int k = -1;
    if (e)
        k = !strcmp(e, "hex") ? 0 : !strcmp(e, "base64") ? 1 : !strcmp(e, "base64url") ? 2 : -1;
    JS_FreeCString(ctx, e);
    return k;
}

static JSValue digest_final(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    if (argc < 1)
        return JS_ThrowTypeError(ctx, "cryptoDigest(digest)");
    un_digest *d = get_digest(ctx, argv[0], cid);
    if (!d)
        return JS_EXCEPTION;
    if (d->done)
        return JS_ThrowTypeError(ctx, "digest already finished");
    uint8_t *out = js_malloc(ctx, d->outlen ? d->outlen : 1);
    if (!out)
        return JS_EXCEPTION;
    int ok = 1;
    size_t n = d->outlen;
    if (d->kind == UN_DIGEST_HMAC) {
        ok = EVP_MAC_final(d->mac, out, &n, d->outlen);
    } else if (d->xof) {
        if (n)
            ok = EVP_DigestFinalXOF(d->md, out, n);
    } else {
        unsigned int m = 0;
        ok = EVP_DigestFinal_ex(d->md, out, &m);
        n = m;
    }
    d->done = true;
    if (ok != 1) {
        js_free(ctx, out);
        return throw_ossl(ctx, "digest");
    }
    int kind = argc > 1 ? text_kind(ctx, argv[1]) : -1;
    if (kind >= 0) {
        JSValue str = encode_text(ctx, out, n, kind);
        js_free(ctx, out);
        return str;
    }
    return JS_NewArrayBuffer(ctx, out, n, free_buffer, NULL, false);
}

static JSValue digest_copy(JSContext *ctx, JSClassID cid, int argc, JSValueConst *argv)
{
    if (argc < 2)
        return JS_ThrowTypeError(ctx, "cryptoCopy(digest, xofLen)");
    un_digest *s = get_digest(ctx, argv[0], cid);
    if (!s)
        return JS_EXCEPTION;
    int64_t xof_len = get_xof_len(ctx, argv[1]);
    if (xof_len == -2)
        return JS_EXCEPTION;
    if (s->done)
        return JS_ThrowTypeError(ctx, "digest already finished");
    un_digest *d = js_mallocz(ctx, sizeof(*d));
    if (!d)
        return JS_EXCEPTION;
    *d = *s;
    d->md = NULL;
    d->mac = NULL;
    if (s->kind == UN_DIGEST_HASH) {
        const EVP_MD *md = EVP_MD_CTX_get0_md(s->md);
        d->outlen = (size_t)EVP_MD_get_size(md);
        if (!set_outlen(d, md, xof_len)) {
            un_digest_free(JS_GetRuntime(ctx), d);
            return JS_FALSE;
        }
        d->md = EVP_MD_CTX_new();
        if (!d->md || EVP_MD_CTX_copy_ex(d->md, s->md) != 1) {
            un_digest_free(JS_GetRuntime(ctx), d);
            return throw_ossl(ctx, "copy");
        }
    } else {
        d->mac = EVP_MAC_CTX_dup(s->mac);
        if (!d->mac) {
            un_digest_free(JS_GetRuntime(ctx), d);
            return throw_ossl(ctx, "copy");
        }
    }
    return wrap(ctx, cid, d);
}

typedef struct hash_list {
    JSContext *ctx;
    JSValue arr;
    uint32_t n;
    bool failed;
} hash_list;

static void add_name(const OBJ_NAME *obj, void *arg)
{
    hash_list *l = arg;
    if (l->failed || !obj->name)
        return;
    /* Only digests that can actually be used (the default provider has them). */
    const EVP_MD *md = EVP_get_digestbyname(obj->name);
    if (!md)
        return;
    EVP_MD *f = EVP_MD_fetch(NULL, EVP_MD_get0_name(md), NULL);
    if (!f)
        return;
    EVP_MD_free(f);
    JSValue s = JS_NewString(l->ctx, obj->name);
    if (JS_IsException(s) || JS_SetPropertyUint32(l->ctx, l->arr, l->n++, s) < 0)
        l->failed = true;
}

static JSValue hashes(JSContext *ctx)
{
    hash_list l = { ctx, JS_NewArray(ctx), 0, false };
    if (JS_IsException(l.arr))
        return l.arr;
    OBJ_NAME_do_all_sorted(OBJ_NAME_TYPE_MD_METH, add_name, &l);
    if (l.failed) {
        JS_FreeValue(ctx, l.arr);
        return JS_EXCEPTION;
    }
    return l.arr;
}

/* A whole-number argument in [0, 2^53). */
static int get_u64(JSContext *ctx, JSValueConst v, const char *what, uint64_t *out)
{
    int64_t n;
    if (!JS_IsNumber(v) || JS_ToInt64(ctx, &n, v) < 0 || n < 0) {
        JS_ThrowRangeError(ctx, "%s out of range", what);
        return -1;
    }
    *out = (uint64_t)n;
    return 0;
}

/* Reads a byte-count argument in [0, 2^31). */
static int get_count(JSContext *ctx, JSValueConst v, const char *what, int64_t *out)
{
    uint64_t n;
    if (get_u64(ctx, v, what, &n) < 0)
        return -1;
    if (n > 0x7fffffff) {
        JS_ThrowRangeError(ctx, "%s out of range", what);
        return -1;
    }
    *out = (int64_t)n;
    return 0;
}

static JSValue pbkdf2(JSContext *ctx, int argc, JSValueConst *argv)
{
    uint8_t *pass, *salt;
    size_t passlen, saltlen;
    int64_t iter, keylen;
    static const uint8_t empty[1] = { 0 };
    if (argc < 5 || !JS_IsString(argv[4]))
        return JS_ThrowTypeError(ctx, "cryptoPbkdf2(pass, salt, iter, keylen, digest)");
    if (un_get_bytes(ctx, argv[0], &pass, &passlen) < 0 || un_get_bytes(ctx, argv[1], &salt, &saltlen) < 0 ||
        get_count(ctx, argv[2], "iterations", &iter) < 0 || get_count(ctx, argv[3], "keylen", &keylen) < 0)
        return JS_EXCEPTION;
    if (iter < 1)
        return JS_ThrowRangeError(ctx, "iterations out of range");
    const EVP_MD *md;
    if (md_by_name(ctx, argv[4], &md) < 0)
        return JS_EXCEPTION;
    if (!md)
        return JS_NULL;
    uint8_t *out = js_malloc(ctx, keylen ? (size_t)keylen : 1);
    if (!out)
        return JS_EXCEPTION;
    if (keylen && PKCS5_PBKDF2_HMAC(passlen ? (const char *)pass : (const char *)empty, (int)passlen,
                                    saltlen ? salt : empty, (int)saltlen, (int)iter, md,
                                    (int)keylen, out) != 1) {
        js_free(ctx, out);
        return throw_ossl(ctx, "pbkdf2");
    }
    return JS_NewArrayBuffer(ctx, out, (size_t)keylen, free_buffer, NULL, false);
}

static JSValue hkdf(JSContext *ctx, int argc, JSValueConst *argv)
{
    uint8_t *key, *salt, *info;
    size_t keylen, saltlen, infolen;
    int64_t outlen;
    static uint8_t empty[1] = { 0 };
    if (argc < 5 || !JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "cryptoHkdf(digest, key, salt, info, keylen)");
    if (un_get_bytes(ctx, argv[1], &key, &keylen) < 0 || un_get_bytes(ctx, argv[2], &salt, &saltlen) < 0 ||
        un_get_bytes(ctx, argv[3], &info, &infolen) < 0 || get_count(ctx, argv[4], "keylen", &outlen) < 0)
        return JS_EXCEPTION;
    const EVP_MD *md;
    if (md_by_name(ctx, argv[0], &md) < 0)
        return JS_EXCEPTION;
    if (!md)
        return JS_NULL;
    uint8_t *out = js_malloc(ctx, outlen ? (size_t)outlen : 1);
    if (!out)
        return JS_EXCEPTION;
    int ok = 1;
    if (outlen) {
        EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
        EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
        EVP_KDF_free(kdf);
        OSSL_PARAM p[5], *q = p;
        *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0);
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, keylen ? key : empty, keylen);
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltlen ? salt : empty, saltlen);
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infolen ? info : empty, infolen);
        *q = OSSL_PARAM_construct_end();
        ok = kctx && EVP_KDF_derive(kctx, out, (size_t)outlen, p) == 1;
        EVP_KDF_CTX_free(kctx);
    }
    if (!ok) {
        js_free(ctx, out);
        return throw_ossl(ctx, "hkdf");
    }
    return JS_NewArrayBuffer(ctx, out, (size_t)outlen, free_buffer, NULL, false);
}

static JSValue scrypt(JSContext *ctx, int argc, JSValueConst *argv)
{
    uint8_t *pass, *salt;
    size_t passlen, saltlen;
    uint64_t n, r, p, maxmem;
    int64_t keylen;
    static const uint8_t empty[1] = { 0 };
    if (argc < 7)
        return JS_ThrowTypeError(ctx, "cryptoScrypt(pass, salt, N, r, p, maxmem, keylen)");
    if (un_get_bytes(ctx, argv[0], &pass, &passlen) < 0 || un_get_bytes(ctx, argv[1], &salt, &saltlen) < 0 ||
        get_u64(ctx, argv[2], "N", &n) < 0 || get_u64(ctx, argv[3], "r", &r) < 0 ||
        get_u64(ctx, argv[4], "p", &p) < 0 || get_u64(ctx, argv[5], "maxmem", &maxmem) < 0 ||
        get_count(ctx, argv[6], "keylen", &keylen) < 0)
        return JS_EXCEPTION;
    uint8_t *out = js_malloc(ctx, keylen ? (size_t)keylen : 1);
    if (!out)
        return JS_EXCEPTION;
    ERR_clear_error();
    if (keylen && EVP_PBE_scrypt(passlen ? (const char *)pass : (const char *)empty, passlen,
                                 saltlen ? salt : empty, saltlen, n, r, p, maxmem, out, (size_t)keylen) != 1) {
        char msg[256];
        unsigned long e = ERR_get_error();
        ERR_error_string_n(e, msg, sizeof(msg));
        ERR_clear_error();
        js_free(ctx, out);
        return JS_NewString(ctx, e ? msg : "");
    }
    return JS_NewArrayBuffer(ctx, out, (size_t)keylen, free_buffer, NULL, false);
}

static JSValue scrypt_check(JSContext *ctx, int argc, JSValueConst *argv)
{
    uint64_t n, r, p, maxmem;
    if (argc < 4 || get_u64(ctx, argv[0], "N", &n) < 0 || get_u64(ctx, argv[1], "r", &r) < 0 ||
        get_u64(ctx, argv[2], "p", &p) < 0 || get_u64(ctx, argv[3], "maxmem", &maxmem) < 0)
        return JS_HasException(ctx) ? JS_EXCEPTION : JS_ThrowTypeError(ctx, "cryptoScryptCheck(N, r, p, maxmem)");
    ERR_clear_error();
    if (EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, maxmem, NULL, 0) == 1)
        return JS_NewString(ctx, "");
    char msg[256];
    unsigned long e = ERR_get_error();
    ERR_error_string_n(e, msg, sizeof(msg));
    ERR_clear_error();
    return JS_NewString(ctx, e ? msg : "invalid");
}

/* ---- key derivation on the pool ---- */

typedef struct kdf_job {
    JSContext *ctx;
    JSValue out_ref;   /* the output ArrayBuffer, kept alive */
    uint8_t *out, *pass, *salt;
    size_t outlen, passlen, saltlen;
    bool scrypt;
    int iter;
    const EVP_MD *md;
    uint64_t n, r, p, maxmem;
} kdf_job;

static long kdf_run(void *arg)
{
    kdf_job *j = arg;
    static const uint8_t empty[1] = { 0 };
    int ok;
    if (j->scrypt)
        ok = EVP_PBE_scrypt(j->passlen ? (const char *)j->pass : (const char *)empty, j->passlen,
                            j->saltlen ? j->salt : empty, j->saltlen, j->n, j->r, j->p, j->maxmem, j->out, j->outlen);
    else
        ok = PKCS5_PBKDF2_HMAC(j->passlen ? (const char *)j->pass : (const char *)empty, (int)j->passlen,
                               j->saltlen ? j->salt : empty, (int)j->saltlen, j->iter, j->md, (int)j->outlen, j->out);
    ERR_clear_error(); /* this thread's queue */
    return ok == 1 ? 0 : -EINVAL;
}

static void kdf_cleanup(void *arg)
{
    kdf_job *j = arg;
    JSContext *ctx = j->ctx;
    js_free(ctx, j->pass);
    js_free(ctx, j->salt);
    JS_FreeValue(ctx, j->out_ref);
    js_free(ctx, j);
}

static JSValue kdf_async(JSContext *ctx, JSValueConst binding, bool is_scrypt, int argc, JSValueConst *argv)
{
    uint8_t *pass, *salt, *out;
    size_t passlen, saltlen, outlen;
    int64_t iter = 0;
    uint64_t n = 0, r = 0, p = 0, maxmem = 0;
    const EVP_MD *md = NULL;
    if (argc < (is_scrypt ? 7 : 6))
        return JS_ThrowTypeError(ctx, "expected pass, salt, parameters and an output ArrayBuffer");
    if (un_get_bytes(ctx, argv[0], &pass, &passlen) < 0 || un_get_bytes(ctx, argv[1], &salt, &saltlen) < 0)
        return JS_EXCEPTION;
    JSValueConst outv = argv[is_scrypt ? 6 : 5];
    out = JS_IsObject(outv) ? JS_GetArrayBuffer(ctx, &outlen, outv) : NULL;
    if (!out) /* not an ArrayBuffer (or an empty one: the library derives those itself) */
        return JS_HasException(ctx) ? JS_EXCEPTION : JS_ThrowTypeError(ctx, "expected a non-empty output ArrayBuffer");
    if (passlen > 0x7fffffff || saltlen > 0x7fffffff || outlen > 0x7fffffff)
        return JS_ThrowRangeError(ctx, "input too large");
    if (is_scrypt) {
        if (get_u64(ctx, argv[2], "N", &n) < 0 || get_u64(ctx, argv[3], "r", &r) < 0 ||
            get_u64(ctx, argv[4], "p", &p) < 0 || get_u64(ctx, argv[5], "maxmem", &maxmem) < 0)
            return JS_EXCEPTION;
    } else {
        if (get_count(ctx, argv[2], "iterations", &iter) < 0)
            return JS_EXCEPTION;
        if (iter < 1)
            return JS_ThrowRangeError(ctx, "iterations out of range");
        if (!JS_IsString(argv[4]))
            return JS_ThrowTypeError(ctx, "digest must be a string");
        if (md_by_name(ctx, argv[4], &md) < 0)
            return JS_EXCEPTION;
        if (!md)
            return JS_NULL;
    }
    kdf_job *j = js_mallocz(ctx, sizeof(*j));
    if (!j)
        return JS_EXCEPTION;
    j->pass = js_malloc(ctx, passlen ? passlen : 1);
    j->salt = js_malloc(ctx, saltlen ? saltlen : 1);
    if (!j->pass || !j->salt) {
        js_free(ctx, j->pass);
        js_free(ctx, j->salt);
        js_free(ctx, j);
        return JS_EXCEPTION;
    }
    memcpy(j->pass, pass, passlen);
    memcpy(j->salt, salt, saltlen);
    j->ctx = ctx;
    j->passlen = passlen;
    j->saltlen = saltlen;
    j->out = out;
    j->outlen = outlen;
    j->out_ref = JS_DupValue(ctx, outv);
    j->scrypt = is_scrypt;
    j->iter = (int)iter;
    j->md = md;
    j->n = n;
    j->r = r;
    j->p = p;
    j->maxmem = maxmem;
    long id = un_pool_submit_fn(ctx, binding, kdf_run, j, kdf_cleanup);
    if (id < 0)
        kdf_cleanup(j);
    return JS_NewInt64(ctx, id);
}

static JSValue un_crypto_call(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                              int magic, JSValue *data)
{
    JSClassID cid;
    (void)this_val;
    if (un_op_class(ctx, data, &cid) < 0)
        return JS_EXCEPTION;
    switch (magic) {
    case OP_HASH_NEW: return hash_new(ctx, cid, argc, argv);
    case OP_HMAC_NEW: return hmac_new(ctx, cid, argc, argv);
    case OP_UPDATE: return digest_update(ctx, cid, argc, argv);
    case OP_DIGEST: return digest_final(ctx, cid, argc, argv);
    case OP_COPY: return digest_copy(ctx, cid, argc, argv);
    case OP_HASHES: return hashes(ctx);
    case OP_PBKDF2: return pbkdf2(ctx, argc, argv);
    case OP_HKDF: return hkdf(ctx, argc, argv);
    case OP_SCRYPT: return scrypt(ctx, argc, argv);
    case OP_MD: return md_new(ctx, cid, argc, argv);
    case OP_SCRYPT_CHECK: return scrypt_check(ctx, argc, argv);
    case OP_PBKDF2_ASYNC: return kdf_async(ctx, this_val, false, argc, argv);
    case OP_SCRYPT_ASYNC: return kdf_async(ctx, this_val, true, argc, argv);
    case OP_VERSION: return JS_NewString(ctx, OpenSSL_version(OPENSSL_VERSION_STRING));
    }
    return JS_UNDEFINED;
}

void un_crypto_init(JSContext *ctx, JSValueConst binding)
{
    static const un_op_entry fns[] = {
        { "cryptoHashNew", 2, OP_HASH_NEW }, { "cryptoHmacNew", 2, OP_HMAC_NEW },
        { "cryptoUpdate", 2, OP_UPDATE }, { "cryptoDigest", 1, OP_DIGEST },
        { "cryptoCopy", 2, OP_COPY }, { "cryptoHashes", 0, OP_HASHES },
        { "cryptoPbkdf2", 5, OP_PBKDF2 }, { "cryptoHkdf", 5, OP_HKDF }, { "cryptoScrypt", 7, OP_SCRYPT },
        { "cryptoVersion", 0, OP_VERSION }, { "cryptoMd", 1, OP_MD },
        { "cryptoScryptCheck", 4, OP_SCRYPT_CHECK }, { "cryptoPbkdf2Async", 6, OP_PBKDF2_ASYNC },
        { "cryptoScryptAsync", 7, OP_SCRYPT_ASYNC },
    };
    static JSClassID digest_class_id; /* process-wide, see un_define_ops */
    un_define_ops(ctx, binding, &digest_class_id, "Digest", un_digest_finalizer, un_crypto_call, fns,
                  sizeof(fns) / sizeof(fns[0]));
}
