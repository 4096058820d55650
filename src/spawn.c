/* spawn.c: starting child processes: fork and exec without running JavaScript in the child.
 *
 * binding.spawn(paths, argv, envp, cwd, fds, detached, uid, gid) -> pid, or -errno
 *   paths: candidate executables, tried in order (the PATH search is done by the caller)
 *   argv, envp: arrays of strings (no NUL bytes)
 *   cwd: string or null
 *   fds: array; fds[i] is the parent fd that becomes the child's fd i, or -1 to leave i closed
 *   detached: boolean (setsid in the child); uid, gid: -1 to keep
 *
 * The child is made with clone(CLONE_VM | CLONE_VFORK) on a small stack of its own: no page
 * tables are copied, and the parent stays suspended until the child has called execve or
 * _exit. Since memory is shared, the child reports a failure by storing errno in the
 * argument block, which the parent reads once it resumes; it then reaps the child. The child
 * uses raw system calls only (no libc state, no locks, no sanitizer interceptors). */
#include "unode.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define UN_SPAWN_STACK (64 * 1024)
#define UN_NSIG 65

typedef struct un_spawn_args {
    char **paths;
    char **argv;
    char **envp;
    const char *cwd;
    int *fds;
    int nfds;
    int detached;
    long uid;
    long gid;
    volatile int err; /* set by the child when it fails before execve succeeds */
} un_spawn_args;

/* The kernel's sigaction layout (what rt_sigaction takes). */
typedef struct un_ksigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask;
} un_ksigaction;

#if defined(__has_attribute)
#if __has_attribute(no_sanitize)
#define UN_NO_SANITIZE __attribute__((no_sanitize("address", "undefined")))
#endif
#endif
#ifndef UN_NO_SANITIZE
#define UN_NO_SANITIZE
#endif

UN_NO_SANITIZE static int un_spawn_child(void *opaque)
{
    un_spawn_args *a = opaque;
    long r;
    int i;

    /* Every disposition back to default, then an empty mask (the parent blocked them all). */
    un_ksigaction dfl = {0, 0, 0, 0};
    for (i = 1; i < UN_NSIG; i++) {
        if (i == SIGKILL || i == SIGSTOP) continue;
        syscall(SYS_rt_sigaction, i, &dfl, NULL, sizeof(unsigned long));
    }

    if (a->detached && syscall(SYS_setsid) < 0) goto fail;

    /* Move sources that would be overwritten by an earlier dup2 out of the way. */
    for (i = 0; i < a->nfds; i++) {
        int src = a->fds[i];
        if (src >= 0 && src < a->nfds && src != i) {
            r = syscall(SYS_fcntl, src, F_DUPFD_CLOEXEC, a->nfds);
            if (r < 0) goto fail;
            a->fds[i] = (int)r;
        }
    }
    for (i = 0; i < a->nfds; i++) {
        int src = a->fds[i];
        if (src < 0) {
            syscall(SYS_close, i);
        } else if (src == i) {
            r = syscall(SYS_fcntl, i, F_SETFD, 0);
            if (r < 0) goto fail;
        } else {
            r = syscall(SYS_dup3, src, i, 0);
            if (r < 0) goto fail;
        }
    }
    /* Descriptors 0-2 come back in blocking mode, as programs expect. */
    for (i = 0; i < a->nfds && i < 3; i++) {
        if (a->fds[i] < 0) continue;
        r = syscall(SYS_fcntl, i, F_GETFL, 0);
        if (r >= 0 && (r & O_NONBLOCK)) syscall(SYS_fcntl, i, F_SETFL, r & ~(long)O_NONBLOCK);
    }

    if (a->cwd != NULL && syscall(SYS_chdir, a->cwd) < 0) goto fail;
    if (a->uid >= 0 || a->gid >= 0) {
        /* Drop supplementary groups; only root may, and a failure here is not fatal. */
        syscall(SYS_setgroups, 0, NULL);
    }
    if (a->gid >= 0 && syscall(SYS_setgid, a->gid) < 0) goto fail;
    if (a->uid >= 0 && syscall(SYS_setuid, a->uid) < 0) goto fail;

    unsigned long empty = 0;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &empty, NULL, sizeof(unsigned long));

    {
        int saved = ENOENT;
        for (i = 0; a->paths[i] != NULL; i++) {
            syscall(SYS_execve, a->paths[i], a->argv, a->envp);
            int e = errno;
            /* As execvp: keep looking past missing files; remember a permission error. */
            if (e == EACCES) saved = EACCES;
            else if (e != ENOENT && e != ENOTDIR) { saved = e; break; }
        }
        a->err = saved;
    }
    syscall(SYS_exit_group, 127);
    return 127;

