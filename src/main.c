/* main.c: the unode executable. It only creates the main isolate and runs it; the command
 * line is parsed by the JavaScript library (lib/unode/cli.js). */
#include "unode.h"

#include <stdio.h>

int main(int argc, char **argv, char **envp)
{
    un_options opts = { .argc = argc, .argv = argv, .envp = envp };
    un_isolate *iso = un_isolate_new(&opts);
    int code;
    if (!iso) {
        fputs("unode: out of memory while creating the isolate\n", stderr);
        return 1;
    }
    code = un_isolate_run(iso);
#if defined(__SANITIZE_ADDRESS__)
    /* Sanitized builds tear everything down so that leaks are found. */
    un_isolate_free(iso);
#endif
    /* Otherwise the process is ending: the kernel reclaims the heap faster than freeing
     * every object would. */
    return code;
}
