/* pool.c: the worker pool: threads that run blocking syscalls and CPU jobs off the loop thread.
 *
 * One pool per isolate. The state is allocated by un_pool_init and released by
 * un_isolate_on_free callbacks (pool_stop joins the threads and frees the jobs, pool_free the
 * rest), both before the context goes. The eventfd opens with poolOpen; the threads start
 * on the first submitted job; each blocks every signal, so that signalfd on the loop thread
 * sees them all.
 *
 * A job is either a syscall (nr and six argument words, marshalled on the loop thread: strings
 * copied, buffers kept alive with JS_DupValue until the completion is delivered) or a C
 * function (un_pool_fn, for CPU work such as compression). Workers take jobs in FIFO order,
 * put finished ones on a done list and bump an eventfd; the loop's watcher on that fd calls
 * poolDrain(), which frees what the jobs held and returns [id, result, id, result, ...].
 * A job still queued can be cancelled: it completes with -ECANCELED without running.
 *
 * JS interface (on the binding; see lib/aio/pool.js):
 *   poolOpen(size)                -> the eventfd (size threads, started on first submit)
 *   poolSubmit(nr, a0..a5)        -> job id (a positive integer)
 *   poolSubmitChain(out, cleanup, [nr, ...args], ...) -> job id: up to 4 syscalls in a row on
 *                                    one worker (open, write, close...), results in out
 *   poolCancel(id)                -> true if the job was still queued (it completes with -ECANCELED)
 *   poolDrain()                   -> flat array of [id, result] pairs, in completion order
 *   poolStats()                   -> [threads, queued, running]
 * The functions carry the pool pointer as their data value (JS_NewCFunctionData), so no
 * global and no property lookup is needed per call. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "unode.h"

#define POOL_ARGS 6
#define POOL_STEPS 4                          /* syscalls in one chained job */
#define POOL_HELD (POOL_STEPS * POOL_ARGS + 1) /* strings/values a job holds */
#define POOL_MAX_THREADS 1024

/* A C job: runs on a worker, returns the job's result; cleanup (optional) runs on the loop
 * thread when the completion is delivered or the pool is torn down. */

typedef struct pool_job {
    struct pool_job *next;
    uint32_t id;
    bool is_fn;
    int nsteps;                       /* syscalls to run in order (1 for a plain job) */
    long nr[POOL_STEPS];
    long args[POOL_STEPS][POOL_ARGS];
    uint8_t from_first[POOL_STEPS];   /* bit k: argument k is the first step's result */
    uint32_t cleanup;                 /* bit i: step i runs even after a failed step */
    int64_t *out;                     /* chained jobs: each step's result (or left as is) */
    char *owned[POOL_HELD];
    JSValue keep[POOL_HELD];
    un_pool_fn fn;
    void *fn_arg;
    void (*fn_cleanup)(void *arg);
    long result;
} pool_job;

typedef struct un_pool {
    JSContext *ctx;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pool_job *queue_head, *queue_tail;
    pool_job *done_head, *done_tail;
    pthread_t *threads;
    int size;       /* threads wanted */
    int started;    /* threads running */
    int queued, running;
    bool stop;
    int efd;
    uint32_t next_id;
} un_pool;

static void job_release(JSContext *ctx, pool_job *j)
{
    for (int i = 0; i < POOL_HELD; i++) {
        js_free(ctx, j->owned[i]);
        JS_FreeValue(ctx, j->keep[i]);
    }
    if (j->is_fn && j->fn_cleanup)
        j->fn_cleanup(j->fn_arg);
    js_free(ctx, j);
}

/* Appends a finished job to the done list (mutex held). Returns whether the list was empty:
 * only then does the loop need a wake-up, since poolDrain takes the whole list after
 * resetting the eventfd. */
static bool push_done(un_pool *p, pool_job *j)
{
    bool was_empty = p->done_head == NULL;
    j->next = NULL;
    if (p->done_tail)
        p->done_tail->next = j;
    else
        p->done_head = j;
    p->done_tail = j;
    return was_empty;
}

static void wake_loop(un_pool *p)
{
    uint64_t one = 1;
    ssize_t r;
    do
        r = write(p->efd, &one, sizeof(one));
    while (r < 0 && errno == EINTR);
}

