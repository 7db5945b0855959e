/* ISO 3166-1 alpha-2 codes, shipped with the library (see country_table.inc). */
#include "country.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "fold.h"
#include "summit/country.h"

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

/* Common names that are not the ISO short name, already folded (see
 * fold.h). For user input only: the JSON data itself must hold codes. */
static const struct alias {
    const char *folded;
    char code[3];
} aliases[] = {
    { "uk", "GB" },          { "great britain", "GB" }, { "britain", "GB" },
    { "korea", "KR" },       { "south korea", "KR" },   { "north korea", "KP" },
    { "usa", "US" },         { "u s a", "US" },         { "united states of america", "US" },
    { "russia", "RU" },      { "iran", "IR" },          { "syria", "SY" },
    { "vietnam", "VN" },     { "laos", "LA" },          { "bolivia", "BO" },
    { "venezuela", "VE" },   { "tanzania", "TZ" },      { "moldova", "MD" },
    { "czech republic", "CZ" }, { "turkey", "TR" },     { "ivory coast", "CI" },
    { "holland", "NL" },     { "macedonia", "MK" },     { "swaziland", "SZ" },
    { "cape verde", "CV" },  { "east timor", "TL" },    { "burma", "MM" },
    { "vatican", "VA" },     { "taiwan", "TW" },        { "palestine", "PS" },
    { "micronesia", "FM" },  { "brunei", "BN" },        { "dr congo", "CD" },
};

bool country_name_at(size_t i, const char **name, const char **code)
{
    size_t n = sizeof countries / sizeof countries[0];
    if (i < n) {
        *name = countries[i].name;
        *code = countries[i].code;
        return true;
    }
    i -= n;
    if (i >= sizeof aliases / sizeof aliases[0])
        return false;
    *name = aliases[i].folded;
    *code = country_lookup(aliases[i].code, 2)->code;
    return true;
}

/* Does `folded` name this country, by its ISO name or by that name turned
 * round at its comma ("Korea, Republic of" is also "Republic of Korea")? */
static bool names_country(const char *folded, const country *c)
{
    char buf[256], turned[256];
    size_t n = fold_words(c->name, strlen(c->name), buf, sizeof buf);
    if (n < FOLD_TOO_SMALL && strcmp(buf, folded) == 0)
        return true;
    const char *comma = strstr(c->name, ", ");
    if (!comma)
        return false;
    int len = snprintf(turned, sizeof turned, "%s %.*s", comma + 2, (int)(comma - c->name), c->name);
    if (len < 0 || (size_t)len >= sizeof turned)
        return false;
    n = fold_words(turned, (size_t)len, buf, sizeof buf);
    return n < FOLD_TOO_SMALL && strcmp(buf, folded) == 0;
}

const char *summit_country_code(const char *name_or_code)
{
    if (!name_or_code)
        return NULL;
    char folded[256];
    if (fold_words(name_or_code, strlen(name_or_code), folded, sizeof folded) >= FOLD_TOO_SMALL)
        return NULL;
    const char *name = folded;
    if (strncmp(name, "the ", 4) == 0)
        name += 4;
    /* A code, in any case ("gb", "GB"). */
    if (strlen(name) == 2) {
        char upper[3] = { (char)(name[0] - 'a' + 'A'), (char)(name[1] - 'a' + 'A'), '\0' };
        const country *c = country_lookup(upper, 2);
        if (c && name[0] >= 'a' && name[0] <= 'z' && name[1] >= 'a' && name[1] <= 'z')
            return c->code;
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(aliases[i].folded, name) == 0)
            return country_lookup(aliases[i].code, 2)->code;
    for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++)
        if (names_country(name, &countries[i]))
            return countries[i].code;
    return NULL;
}
