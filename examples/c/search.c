/* Search a file of summit records and print the best matches.
 *   search FILE QUERY */
#include <stdio.h>

#include <summit/summit.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: search FILE QUERY\n");
        return 2;
    }
    summit_collection *c;
    summit_error err;
    if (summit_collection_load_file(argv[1], NULL, &c, &err) != SUMMIT_OK) {
        fprintf(stderr, "%s:%u:%u: %s\n", argv[1], err.line, err.column, err.message);
        return 1;
    }
    summit_results *r;
    int status = 0;
    if (summit_search(c, argv[2], 5, &r, &err) != SUMMIT_OK) {
        fprintf(stderr, "query:%u: %s\n", err.column, err.message);
        status = 1;
    } else {
        printf("%zu matches\n", summit_results_total(r));
        for (size_t i = 0; i < summit_results_count(r); i++)
            printf("%6.2f  %s  %s\n", summit_results_score(r, i), summit_results_record(r, i)->id,
                   summit_results_record(r, i)->theme ? summit_results_record(r, i)->theme : "");
        summit_results_free(r); /* the records belong to the collection */
    }
    summit_collection_free(c);
    return status;
}
