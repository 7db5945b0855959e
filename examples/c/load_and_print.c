/* Load a file of summit records and print one line per record.
 *   load_and_print FILE */
#include <stdio.h>

#include <summit/summit.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: load_and_print FILE\n");
        return 2;
    }
    summit_collection *c;
    summit_error err;
    if (summit_collection_load_file(argv[1], NULL, &c, &err) != SUMMIT_OK) {
        /* The error names where: line, column and JSON Pointer. */
        fprintf(stderr, "%s:%u:%u: %s: %s\n", argv[1], err.line, err.column, err.pointer, err.message);
        return 1;
    }
    for (size_t i = 0; i < summit_collection_count(c); i++) {
        const summit_record *r = summit_collection_get(c, i);
        printf("%d  %-20s %s, %s  (%zu participants)\n", r->start_date.year, r->id,
               r->location.city ? r->location.city : "?", r->location.country ? r->location.country : "?",
               r->participant_count);
    }
    summit_collection_free(c); /* every record pointer above dies with it */
    return 0;
}
