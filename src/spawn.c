/* spawn.c: starting child processes: fork and exec without running JavaScript in the child. */
#include "unode.h"

void un_spawn_init(JSContext *ctx, JSValueConst binding)
{
    (void)ctx;
    (void)binding;
}
