/* zlib.c: deflate and inflate through zlib (pure intrinsics, no syscalls). */
#include "unode.h"

void un_zlib_init(JSContext *ctx, JSValueConst binding)
{
    (void)ctx;
    (void)binding;
}