fail:
    a->err = errno ? errno : EINVAL;
    syscall(SYS_exit_group, 127);
    return 127;
}

/* The length of an array; -1 with an exception thrown. */
static int un_array_length(JSContext *ctx, JSValueConst arr, int64_t *len)
{
    JSValue v = JS_GetPropertyStr(ctx, arr, "length");
    if (JS_IsException(v)) return -1;
    int r = JS_ToInt64(ctx, len, v);
    JS_FreeValue(ctx, v);
    return r < 0 ? -1 : 0;
}

static void un_free_strv(JSContext *ctx, char **v)
{
    if (v == NULL) return;
    for (char **p = v; *p != NULL; p++) js_free(ctx, *p);
    js_free(ctx, v);
}

/* An array of strings as a NULL-terminated vector of copies; NULL with an exception thrown. */
static char **un_to_strv(JSContext *ctx, JSValueConst arr, const char *what)
{
    if (!JS_IsArray(ctx, arr)) {
        JS_ThrowTypeError(ctx, "spawn: %s must be an array of strings", what);
        return NULL;
    }
    int64_t len;
    if (un_array_length(ctx, arr, &len) < 0) return NULL;
    if (len < 0 || len > 1000000) {
        JS_ThrowRangeError(ctx, "spawn: %s is too long", what);
        return NULL;
    }
    char **v = js_mallocz(ctx, sizeof(char *) * (size_t)(len + 1));
    if (v == NULL) return NULL;
    for (int64_t i = 0; i < len; i++) {
        JSValue s = JS_GetPropertyUint32(ctx, arr, (uint32_t)i);
        if (JS_IsException(s)) goto fail;
        if (!JS_IsString(s)) {
            JS_FreeValue(ctx, s);
            JS_ThrowTypeError(ctx, "spawn: %s must be an array of strings", what);
            goto fail;
        }
        size_t n;
        const char *c = JS_ToCStringLen(ctx, &n, s);
        JS_FreeValue(ctx, s);
        if (c == NULL) goto fail;
        if (memchr(c, 0, n) != NULL) {
            JS_FreeCString(ctx, c);
            JS_ThrowTypeError(ctx, "spawn: %s must not contain null bytes", what);
            goto fail;
        }
        v[i] = js_malloc(ctx, n + 1);
        if (v[i] == NULL) {
            JS_FreeCString(ctx, c);
            goto fail;
        }
        memcpy(v[i], c, n + 1);
        JS_FreeCString(ctx, c);
    }
    return v;
fail:
    un_free_strv(ctx, v);
    return NULL;
}

