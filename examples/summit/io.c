/* summit — reading standard input and writing outputs safely. */
#define _XOPEN_SOURCE 700 /* POSIX 2008 with XSI: realpath(), fchmod(), mkstemp() */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"

int cli_read_stream(FILE *f, size_t limit, char **out, size_t *out_len)
{
    size_t cap = 64 * 1024;
    size_t len = 0;
    size_t max = limit < SIZE_MAX ? limit + 1 : limit;
    char *buf = malloc(cap);

    *out = NULL;
    *out_len = 0;
    if (!buf)
        return -1;
    while (len < max) {
        if (len == cap) {
            size_t ncap = cap > max / 2 ? max : cap * 2;
            char *nbuf = realloc(buf, ncap);
            if (!nbuf) {
                free(buf);
                errno = ENOMEM;
                return -1;
            }
            buf = nbuf;
            cap = ncap;
        }
        size_t want = (cap < max ? cap : max) - len;
        size_t n = fread(buf + len, 1, want, f);
        len += n;
        if (n < want) {
            if (ferror(f)) {
                int saved = errno ? errno : EIO;
                free(buf);
                errno = saved;
                return -1;
            }
            break; /* end of input */
        }
    }
    *out = buf;
    *out_len = len;
    return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

static int write_stdout(const char *data, size_t len)
{
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
        fprintf(stderr, "summit: error writing to standard output: %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

/* The mode a new file gets from open(): 0666 less the umask. umask() can
 * only be read by setting it, so it is set back at once (the tool has one
 * thread). */
static mode_t default_file_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return (mode_t)(0666 & ~mask);
}

/* Makes the rename itself durable; a failure only weakens that guarantee
 * (some file systems refuse fsync on directories), so it is not an error. */
static void sync_directory(const char *dir)
{
    int fd = open(dir, O_RDONLY);
    if (fd < 0)
        return;
    (void)fsync(fd);
    close(fd);
}

/* Devices, FIFOs and the like (/dev/null, /dev/stdout, a named pipe) are
 * written in place: they cannot be replaced by a rename, and must not be. */
static int write_in_place(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_TRUNC);
    if (fd < 0) {
        fprintf(stderr, "summit: %s: cannot open: %s\n", path, strerror(errno));
        return -1;
    }
    if (write_all(fd, data, len) != 0) {
        fprintf(stderr, "summit: %s: cannot write: %s\n", path, strerror(errno));
        close(fd);
        return -1;
    }
    if (close(fd) != 0) {
        fprintf(stderr, "summit: %s: cannot write: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Writes a temporary file beside `path`, flushes and fsyncs it, then
 * renames it over `path`. `shown` is the name used in messages. */
static int replace_atomically(const char *path, const char *shown, const char *data, size_t len)
{
    /* The temporary file must be in the same directory: rename() is
     * atomic only within one file system. */
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t dir_len = slash ? (size_t)(slash - path) : 0;
    size_t tmp_size = strlen(path) + sizeof "/..XXXXXX";
    char *dir = malloc(dir_len + 2);
    char *tmp = malloc(tmp_size);
    int fd = -1;
    int ok = 0;
    const char *failed = NULL;

    if (!dir || !tmp) {
        fprintf(stderr, "summit: %s: out of memory\n", shown);
        goto done;
    }
    if (!slash)
        snprintf(dir, dir_len + 2, ".");
    else if (dir_len == 0)
        snprintf(dir, dir_len + 2, "/");
    else
        snprintf(dir, dir_len + 2, "%.*s", (int)dir_len, path);
    if (*base == '\0') {
        fprintf(stderr, "summit: %s: %s\n", shown, strerror(EISDIR));
        goto done;
    }
    snprintf(tmp, tmp_size, "%s%s.%s.XXXXXX", slash ? dir : "", slash && dir_len > 0 ? "/" : "", base);

    fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "summit: %s: cannot create a temporary file in %s: %s\n", shown, dir,
                strerror(errno));
        goto done;
    }

    /* mkstemp() creates the file 0600; give it the mode the old file had,
     * or the one a new file would get. */
    struct stat sb;
    mode_t mode = default_file_mode();
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
        mode = sb.st_mode & 07777;
    if (fchmod(fd, mode) != 0)
        failed = "cannot set the mode of the temporary file";
    else if (write_all(fd, data, len) != 0)
        failed = "cannot write";
    else if (fsync(fd) != 0)
        failed = "cannot flush to disk";
    if (failed) {
        fprintf(stderr, "summit: %s: %s: %s\n", shown, failed, strerror(errno));
        close(fd);
        unlink(tmp);
        goto done;
    }
    if (close(fd) != 0) {
        fprintf(stderr, "summit: %s: cannot write: %s\n", shown, strerror(errno));
        unlink(tmp);
        goto done;
    }
    if (rename(tmp, path) != 0) {
        fprintf(stderr, "summit: %s: cannot replace: %s\n", shown, strerror(errno));
        unlink(tmp);
        goto done;
    }
    sync_directory(dir);
    ok = 1;

done:
    free(dir);
    free(tmp);
    return ok ? 0 : -1;
}

int cli_write_output(const char *path, const char *data, size_t len)
{
    struct stat sb, lsb;

    if (path == NULL || strcmp(path, "-") == 0)
        return write_stdout(data, len);

    if (stat(path, &sb) != 0) {
        if (errno == ENOENT && lstat(path, &lsb) == 0) {
            fprintf(stderr, "summit: %s: the symbolic link points to nothing\n", path);
            return -1;
        }
        return replace_atomically(path, path, data, len); /* a new file */
    }
    if (S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "summit: %s: %s\n", path, strerror(EISDIR));
        return -1;
    }
    if (!S_ISREG(sb.st_mode))
        return write_in_place(path, data, len);

    /* A symbolic link stays a link: replace the file it points to. */
    if (lstat(path, &lsb) == 0 && S_ISLNK(lsb.st_mode)) {
        char *target = realpath(path, NULL);
        if (!target) {
            fprintf(stderr, "summit: %s: cannot resolve the symbolic link: %s\n", path,
                    strerror(errno));
            return -1;
        }
        int rc = replace_atomically(target, path, data, len);
        free(target);
        return rc;
    }
    return replace_atomically(path, path, data, len);
}
