/* ISO 3166-1 alpha-2 codes, shipped with the library (see country_table.inc). */
#include "country.h"

#include <stdlib.h>
#include <string.h>

typedef struct country {
    char code[3];
    const char *name;
} country;

static const country countries[] = {
#include "country_table.inc"
};

static int compare_code(const void *key, const void *element)
{
    const country *c = element;
    return memcmp(key, c->code, 2);
}

static const country *country_lookup(const char *s, size_t len)
{
    if (len != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
        return NULL;
    return bsearch(s, countries, sizeof countries / sizeof countries[0], sizeof countries[0],
                   compare_code);
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
