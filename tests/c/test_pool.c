/* test_pool.c: the worker pool (src/pool.c, lib/aio/pool.js) seen from isolates: many jobs
 * complete, a queued job cancels with -ECANCELED, workers block every signal, strings and
 * buffers survive until delivery, and an isolate freed while jobs are still queued or
 * running stops its threads and releases what the jobs held (LeakSanitizer checks that).
 * Two isolates run at once, each with its own pool. */
#include <pthread.h>

#include "test_util.h"

typedef struct job {
    const char *name;
    const char *script;
    const char *env;
    int want;
    int code;
} job;

static void *run_isolate(void *arg)
{
    job *j = arg;
    char *argv[] = { "unode", "--allow-syscall", "-e", (char *)j->script, NULL };
    char *envp[] = { (char *)j->env, NULL };
    j->code = run_isolate_code(4, argv, envp);
    return NULL;
}

#define PRELUDE \
    "const pool = unodeInternals.require('aio/pool');" \
    "const { nr } = unodeInternals.require('sys/core');" \
    "const b = unodeInternals.binding;"

int main(void)
{
    job jobs[] = {
        /* 500 jobs at once, all complete, each with its own result. */
        { "many", PRELUDE
          "let n = 0, bad = 0;"
          "for (let i = 0; i < 500; i++) pool.submit(nr.getpid, [], (r) => { if (r !== process.pid) bad++;"
          "  if (++n === 500) process.exitCode = bad ? 1 : 40 + pool.size(); });",
          "UV_THREADPOOL_SIZE=3", 43, 0 },
        /* One thread busy sleeping: the job behind it cancels; the sleeper completes. */
        { "cancel", PRELUDE
          "const ts = new BigInt64Array([0n, 100000000n]);"
          "const seen = [];"
          "pool.submit(nr.nanosleep, [ts, null], (r) => { seen.push('sleep', r);"
          "  process.exitCode = seen.join() === 'pid,-125,sleep,0' ? 50 : 1; });"
          "const id = pool.submit(nr.getpid, [], (r) => seen.push('pid', r));"
          "const again = pool.submit(nr.getpid, [], () => {});"
          "process.exitCode = pool.cancel(id) && pool.cancel(again) && !pool.cancel(123456) ? 2 : 3;",
          "UV_THREADPOOL_SIZE=1", 50, 0 },
        /* Workers block every signal (read their own mask with rt_sigprocmask). */
        { "signals", PRELUDE
          "const mask = new BigUint64Array(1);"
          "pool.call('rt_sigprocmask', 0, null, mask, 8, (r) => {"
          "  const m = mask[0]; const want = (1n << 1n) | (1n << 14n) | (1n << 16n) | (1n << 9n) | (1n << 27n);"
          "  process.exitCode = r === 0 && (m & want) === want ? 60 : 1; });",
          "UV_THREADPOOL_SIZE=2", 60, 0 },
        /* A string copied at submit time and a buffer kept alive: write a string to a pipe
         * and read it back into a buffer nobody else references. */
        { "keepalive", PRELUDE
          "const fds = new Int32Array(2); b.syscall(nr.pipe2, fds, 0);"
          "let s = 'hello'; s += ' pool';"
          "pool.call('write', fds[1], Buffer.from(s), 10, (w) => {"
          "  pool.call('read', fds[0], new Uint8Array(32), 32, (r) => {"
          "    b.syscall(nr.close, fds[0]); b.syscall(nr.close, fds[1]);"
          "    process.exitCode = w === 10 && r === 10 ? 70 : 1; }); });"
          "s = null;",
          "", 70, 0 },
        /* Jobs the loop does not wait for (submitted on the raw binding): the isolate ends
         * with one running and others queued; freeing it joins and releases them. */
        { "teardown", PRELUDE
          "pool.size();"
          "const ts = new BigInt64Array([0n, 50000000n]);"
          "b.poolSubmit(nr.nanosleep, ts, null);"
          "for (let i = 0; i < 20; i++) b.poolSubmit(nr.getpid, new Uint8Array(64), 'str' + i);"
          "process.exitCode = 80;",
          "UV_THREADPOOL_SIZE=1", 80, 0 },
        /* A chain: open, write, close in one job; a failed write still closes (cleanup
         * bit), a failed open runs nothing else; an undefined argument is the fd. */
        { "chain", PRELUDE
          "const f = '/tmp/unode-test-pool-' + process.pid;"
          "const out = new BigInt64Array([7n, 7n, 7n]);"
          "pool.chain(out, 4, [[nr.openat, -100, f, 0o1101, 0o600], [nr.write, undefined, Buffer.from('chained'), 7], [nr.close, undefined]], (r) => {"
          "  const ok1 = r === 0 && out[0] > 2n && out[1] === 7n && out[2] === 0n;"
          "  const bad = new BigInt64Array([7n, 7n, 7n]);"
          "  pool.chain(bad, 4, [[nr.openat, -100, f, 0, 0], [nr.write, undefined, Buffer.from('x'), 1], [nr.close, undefined]], (r2) => {"
          "    const ok2 = r2 === -1 && bad[0] > 2n && bad[1] === -9n && bad[2] === 0n;" /* EBADF: read-only fd */
          "    const none = new BigInt64Array([7n, 7n]);"
          "    pool.chain(none, 2, [[nr.openat, -100, '/nonexistent/x', 0, 0], [nr.close, undefined]], (r3) => {"
          "      b.syscall(nr.unlinkat, -100, f, 0);"
          "      const ok3 = r3 === -1 && none[0] === -2n && none[1] === 7n;"
          "      let ok4 = false; try { b.poolSubmitChain(new BigInt64Array(1), 0, [nr.getpid], [nr.getpid]); } catch (e) { ok4 = e instanceof RangeError; }"
          "      process.exitCode = ok1 && ok2 && ok3 && ok4 ? 95 : 1; }); }); });",
          "", 95, 0 },
        /* Bad arguments throw, never crash. */
        { "args", PRELUDE
          "pool.size(); let bad = 0;"
          "for (const a of [[], ['x'], [-1], [5000], [nr.getpid, {}], [nr.getpid, 1, 2, 3, 4, 5, 6, 7], [nr.getpid, 1.5]])"
          "  try { b.poolSubmit(...a); bad++; } catch (e) { if (!(e instanceof TypeError || e instanceof RangeError)) bad++; }"
          "try { b.poolCancel('x'); bad++; } catch {}"
          "try { b.poolOpen(0); bad++; } catch (e) { if (!(e instanceof RangeError)) bad++; }"
          "process.exitCode = bad ? 1 : 90;",
          "", 90, 0 },
    };
    int n = (int)(sizeof(jobs) / sizeof(jobs[0]));
    /* Two at a time, on two threads: pools of different isolates must not mix. */
    for (int i = 0; i < n; i += 2) {
        pthread_t t[2];
        int k = (i + 1 < n) ? 2 : 1;
        for (int m = 0; m < k; m++)
            pthread_create(&t[m], NULL, run_isolate, &jobs[i + m]);
        for (int m = 0; m < k; m++)
            pthread_join(t[m], NULL);
    }
    for (int i = 0; i < n; i++) {
        if (jobs[i].code != jobs[i].want) {
            printf("FAIL %s: exit code %d, want %d\n", jobs[i].name, jobs[i].code, jobs[i].want);
            failures++;
        }
    }
    printf("%s: %d failures\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