/* Runs a job's syscalls. A plain job's result is its syscall's. A chain stops at the first
 * failure except for its cleanup steps (which still run when the first step, typically an
 * open, succeeded); each step's result goes to out[i]; the job's result is 0, or -1 after a
 * failure. */
static void run_steps(pool_job *j)
{
    bool failed = false;
    long first = 0;
    for (int i = 0; i < j->nsteps; i++) {
        if (failed && (!(j->cleanup & (1u << i)) || first < 0))
            continue;
        long a[POOL_ARGS];
        for (int k = 0; k < POOL_ARGS; k++)
            a[k] = (j->from_first[i] & (1u << k)) ? first : j->args[i][k];
        long r = syscall(j->nr[i], a[0], a[1], a[2], a[3], a[4], a[5]);
        if (r == -1)
            r = -errno;
        if (i == 0)
            first = r;
        if (j->out)
            j->out[i] = r;
        if (r < 0)
            failed = true;
        if (!j->out)
            j->result = r;
    }
    if (j->out)
        j->result = failed ? -1 : 0;
}

static void *worker(void *arg)
{
    un_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->queue_head && !p->stop)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->stop)
            break;
        pool_job *j = p->queue_head;
        p->queue_head = j->next;
        if (!p->queue_head)
            p->queue_tail = NULL;
        p->queued--;
        p->running++;
        pthread_mutex_unlock(&p->mu);

        if (j->is_fn)
            j->result = j->fn(j->fn_arg);
        else
            run_steps(j);

        pthread_mutex_lock(&p->mu);
        p->running--;
        bool wake = push_done(p, j);
        pthread_mutex_unlock(&p->mu);
        if (wake)
            wake_loop(p);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Starts the threads (mutex held). Each starts with every signal blocked: the mask is set
 * around pthread_create so no signal can land in a worker before it runs. */
