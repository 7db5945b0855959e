/* Entry points for loading: arguments, options, reading files. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "collection_internal.h"
#include "error_internal.h"
#include "json_reader.h"

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

/* Reads the whole file (any kind: regular, pipe, device) through the
 * allocator, stopping with SUMMIT_ERR_LIMIT past max_input_bytes. */
static summit_status read_file(const char *path, const summit_load_options *opts,
                               const summit_allocator *alloc, char **data, size_t *len,
                               summit_error *err)
{
    *data = NULL;
    *len = 0;
    errno = 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        error_set(err, SUMMIT_ERR_IO, "", "cannot open %s: %s", path, describe_errno(e));
        return SUMMIT_ERR_IO;
    }
    /* Read one byte past the limit at most, to tell "exactly at the limit"
     * from "over it". */
    size_t limit = opts->max_input_bytes < SIZE_MAX ? opts->max_input_bytes + 1 : SIZE_MAX;
    size_t cap = 0, n = 0;
    char *buf = NULL;
    summit_status st = SUMMIT_OK;
    for (;;) {
        if (n == cap) {
            size_t grow = cap < 65536 ? 65536 : cap; /* doubling */
            if (grow > limit - cap)
                grow = limit - cap;
            char *p = alloc->realloc_fn(alloc->user, buf, cap + grow);
            if (!p) {
                error_set(err, SUMMIT_ERR_NOMEM, "", "out of memory reading %s", path);
                st = SUMMIT_ERR_NOMEM;
                break;
            }
            buf = p;
            cap += grow;
        }
        size_t want = cap - n;
        errno = 0;
        size_t got = fread(buf + n, 1, want, f);
        n += got;
        if (n > opts->max_input_bytes) {
            error_set(err, SUMMIT_ERR_LIMIT, "", "%s is larger than max_input_bytes (%zu)", path,
                      opts->max_input_bytes);
            st = SUMMIT_ERR_LIMIT;
            break;
        }
        if (got < want) { /* end of file, or an error */
            if (ferror(f)) {
                int e = errno;
                error_set(err, SUMMIT_ERR_IO, "", "cannot read %s: %s", path, describe_errno(e));
                st = SUMMIT_ERR_IO;
            }
            break;
        }
    }
    fclose(f);
    if (st != SUMMIT_OK) {
        alloc->free_fn(alloc->user, buf);
        return st;
    }
    *data = buf;
    *len = n;
    return SUMMIT_OK;
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
    char *data;
    size_t len;
    st = read_file(path, &resolved, &alloc, &data, &len, err);
    if (st != SUMMIT_OK)
        return st;
    st = load_resolved(data ? data : "", len, &resolved, &alloc, out, err);
    alloc.free_fn(alloc.user, data);
    return st;
}
