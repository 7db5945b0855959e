/* Entry points for loading: arguments, options, reading files. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "collection_internal.h"
#include "error_internal.h"
#include "json_reader.h"
#include "stream_check.h"

static summit_status load_resolved(const char *data, size_t len, const summit_load_options *opts,
                                   const summit_allocator *alloc, summit_collection **out,
                                   summit_error *err)
{
    if (len > opts->max_input_bytes) {
        error_set(err, SUMMIT_ERR_LIMIT, "", "input of %zu bytes is larger than max_input_bytes (%zu)",
                  len, opts->max_input_bytes);
        return SUMMIT_ERR_LIMIT;
    }
    summit_collection *c = collection_create(opts, alloc);
    if (!c) {
        error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory");
        return SUMMIT_ERR_NOMEM;
    }
    /* Records take about as much memory as their text: chunks of a
     * sixteenth of it waste little at the end, for small and large inputs. */
    size_t chunk = len / 16;
    c->arena.max_chunk = chunk < ((size_t)64 << 10) ? (size_t)64 << 10 : chunk > ((size_t)4 << 20) ? (size_t)4 << 20 : chunk;
    summit_status st = json_read_collection(data, len, c, &c->opts, err);
    if (st != SUMMIT_OK) {
        summit_collection_free(c); /* never hand back half a collection */
        return st;
    }
    *out = c;
    return SUMMIT_OK;
}

summit_status summit_collection_load_buffer(const char *data, size_t len,
                                            const summit_load_options *opts,
                                            summit_collection **out, summit_error *err)
{
    error_clear(err);
    if (out)
        *out = NULL;
    if (!out || (!data && len > 0)) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_collection_load_buffer needs data and out");
        return SUMMIT_ERR_ARG;
    }
    summit_load_options resolved;
    summit_allocator alloc;
    summit_status st = options_resolve(opts, &resolved, &alloc, err);
    if (st != SUMMIT_OK)
        return st;
    return load_resolved(data ? data : "", len, &resolved, &alloc, out, err);
}

/* strerror() may use a static buffer; these messages are ours and constant. */
static const char *describe_errno(int e)
{
    switch (e) {
    case ENOENT: return "no such file or directory";
    case EACCES: return "permission denied";
    case EISDIR: return "is a directory";
    case ENOTDIR: return "a part of the path is not a directory";
    case ENAMETOOLONG: return "file name too long";
    case ELOOP: return "too many symbolic links";
    case EMFILE:
    case ENFILE: return "too many open files";
    case EIO: return "input/output error";
    default: return "the system refused";
    }
}

/* Reads the file through the allocator in pieces, and loads it. Past
 * max_input_bytes: SUMMIT_ERR_LIMIT. Once the bytes read so far can no
 * longer begin a valid input (stream_check.h), the part read is loaded
 * instead, which finds the problem: a junk stream, an endless nesting or
 * an endless string costs about a piece of memory and time, not
 * max_input_bytes. The check costs about 1 ns a byte (a third of the
 * load), so it watches only the first CHECK_WINDOW bytes: what starts
 * that well is a real file, read whole like any other. */
#define READ_PIECE ((size_t)1 << 20)
#define CHECK_WINDOW ((size_t)16 << 20)

static summit_status load_stream(FILE *f, const char *path, const summit_load_options *opts,
                                 const summit_allocator *alloc, summit_collection **out,
                                 summit_error *err)
{
    stream_check sc;
    stream_check_init(&sc, opts->max_depth, opts->max_string_bytes);
    bool check = true;
    /* Read one byte past the limit at most, to tell "exactly at the limit"
     * from "over it". */
    size_t limit = opts->max_input_bytes < SIZE_MAX ? opts->max_input_bytes + 1 : SIZE_MAX;
    size_t cap = 0, n = 0;
    char *buf = NULL;
    summit_status st;
    for (;;) {
        if (n == cap) {
            size_t grow = cap < 65536 ? 65536 : cap; /* doubling */
            if (grow > limit - cap)
                grow = limit - cap;
            char *p = alloc->realloc_fn(alloc->user, buf, cap + grow);
            if (!p) {
                st = error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory reading %s", path);
                break;
            }
            buf = p;
            cap += grow;
        }
        size_t want = cap - n < READ_PIECE ? cap - n : READ_PIECE;
        errno = 0;
        size_t got = fread(buf + n, 1, want, f);
        if (check && !sc.flagged && n < CHECK_WINDOW)
            stream_check_feed(&sc, buf + n, got);
        n += got;
        if (n > opts->max_input_bytes) {
            st = error_set(err, SUMMIT_ERR_LIMIT, "", "%s is larger than max_input_bytes (%zu)", path,
                           opts->max_input_bytes);
            break;
        }
        if (got < want) { /* end of file, or an error */
            if (ferror(f))
                st = error_set(err, SUMMIT_ERR_IO, "", "cannot read %s: %s", path, describe_errno(errno));
            else
                st = load_resolved(buf ? buf : "", n, opts, alloc, out, err);
            break;
        }
        if (check && sc.flagged && n >= sc.read_to) {
            st = load_resolved(buf, n, opts, alloc, out, err);
            if (st != SUMMIT_OK)
                break;
            /* The part read was valid after all: stream_check.c has a bug.
             * Never hand back part of a file; read on without the check. */
            summit_collection_free(*out);
            *out = NULL;
            error_clear(err);
            check = false;
        }
    }
    alloc->free_fn(alloc->user, buf);
    return st;
}

summit_status summit_collection_load_file(const char *path, const summit_load_options *opts,
                                          summit_collection **out, summit_error *err)
{
    error_clear(err);
    if (out)
        *out = NULL;
    if (!path || !out) {
        error_set(err, SUMMIT_ERR_ARG, "", "summit_collection_load_file needs a path and out");
        return SUMMIT_ERR_ARG;
    }
    summit_load_options resolved;
    summit_allocator alloc;
    summit_status st = options_resolve(opts, &resolved, &alloc, err);
    if (st != SUMMIT_OK)
        return st;
    errno = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return error_set(err, SUMMIT_ERR_IO, "", "cannot open %s: %s", path, describe_errno(errno));
    st = load_stream(f, path, &resolved, &alloc, out, err);
    fclose(f);
    return st;
}