static int start_threads(un_pool *p)
{
    sigset_t all, old;
    p->threads = calloc((size_t)p->size, sizeof(pthread_t));
    if (!p->threads)
        return -ENOMEM;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    for (int i = 0; i < p->size; i++) {
        int rc = pthread_create(&p->threads[i], NULL, worker, p);
        if (rc != 0) {
            if (p->started == 0) {
                pthread_sigmask(SIG_SETMASK, &old, NULL);
                return -rc;
            }
            break; /* fewer threads than asked: still a working pool */
        }
        p->started++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return 0;
}

/* Queues a job; returns its id, or -errno. */
static long pool_enqueue(un_pool *p, pool_job *j)
{
    pthread_mutex_lock(&p->mu);
    if (p->started == 0) {
        int rc = start_threads(p);
        if (rc < 0) {
            pthread_mutex_unlock(&p->mu);
            return rc;
        }
    }
    if (++p->next_id == 0 || p->next_id > 0x7fffffff)
        p->next_id = 1;
    j->id = p->next_id;
    j->next = NULL;
    if (p->queue_tail)
        p->queue_tail->next = j;
    else
        p->queue_head = j;
    p->queue_tail = j;
    p->queued++;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return j->id;
}

static void pool_stop(void *opaque);

static un_pool *pool_of(JSContext *ctx, JSValueConst *data)
{
    int64_t v;
    if (JS_ToInt64(ctx, &v, data[0]) < 0)
        return NULL;
    return (un_pool *)(uintptr_t)v;
}

static JSValue js_pool_open(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                            int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    int32_t size = 4;
    (void)this_val;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    if (argc > 0 && !JS_IsUndefined(argv[0])) {
        if (!JS_IsNumber(argv[0]) || JS_ToInt32(ctx, &size, argv[0]) < 0)
            return JS_ThrowTypeError(ctx, "poolOpen: size must be a number");
        if (size < 1 || size > POOL_MAX_THREADS)
            return JS_ThrowRangeError(ctx, "poolOpen: size must be 1..%d", POOL_MAX_THREADS);
    }
    if (p->efd < 0) {
        p->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (p->efd < 0)
            return JS_NewInt32(ctx, -errno);
        if (un_isolate_on_free(un_isolate_of(ctx), pool_stop, p) < 0) {
            close(p->efd);
            p->efd = -1;
            return JS_NewInt32(ctx, -ENOMEM);
        }
    }
    pthread_mutex_lock(&p->mu);
    if (p->started == 0)
        p->size = size;
    pthread_mutex_unlock(&p->mu);
    return JS_NewInt32(ctx, p->efd);
}

static pool_job *new_job(JSContext *ctx)
{
    pool_job *j = js_mallocz(ctx, sizeof(*j));
    if (!j)
        return NULL;
    for (int i = 0; i < POOL_HELD; i++)
        j->keep[i] = JS_UNDEFINED;
    return j;
}

/* Marshals one argument into *word; the job holds a copied string or the object. */
static int hold_arg(JSContext *ctx, pool_job *j, JSValueConst v, int slot, long *word)
{
    if (un_sys_marshal(ctx, v, word, &j->owned[slot]) < 0)
        return -1;
    if (JS_IsObject(v))
        j->keep[slot] = JS_DupValue(ctx, v);
    return 0;
}

/* poolSubmitChain(out, cleanup, [nr, ...args], ...): up to POOL_STEPS syscalls run in order on
 * one worker; an `undefined` argument stands for the first step's result (a descriptor).
 * out: a BigInt64Array with a slot per step, written by the worker and kept alive until the
 * completion; steps that did not run leave their slot as it was. cleanup: a bit mask of
 * steps that run even after a failure (close). Returns the job id. */
static JSValue js_pool_submit_chain(JSContext *ctx, JSValueConst this_val, int argc,
                                    JSValueConst *argv, int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    uint8_t *outp;
    size_t outlen;
    uint32_t cleanup;
    (void)this_val;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    if (p->efd < 0)
        return JS_ThrowTypeError(ctx, "poolSubmitChain: the pool is not open");
    if (argc < 3 || argc - 2 > POOL_STEPS)
        return JS_ThrowTypeError(ctx, "poolSubmitChain: expected (out, cleanup, 1..%d steps)", POOL_STEPS);
    if (un_get_bytes(ctx, argv[0], &outp, &outlen) < 0)
        return JS_EXCEPTION;
    if (outlen < (size_t)(argc - 2) * sizeof(int64_t) || ((uintptr_t)outp & 7))
        return JS_ThrowRangeError(ctx, "poolSubmitChain: out must hold an aligned int64 per step");
    if (!JS_IsNumber(argv[1]) || JS_ToUint32(ctx, &cleanup, argv[1]) < 0)
        return JS_ThrowTypeError(ctx, "poolSubmitChain: cleanup must be a number");
    pool_job *j = new_job(ctx);
    if (!j)
        return JS_EXCEPTION;
    j->out = (int64_t *)(void *)outp;
    j->keep[POOL_HELD - 1] = JS_DupValue(ctx, argv[0]);
    j->cleanup = cleanup;
    j->nsteps = argc - 2;
    for (int i = 0; i < j->nsteps; i++) {
        JSValueConst step = argv[i + 2];
        JSValue v;
        uint32_t n;
        int64_t nr;
        if (!JS_IsArray(ctx, step))
            goto bad;
        v = JS_GetPropertyStr(ctx, step, "length");
        if (JS_ToUint32(ctx, &n, v) < 0) {
            JS_FreeValue(ctx, v);
            goto fail;
        }
        JS_FreeValue(ctx, v);
        if (n < 1 || n > 1 + POOL_ARGS)
            goto bad;
        v = JS_GetPropertyUint32(ctx, step, 0);
        if (!JS_IsNumber(v) || JS_ToInt64(ctx, &nr, v) < 0 || nr < 0 || nr > 4095) {
            JS_FreeValue(ctx, v);
            goto bad;
        }
        j->nr[i] = (long)nr;
        for (uint32_t k = 1; k < n; k++) {
            v = JS_GetPropertyUint32(ctx, step, k);
            if (JS_IsException(v))
                goto fail;
            if (JS_IsUndefined(v)) {
                j->from_first[i] |= (uint8_t)(1u << (k - 1));
                continue;
            }
            int rc = hold_arg(ctx, j, v, i * POOL_ARGS + (int)k - 1, &j->args[i][k - 1]);
            JS_FreeValue(ctx, v);
            if (rc < 0)
                goto fail;
        }
    }
    long id = pool_enqueue(p, j);
    if (id < 0)
        job_release(ctx, j);
    return JS_NewInt64(ctx, id);
bad:
    JS_ThrowTypeError(ctx, "poolSubmitChain: each step is [nr, ...up to %d arguments]", POOL_ARGS);
fail:
    job_release(ctx, j);
    return JS_EXCEPTION;
}

static JSValue js_pool_submit(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                              int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    char *unused;
    long nr;
    (void)this_val;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    if (p->efd < 0)
        return JS_ThrowTypeError(ctx, "poolSubmit: the pool is not open");
    if (argc < 1 || !JS_IsNumber(argv[0]))
        return JS_ThrowTypeError(ctx, "poolSubmit: the syscall number must be an integer");
    if (argc - 1 > POOL_ARGS)
        return JS_ThrowTypeError(ctx, "poolSubmit: at most %d arguments", POOL_ARGS);
    if (un_sys_marshal(ctx, argv[0], &nr, &unused) < 0)
        return JS_EXCEPTION;
    if (nr < 0 || nr > 4095)
        return JS_ThrowRangeError(ctx, "poolSubmit: no such syscall number %ld", nr);
    pool_job *j = new_job(ctx);
    if (!j)
        return JS_EXCEPTION;
    j->nsteps = 1;
    j->nr[0] = nr;
    for (int i = 0; i < argc - 1; i++) {
        if (hold_arg(ctx, j, argv[i + 1], i, &j->args[0][i]) < 0) {
            job_release(ctx, j);
            return JS_EXCEPTION;
        }
    }
    long id = pool_enqueue(p, j);
    if (id < 0) {
        job_release(ctx, j);
        return JS_NewInt64(ctx, id);
    }
    return JS_NewInt64(ctx, id);
}

static JSValue js_pool_cancel(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                              int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    uint32_t id;
    bool found = false;
    (void)this_val;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    if (argc < 1 || !JS_IsNumber(argv[0]) || JS_ToUint32(ctx, &id, argv[0]) < 0)
        return JS_ThrowTypeError(ctx, "poolCancel: expected a job id");
    pthread_mutex_lock(&p->mu);
    for (pool_job **pp = &p->queue_head, *prev = NULL; *pp; prev = *pp, pp = &(*pp)->next) {
        pool_job *j = *pp;
        if (j->id != id)
            continue;
        *pp = j->next;
        if (p->queue_tail == j)
            p->queue_tail = prev;
        p->queued--;
        j->result = -ECANCELED;
        (void)push_done(p, j);
        found = true;
        break;
    }
    pthread_mutex_unlock(&p->mu);
    if (found)
        wake_loop(p); /* harmless when the list was not empty */
    return JS_NewBool(ctx, found);
}

static JSValue js_pool_drain(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                             int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    uint64_t count;
    (void)this_val;
    (void)argc;
    (void)argv;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    if (p->efd < 0)
        return JS_NewArray(ctx);
    /* Reset the counter first: a job finishing after this read bumps it again. */
    while (read(p->efd, &count, sizeof(count)) < 0 && errno == EINTR)
        ;
    pthread_mutex_lock(&p->mu);
    pool_job *list = p->done_head;
    p->done_head = p->done_tail = NULL;
    pthread_mutex_unlock(&p->mu);
    JSValue out = JS_NewArray(ctx);
    uint32_t n = 0;
    bool failed = JS_IsException(out);
    while (list) {
        pool_job *j = list;
        list = j->next;
        if (!failed) {
            if (JS_SetPropertyUint32(ctx, out, n++, JS_NewInt64(ctx, j->id)) < 0 ||
                JS_SetPropertyUint32(ctx, out, n++, JS_NewInt64(ctx, j->result)) < 0)
                failed = true;
        }
        job_release(ctx, j);
    }
    if (failed) {
        JS_FreeValue(ctx, out);
        return JS_EXCEPTION;
    }
    return out;
}

static JSValue js_pool_stats(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                             int magic, JSValueConst *data)
{
    un_pool *p = pool_of(ctx, data);
    int v[3];
    (void)this_val;
    (void)argc;
    (void)argv;
    (void)magic;
    if (!p)
        return JS_EXCEPTION;
    pthread_mutex_lock(&p->mu);
    v[0] = p->started;
    v[1] = p->queued;
    v[2] = p->running;
    pthread_mutex_unlock(&p->mu);
    JSValue out = JS_NewArray(ctx);
    if (JS_IsException(out))
        return out;
    for (uint32_t i = 0; i < 3; i++) {
        if (JS_SetPropertyUint32(ctx, out, i, JS_NewInt32(ctx, v[i])) < 0) {
            JS_FreeValue(ctx, out);
            return JS_EXCEPTION;
        }
    }
    return out;
}

/* Stops and joins the threads, then frees every job still held and the pool. Runs before
 * the context is freed, so the JS values jobs hold can still be released. A worker in the
 * middle of a blocking syscall is waited for. */
static void pool_stop(void *opaque)
{
    un_pool *p = opaque;
    JSContext *ctx = p->ctx;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->started; i++)
        pthread_join(p->threads[i], NULL);
    free(p->threads);
    p->threads = NULL;
    p->started = 0;
    for (pool_job *lists[2] = { p->queue_head, p->done_head }, **l = lists; l < lists + 2; l++) {
        while (*l) {
            pool_job *j = *l;
            *l = j->next;
            job_release(ctx, j);
        }
    }
    p->queue_head = p->queue_tail = p->done_head = p->done_tail = NULL;
    p->queued = 0;
    if (p->efd >= 0)
        close(p->efd);
    p->efd = -1;
}

