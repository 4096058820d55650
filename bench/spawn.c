/* spawn.c: runs a command RUNS times from a small process and prints the median wall time
 * (ms) and the largest peak RSS (KiB) of the children, so the launcher's own memory does
 * not count. Usage: spawn RUNS cmd args... */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[1]) : 0;
    double *ms = calloc((size_t)(runs > 0 ? runs : 1), sizeof(double));
    long maxrss = 0;
    if (runs <= 0) {
        fprintf(stderr, "usage: spawn RUNS cmd args...\n");
        return 2;
    }
    for (int i = 0; i < runs; i++) {
        struct timespec t0, t1;
        struct rusage ru;
        int status;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid == 0) {
            int fd = open("/dev/null", O_WRONLY);
            dup2(fd, 1);
            execvp(argv[2], argv + 2);
            _exit(127);
        }
        wait4(pid, &status, 0, &ru);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "spawn: %s failed\n", argv[2]);
            return 1;
        }
        ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        if (ru.ru_maxrss > maxrss)
            maxrss = ru.ru_maxrss;
    }
    qsort(ms, (size_t)runs, sizeof(double), cmp);
    printf("%.3f %ld\n", ms[runs / 2], maxrss);
    return 0;
}
