/* test_structs.c: prints a JavaScript check of lib/sys/structs.js and the syscall table
 * against this machine's C headers. Run as: test_structs | unode --allow-syscall - */
#include <stddef.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>

#define FIELD(s, f, js) printf("  ['%s', '%s', %zu],\n", #s, js, offsetof(struct s, f))

int main(void)
{
    printf("const { require: r, binding: b } = unodeInternals;\n");
    printf("const L = r('sys/structs').layoutsFor(b.arch); const nr = r('sys/core').nr;\n");
    printf("const sizes = [\n");
    printf("  ['stat', %zu], ['epoll_event', %zu], ['timespec', %zu], ['winsize', %zu], ['utsname', %zu], ['rusage', %zu],\n",
           sizeof(struct stat), sizeof(struct epoll_event), sizeof(struct timespec),
           sizeof(struct winsize), sizeof(struct utsname), sizeof(struct rusage));
    printf("];\nconst fields = [\n");
    FIELD(stat, st_dev, "dev"); FIELD(stat, st_ino, "ino"); FIELD(stat, st_nlink, "nlink");
    FIELD(stat, st_mode, "mode"); FIELD(stat, st_uid, "uid"); FIELD(stat, st_gid, "gid");
    FIELD(stat, st_rdev, "rdev"); FIELD(stat, st_size, "size"); FIELD(stat, st_blksize, "blksize");
    FIELD(stat, st_blocks, "blocks"); FIELD(stat, st_atim, "atime_sec"); FIELD(stat, st_mtim, "mtime_sec");
    FIELD(stat, st_ctim, "ctime_sec");
    FIELD(epoll_event, events, "events"); FIELD(epoll_event, data, "data");
    FIELD(timespec, tv_sec, "sec"); FIELD(timespec, tv_nsec, "nsec");
    FIELD(winsize, ws_row, "row"); FIELD(winsize, ws_col, "col");
    FIELD(utsname, sysname, "sysname"); FIELD(utsname, release, "release"); FIELD(utsname, machine, "machine");
    FIELD(rusage, ru_utime, "utime_sec"); FIELD(rusage, ru_stime, "stime_sec"); FIELD(rusage, ru_maxrss, "maxrss");
    FIELD(rusage, ru_minflt, "minflt"); FIELD(rusage, ru_nvcsw, "nvcsw"); FIELD(rusage, ru_nivcsw, "nivcsw");
    printf("];\nconst syscalls = [\n");
#define NR(n) printf("  ['%s', %d],\n", #n, (int)SYS_##n)
    NR(read); NR(write); NR(openat); NR(close); NR(newfstatat); NR(epoll_create1); NR(epoll_ctl);
    NR(epoll_pwait); NR(clock_gettime); NR(getpid); NR(exit_group); NR(pipe2); NR(getdents64);
    NR(getcwd); NR(chdir); NR(readlinkat); NR(ioctl); NR(fcntl); NR(kill); NR(getrusage); NR(umask);
    NR(socket); NR(clone3); NR(execve); NR(wait4); NR(getrandom); NR(statx); NR(eventfd2); NR(signalfd4);
    printf("];\n");
    printf("let bad = 0;\n"
           "for (const [s, size] of sizes) if (L[s].size !== size) { console.log(`FAIL sizeof ${s}: js ${L[s].size} c ${size}`); bad++; }\n"
           "for (const [s, f, off] of fields) if (!L[s].fields[f] || L[s].fields[f][0] !== off) { console.log(`FAIL ${s}.${f}: js ${L[s].fields[f] && L[s].fields[f][0]} c ${off}`); bad++; }\n"
           "for (const [n, v] of syscalls) if (nr[n] !== v) { console.log(`FAIL syscall ${n}: js ${nr[n]} c ${v}`); bad++; }\n"
           "console.log(bad ? `FAIL: ${bad} mismatches` : `ok: ${sizes.length + fields.length + syscalls.length} checks`);\n"
           "process.exitCode = bad ? 1 : 0;\n");
    return 0;
}
