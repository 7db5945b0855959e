/* Private: the search query language, parsed into a tree (see
 * include/summit/search.h for the language itself). */
#ifndef SUMMIT_QUERY_H
#define SUMMIT_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "summit/collection.h"
#include "summit/error.h"

/* Full-text fields, as bits of a mask. */
enum {
    FIELD_SERIES = 1u << 0,
    FIELD_GROUP = 1u << 1,
    FIELD_TITLE = 1u << 2,
    FIELD_THEME = 1u << 3,
    FIELD_CITY = 1u << 4,
    FIELD_CHAIR = 1u << 5,        /* chair name and title */
    FIELD_PARTICIPANTS = 1u << 6, /* participant names */
    FIELD_TOPICS = 1u << 7,
    FIELD_COMMITMENTS = 1u << 8,
    FIELD_DOCUMENTS = 1u << 9,    /* document titles */
    FIELD_MEDIA = 1u << 10,       /* media captions */
    FIELD_SUMMARY = 1u << 11,
    FIELD_ALL = (1u << 12) - 1
};

typedef enum qkind {
    Q_ALL,     /* matches every record */
    Q_AND,     /* kids */
    Q_OR,      /* kids */
    Q_NOT,     /* kids[0] */
    Q_WORDS,   /* words (one word, or a phrase) inside `fields` */
    Q_PREFIX,  /* words[0]: any word starting with it */
    Q_COUNTRY, /* code: a participant */
    Q_HOST,    /* code: the location's country */
    Q_YEAR,    /* year_from..year_to of start_date */
    Q_MODE,    /* mode */
    Q_ID       /* id */
} qkind;

typedef struct qnode {
    qkind kind;
    struct qnode **kids;
    size_t kid_count;
    const char **words; /* folded */
    size_t word_count;
    unsigned fields;
    const char *text;   /* Q_COUNTRY/Q_HOST code, Q_ID id */
    int32_t year_from, year_to, mode;
} qnode;

/* Parses query into nodes allocated in a; *out is the root. On a bad query
 * SUMMIT_ERR_QUERY, past limits' max_query_bytes or max_query_depth
 * SUMMIT_ERR_LIMIT, with err's column (1-based, characters) and message. */
summit_status query_parse(const char *query, const summit_load_options *limits, arena *a,
                          qnode **out, summit_error *err);

#endif