static JSValue un_js_spawn(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    un_spawn_args a;
    memset(&a, 0, sizeof(a));
    JSValue ret = JS_EXCEPTION;
    char *cwd = NULL;
    void *stack = MAP_FAILED;

    if (argc < 8) return JS_ThrowTypeError(ctx, "spawn: expected 8 arguments");
    if ((a.paths = un_to_strv(ctx, argv[0], "paths")) == NULL) goto done;
    if (a.paths[0] == NULL) {
        JS_ThrowTypeError(ctx, "spawn: paths must not be empty");
        goto done;
    }
    if ((a.argv = un_to_strv(ctx, argv[1], "argv")) == NULL) goto done;
    if ((a.envp = un_to_strv(ctx, argv[2], "envp")) == NULL) goto done;
    if (!JS_IsNull(argv[3]) && !JS_IsUndefined(argv[3])) {
        if (!JS_IsString(argv[3])) {
            JS_ThrowTypeError(ctx, "spawn: cwd must be a string or null");
            goto done;
        }
        size_t n;
        const char *c = JS_ToCStringLen(ctx, &n, argv[3]);
        if (c == NULL) goto done;
        if (memchr(c, 0, n) != NULL) {
            JS_FreeCString(ctx, c);
            JS_ThrowTypeError(ctx, "spawn: cwd must not contain null bytes");
            goto done;
        }
        cwd = js_malloc(ctx, n + 1);
        if (cwd != NULL) memcpy(cwd, c, n + 1);
        JS_FreeCString(ctx, c);
        if (cwd == NULL) goto done;
        a.cwd = cwd;
    }
    if (!JS_IsArray(ctx, argv[4])) {
        JS_ThrowTypeError(ctx, "spawn: fds must be an array of integers");
        goto done;
    }
    int64_t nfds;
    if (un_array_length(ctx, argv[4], &nfds) < 0) goto done;
    if (nfds < 0 || nfds > 1024) {
        JS_ThrowRangeError(ctx, "spawn: too many fds");
        goto done;
    }
    a.nfds = (int)nfds;
    a.fds = js_mallocz(ctx, sizeof(int) * (size_t)(nfds + 1));
    if (a.fds == NULL) goto done;
    for (int64_t i = 0; i < nfds; i++) {
        JSValue v = JS_GetPropertyUint32(ctx, argv[4], (uint32_t)i);
        int32_t fd;
        if (JS_IsException(v)) goto done;
        if (!JS_IsNumber(v) || JS_ToInt32(ctx, &fd, v) < 0) {
            JS_FreeValue(ctx, v);
            JS_ThrowTypeError(ctx, "spawn: fds must be an array of integers");
            goto done;
        }
        JS_FreeValue(ctx, v);
        if (fd < -1) {
            JS_ThrowRangeError(ctx, "spawn: invalid fd %d", fd);
            goto done;
        }
        a.fds[i] = fd;
    }
    a.detached = JS_ToBool(ctx, argv[5]);
    int64_t uid, gid;
    if (!JS_IsNumber(argv[6]) || !JS_IsNumber(argv[7])) {
        JS_ThrowTypeError(ctx, "spawn: uid and gid must be numbers");
        goto done;
    }
    if (JS_ToInt64(ctx, &uid, argv[6]) < 0 || JS_ToInt64(ctx, &gid, argv[7]) < 0) goto done;
    if (uid < -1 || uid > 0xffffffffLL || gid < -1 || gid > 0xffffffffLL) {
        JS_ThrowRangeError(ctx, "spawn: uid or gid out of range");
        goto done;
    }
    a.uid = (long)uid;
    a.gid = (long)gid;

    stack = mmap(NULL, UN_SPAWN_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        ret = JS_NewInt32(ctx, -errno);
        goto done;
    }

    /* Block every signal so that no handler runs in the child on the shared memory. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    a.err = 0;
    int pid = clone(un_spawn_child, (char *)stack + UN_SPAWN_STACK, CLONE_VM | CLONE_VFORK | SIGCHLD, &a);
    int clone_errno = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);

    if (pid < 0) {
        ret = JS_NewInt32(ctx, -clone_errno);
    } else if (a.err != 0) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        ret = JS_NewInt32(ctx, -a.err);
    } else {
        ret = JS_NewInt32(ctx, pid);
    }

done:
    if (stack != MAP_FAILED) munmap(stack, UN_SPAWN_STACK);
    un_free_strv(ctx, a.paths);
    un_free_strv(ctx, a.argv);
    un_free_strv(ctx, a.envp);
    js_free(ctx, cwd);
    js_free(ctx, a.fds);
    return ret;
}

static const JSCFunctionListEntry un_spawn_funcs[] = {
    JS_CFUNC_DEF("spawn", 8, un_js_spawn),
};

void un_spawn_init(JSContext *ctx, JSValueConst binding)
{
    JS_SetPropertyFunctionList(ctx, binding, un_spawn_funcs, sizeof(un_spawn_funcs) / sizeof(un_spawn_funcs[0]));
}
