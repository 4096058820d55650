/* uring_vs_pool.c: file reads through a thread pool (what src/pool.c does: a mutex-protected
 * queue, worker threads, completions signalled through an eventfd the loop waits on with
 * epoll) against io_uring driven with raw syscalls (no liburing), completions also through
 * an eventfd registered with the ring. Both read a cached file in chunks with a fixed number
 * of reads in flight. Prints MB/s and per-read microseconds for each case.
 * Build: cc -O2 -Wall -Wextra -o build/uring_vs_pool bench/uring_vs_pool.c -lpthread
 * Usage: build/uring_vs_pool FILE [chunk_bytes] */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define MAXQ 64

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ---- the pool ---- */
typedef struct job {
    struct job *next;
    int fd;
    void *buf;
    size_t len;
    off_t off;
    long res;
} job;

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    job *q, *qt, *done;
    int efd, stop;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->q && !p->stop)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->stop)
            break;
        job *j = p->q;
        p->q = j->next;
        if (!p->q)
            p->qt = NULL;
        pthread_mutex_unlock(&p->mu);
        j->res = pread(j->fd, j->buf, j->len, j->off);
        pthread_mutex_lock(&p->mu);
        j->next = p->done;
        p->done = j;
        pthread_mutex_unlock(&p->mu);
        uint64_t one = 1;
        if (write(p->efd, &one, 8) < 0)
            abort();
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void submit(pool *p, job *j)
{
    pthread_mutex_lock(&p->mu);
    j->next = NULL;
    if (p->qt)
        p->qt->next = j;
    else
        p->q = j;
    p->qt = j;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

static double run_pool(int fd, off_t size, size_t chunk, int depth, int threads, long *reads)
{
    pool p = { .mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER };
    pthread_t t[16];
    job jobs[MAXQ];
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN };
    p.efd = eventfd(0, EFD_NONBLOCK);
    epoll_ctl(ep, EPOLL_CTL_ADD, p.efd, &ev);
    for (int i = 0; i < threads; i++)
        pthread_create(&t[i], NULL, worker, &p);
    off_t next = 0;
    int inflight = 0;
    long n = 0;
    double t0 = now_ms();
    for (int i = 0; i < depth && next < size; i++, next += chunk) {
        jobs[i] = (job){ .fd = fd, .buf = malloc(chunk), .len = chunk, .off = next };
        submit(&p, &jobs[i]);
        inflight++;
    }
    while (inflight > 0) {
        epoll_wait(ep, &ev, 1, -1);
        uint64_t c;
        if (read(p.efd, &c, 8) < 0 && errno != EAGAIN)
            abort();
        pthread_mutex_lock(&p.mu);
        job *d = p.done;
        p.done = NULL;
        pthread_mutex_unlock(&p.mu);
        while (d) {
            job *j = d;
            d = d->next;
            inflight--;
            n++;
            if (j->res <= 0)
                continue;
            if (next < size) {
                j->off = next;
                next += chunk;
                submit(&p, j);
                inflight++;
            }
        }
    }
    double ms = now_ms() - t0;
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.cv);
    pthread_mutex_unlock(&p.mu);
    for (int i = 0; i < threads; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < depth; i++)
        free(jobs[i].buf);
    close(p.efd);
    close(ep);
    *reads = n;
    return ms;
}

/* ---- io_uring, raw ---- */
typedef struct ring {
    int fd;
    unsigned *sq_head, *sq_tail, *sq_mask, *sq_array;
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_sqe *sqes;
    struct io_uring_cqe *cqes;
} ring;

static int ring_open(ring *r, unsigned entries, int efd)
{
    struct io_uring_params p;
    memset(&p, 0, sizeof(p));
    r->fd = (int)syscall(__NR_io_uring_setup, entries, &p);
    if (r->fd < 0)
        return -errno;
    size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    uint8_t *sq = mmap(NULL, sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd,
                       IORING_OFF_SQ_RING);
    uint8_t *cq = mmap(NULL, cq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd,
                       IORING_OFF_CQ_RING);
    r->sqes = mmap(NULL, p.sq_entries * sizeof(struct io_uring_sqe), PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQES);
    if (sq == MAP_FAILED || cq == MAP_FAILED || r->sqes == MAP_FAILED)
        return -ENOMEM;
    r->sq_head = (unsigned *)(sq + p.sq_off.head);
    r->sq_tail = (unsigned *)(sq + p.sq_off.tail);
    r->sq_mask = (unsigned *)(sq + p.sq_off.ring_mask);
    r->sq_array = (unsigned *)(sq + p.sq_off.array);
    r->cq_head = (unsigned *)(cq + p.cq_off.head);
    r->cq_tail = (unsigned *)(cq + p.cq_off.tail);
    r->cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
    if (syscall(__NR_io_uring_register, r->fd, IORING_REGISTER_EVENTFD, &efd, 1) < 0)
        return -errno;
    return 0;
}

