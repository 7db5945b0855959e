/* A consumer of the *installed* libsummit (tests/package).
 *
 * Built once through find_package(summit) and once through pkg-config, shared
 * and static; every build must print the same four lines. It loads the
 * dataset given as argv[1] and exits non-zero on any failure, so a broken
 * install (wrong include dir, missing symbol, header/library mismatch) fails
 * the test rather than printing something plausible. */
#include <stdio.h>
#include <string.h>

#include <summit/summit.h>

#if SUMMIT_VERSION_NUMBER != \
    ((SUMMIT_VERSION_MAJOR << 16) | (SUMMIT_VERSION_MINOR << 8) | SUMMIT_VERSION_PATCH)
#error "SUMMIT_VERSION_NUMBER does not match SUMMIT_VERSION_MAJOR/MINOR/PATCH"
#endif

static const char *or_none(const char *s)
{
    return s ? s : "(none)";
}

int main(int argc, char **argv)
{
    summit_load_options opts;
    summit_collection *c = NULL;
    summit_error err;
    summit_status st;
    const summit_record *r;
    char *json = NULL;
    size_t json_len = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: %s DATASET.json\n", argv[0]);
        return 2;
    }
    if (summit_version_number() != SUMMIT_VERSION_NUMBER) {
        fprintf(stderr, "version mismatch: headers 0x%06x, library 0x%06x\n",
                (unsigned)SUMMIT_VERSION_NUMBER, (unsigned)summit_version_number());
        return 1;
    }
    if (summit_version() == NULL || strcmp(summit_version(), SUMMIT_VERSION_STRING) != 0) {
        fprintf(stderr, "version mismatch: headers \"%s\", library \"%s\"\n",
                SUMMIT_VERSION_STRING, summit_version() ? summit_version() : "(null)");
        return 1;
    }

    summit_load_options_init(&opts);
    if (opts.version != SUMMIT_LOAD_OPTIONS_VERSION) {
        fprintf(stderr, "summit_load_options_init set version %u, expected %u\n",
                (unsigned)opts.version, (unsigned)SUMMIT_LOAD_OPTIONS_VERSION);
        return 1;
    }

    memset(&err, 0, sizeof err);
    st = summit_collection_load_file(argv[1], &opts, &c, &err);
    if (st != SUMMIT_OK || c == NULL) {
        fprintf(stderr, "%s: %s at line %u, column %u (pointer \"%s\"): %s\n", argv[1],
                summit_status_string(st), (unsigned)err.line, (unsigned)err.column,
                err.pointer, err.message);
        summit_collection_free(c);
        return 1;
    }

    r = summit_collection_find(c, "dn-2021-london");
    if (r == NULL || r->id == NULL || strcmp(r->id, "dn-2021-london") != 0) {
        fprintf(stderr, "%s: no record dn-2021-london\n", argv[1]);
        summit_collection_free(c);
        return 1;
    }

    /* Also link the writer and summit_free(), which a consumer must use to
     * free library-allocated buffers. */
    st = summit_record_to_json(r, SUMMIT_JSON_COMPACT, &json, &json_len, &err);
    if (st != SUMMIT_OK || json == NULL || json_len == 0 || strlen(json) != json_len) {
        fprintf(stderr, "summit_record_to_json: %s: %s\n", summit_status_string(st), err.message);
        summit_free(json);
        summit_collection_free(c);
        return 1;
    }
    summit_free(json);

    printf("libsummit %s\n", summit_version());
    printf("records: %zu\n", summit_collection_count(c));
    printf("dn-2021-london title: %s\n", or_none(r->title));
    printf("dn-2021-london theme: %s\n", or_none(r->theme));
    summit_collection_free(c);
    return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
