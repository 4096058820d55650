/* test_isolates.c: two isolates on two threads in one process, each running a
 * timer-driven script, do not interfere: each ends with its own exit code and counts. */
#include <pthread.h>

#include "test_util.h"

typedef struct job {
    const char *script;
    int code;
} job;

static void *run_isolate(void *arg)
{
    job *j = arg;
    char *argv[] = { "unode", "-e", (char *)j->script, NULL };
    char *envp[] = { NULL };
    j->code = run_isolate_code(3, argv, envp);
    return NULL;
}

int main(void)
{
    /* Each script counts interval ticks and immediates; the exit code encodes what it saw,
     * so a timer or tick leaking between isolates changes the result. */
    job a = { "let n = 0; globalThis.tag = 'a';"
              "const t = setInterval(() => { if (globalThis.tag !== 'a') process.exitCode = 99; else if (++n === 5) { clearInterval(t); process.exitCode = 40 + n; } }, 1);",
              0 };
    job b = { "let m = 0; globalThis.tag = 'b';"
              "function step() { if (globalThis.tag !== 'b') { process.exitCode = 98; return; }"
              " if (++m < 20) setTimeout(step, 0); else Promise.resolve().then(() => { process.exitCode = 50 + m / 10; }); }"
              "setImmediate(step);",
              0 };
    pthread_t ta, tb;
    for (int round = 0; round < 3; round++) {
        pthread_create(&ta, NULL, run_isolate, &a);
        pthread_create(&tb, NULL, run_isolate, &b);
        pthread_join(ta, NULL);
        pthread_join(tb, NULL);
        if (a.code != 45) {
            printf("FAIL isolate a exit code %d, want 45\n", a.code);
            failures++;
        }
        if (b.code != 52) {
            printf("FAIL isolate b exit code %d, want 52\n", b.code);
            failures++;
        }
    }
    printf("%s: %d failures\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
