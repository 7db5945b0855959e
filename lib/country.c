/* ISO 3166-1 alpha-2 codes, shipped with the library (see country_table.inc). */
#include "country.h"

#include <string.h>

typedef struct country {
    char code[3];
    const char *name;
} country;

static const country countries[] = {
#include "country_table.inc"
};

/* Binary search on the two letters (the table is sorted by code): this
 * runs for every country in every record loaded. */
static const country *country_lookup(const char *s, size_t len)
{
    if (len != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
        return NULL;
    size_t lo = 0, hi = sizeof countries / sizeof countries[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *code = countries[mid].code;
        int order = code[0] != s[0] ? code[0] - s[0] : code[1] - s[1];
        if (order == 0)
            return &countries[mid];
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

bool country_code_is_valid(const char *s, size_t len)
{
    return country_lookup(s, len) != NULL;
}

const char *country_name(const char *code)
{
    const country *c = code ? country_lookup(code, strlen(code)) : NULL;
    return c ? c->name : NULL;
}
