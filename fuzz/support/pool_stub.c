/* pool_stub.c: the fuzz targets link the pure C modules without the worker pool; C modules
 * that hand work to the pool (zlib's async writes) get ENOSYS there, and only their
 * synchronous paths are fuzzed. */
#include <errno.h>

#include "unode.h"

long un_pool_submit_fn(JSContext *ctx, JSValueConst binding, un_pool_fn fn, void *arg, void (*cleanup)(void *arg))
{
    (void)ctx;
    (void)binding;
    (void)fn;
    (void)arg;
    (void)cleanup;
    return -ENOSYS;
}
