/* crypto.c: hashing and HMAC through OpenSSL libcrypto (pure intrinsics, no syscalls). */
#include "unode.h"

void un_crypto_init(JSContext *ctx, JSValueConst binding)
{
    (void)ctx;
    (void)binding;
}
