/* http_parser.c: HTTP/1.1 message parsing (pure: bytes in, events out). */
#include "unode.h"

void un_http_parser_init(JSContext *ctx, JSValueConst binding)
{
    (void)ctx;
    (void)binding;
}