/* The pool's memory goes last (registered at init, so it runs after every module's
 * teardown); pool_stop, registered when the pool opens, runs before the teardown of the C
 * modules that registered theirs at init (zlib...), so their jobs are finished and cleaned up
 * before their state goes. */
static void pool_free(void *opaque)
{
    un_pool *p = opaque;
    pool_stop(p);
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    free(p);
}

typedef struct pool_entry {
    const char *name;
    int length;
    JSCFunctionData *fn;
} pool_entry;

static const pool_entry un_pool_funcs[] = {
    { "poolOpen", 1, js_pool_open },
    { "poolSubmit", 1, js_pool_submit },
    { "poolSubmitChain", 3, js_pool_submit_chain },
    { "poolCancel", 1, js_pool_cancel },
    { "poolDrain", 0, js_pool_drain },
    { "poolStats", 0, js_pool_stats },
};

void un_pool_init(JSContext *ctx, JSValueConst binding)
{
    un_pool *p = calloc(1, sizeof(*p));
    if (!p)
        return;
    p->ctx = ctx;
    p->efd = -1;
    p->size = 4;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    if (un_isolate_on_free(un_isolate_of(ctx), pool_free, p) < 0) {
        pool_free(p);
        return;
    }
    JSValue handle = JS_NewInt64(ctx, (int64_t)(uintptr_t)p);
    for (size_t i = 0; i < sizeof(un_pool_funcs) / sizeof(un_pool_funcs[0]); i++) {
        const pool_entry *e = &un_pool_funcs[i];
        JSValue f = JS_NewCFunctionData(ctx, e->fn, e->length, 0, 1, &handle);
        JS_DefinePropertyValueStr(ctx, binding, e->name, f, JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE);
    }
    /* For C modules (un_pool_submit_fn); a number is useless to JS. */
    JS_DefinePropertyValueStr(ctx, binding, "poolHandle", handle, 0);
}

/* For C modules with CPU work (zlib, crypto's key derivation); declared in unode.h. */
long un_pool_submit_fn(JSContext *ctx, JSValueConst binding, un_pool_fn fn, void *arg,
                       void (*cleanup)(void *arg))
{
    un_pool *p = NULL;
    JSValue data = JS_GetPropertyStr(ctx, binding, "poolHandle");
    int64_t v;
    if (JS_IsNumber(data) && JS_ToInt64(ctx, &v, data) == 0)
        p = (un_pool *)(uintptr_t)v;
    JS_FreeValue(ctx, data);
    if (!p || p->efd < 0 || !fn)
        return -EINVAL;
    pool_job *j = new_job(ctx);
    if (!j)
        return -ENOMEM;
    j->is_fn = true;
    j->fn = fn;
    j->fn_arg = arg;
    j->fn_cleanup = cleanup;
    long id = pool_enqueue(p, j);
    if (id < 0) {
        j->fn_cleanup = NULL;
        job_release(ctx, j);
    }
    return id;
}