static void ring_read(ring *r, int fd, void *buf, unsigned len, off_t off, uint64_t tag)
{
    unsigned tail = *r->sq_tail;
    unsigned idx = tail & *r->sq_mask;
    struct io_uring_sqe *s = &r->sqes[idx];
    memset(s, 0, sizeof(*s));
    s->opcode = IORING_OP_READ;
    s->fd = fd;
    s->addr = (uint64_t)(uintptr_t)buf;
    s->len = len;
    s->off = (uint64_t)off;
    s->user_data = tag;
    r->sq_array[idx] = idx;
    __atomic_store_n(r->sq_tail, tail + 1, __ATOMIC_RELEASE);
}

static double run_uring(int fd, off_t size, size_t chunk, int depth, long *reads)
{
    ring r;
    int efd = eventfd(0, EFD_NONBLOCK);
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN };
    epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev);
    int rc = ring_open(&r, MAXQ, efd);
    if (rc < 0) {
        fprintf(stderr, "io_uring_setup: %s\n", strerror(-rc));
        return -1;
    }
    void *bufs[MAXQ];
    off_t next = 0;
    int inflight = 0, pending = 0;
    long n = 0;
    double t0 = now_ms();
    for (int i = 0; i < depth && next < size; i++, next += chunk) {
        bufs[i] = malloc(chunk);
        ring_read(&r, fd, bufs[i], chunk, next, i);
        inflight++;
        pending++;
    }
    while (inflight > 0) {
        if (pending) {
            syscall(__NR_io_uring_enter, r.fd, pending, 0, 0, NULL, 0);
            pending = 0;
        }
        epoll_wait(ep, &ev, 1, -1);
        uint64_t c;
        if (read(efd, &c, 8) < 0 && errno != EAGAIN)
            abort();
        unsigned head = *r.cq_head;
        unsigned tail = __atomic_load_n(r.cq_tail, __ATOMIC_ACQUIRE);
        for (; head != tail; head++) {
            struct io_uring_cqe *cqe = &r.cqes[head & *r.cq_mask];
            inflight--;
            n++;
            int i = (int)cqe->user_data;
            if (cqe->res > 0 && next < size) {
                ring_read(&r, fd, bufs[i], chunk, next, i);
                next += chunk;
                inflight++;
                pending++;
            }
        }
        __atomic_store_n(r.cq_head, head, __ATOMIC_RELEASE);
    }
    double ms = now_ms() - t0;
    for (int i = 0; i < depth; i++)
        free(bufs[i]);
    close(r.fd);
    close(efd);
    close(ep);
    *reads = n;
    return ms;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [chunk]\n", argv[0]);
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        perror(argv[1]);
        return 1;
    }
    size_t chunks[] = { 4096, 65536, 524288 };
    int depths[] = { 1, 4, 16 };
    long reads;
    run_pool(fd, st.st_size, 524288, 4, 4, &reads); /* warm the page cache */
    printf("%-8s %-6s %-10s %9s %9s %10s\n", "chunk", "depth", "engine", "ms", "MB/s", "us/read");
    for (size_t c = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
        off_t size = chunks[c] == 4096 ? (st.st_size < 40 << 20 ? st.st_size : 40 << 20) : st.st_size;
        for (size_t d = 0; d < sizeof(depths) / sizeof(depths[0]); d++) {
            double best[2] = { 1e18, 1e18 };
            long nr[2] = { 0, 0 };
            for (int rep = 0; rep < 3; rep++) {
                double a = run_pool(fd, size, chunks[c], depths[d], 4, &nr[0]);
                double b = run_uring(fd, size, chunks[c], depths[d], &nr[1]);
                if (a < best[0])
                    best[0] = a;
                if (b >= 0 && b < best[1])
                    best[1] = b;
            }
            const char *names[2] = { "pool", "io_uring" };
            for (int e = 0; e < 2; e++)
                printf("%-8zu %-6d %-10s %9.1f %9.0f %10.2f\n", chunks[c], depths[d], names[e], best[e],
                       size / 1048576.0 / (best[e] / 1000), best[e] * 1000 / nr[e]);
        }
    }
    close(fd);
    return 0;
}
