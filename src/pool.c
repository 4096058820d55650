/* pool.c: the worker pool: threads that run blocking syscalls and CPU jobs off the loop thread. */
#include "unode.h"

void un_pool_init(JSContext *ctx, JSValueConst binding)
{
    (void)ctx;
    (void)binding;
}
