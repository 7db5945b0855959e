/* Private: one record as the extractor assembles it (extract_fields.c finds
 * the values, extract.c turns the draft into a summit_record). Lists have
 * fixed capacities so that hostile text cannot grow them without bound;
 * what does not fit is left out. */
#ifndef SUMMIT_EXTRACT_DRAFT_H
#define SUMMIT_EXTRACT_DRAFT_H

#include "extract_internal.h"

#define EX_MAX_PARTICIPANTS 64
#define EX_MAX_TOPICS 16
#define EX_MAX_COMMITMENTS 24
#define EX_MAX_DOCUMENTS 8
#define EX_MAX_MEDIA 24 /* (a gallery page shows a dozen photos or more) */

/* A value and the tokens (sentence or line) it came from. */
typedef struct ex_found {
    const char *s; /* NUL-terminated, owned by the extraction's string pool */
    ex_span ev;
} ex_found;

typedef struct ex_participant {
    const char *code;
    const char *name; /* as written, or NULL (demonyms) */
    int32_t role;
    ex_span ev;
} ex_participant;

typedef struct ex_document {
    int32_t kind;
    bool generic; /* no name in the text: "2021 Joint Statement" */
    ex_found title;
} ex_document;

typedef struct ex_media {
    int32_t kind;
    ex_found file;
    const char *caption;
} ex_media;

typedef struct ex_draft {
    ex_span section; /* the tokens this record comes from */
    bool list;       /* one summit of a list page */
    size_t heading;  /* on a list page, the first token of the summit's heading */
    ex_found series, group, title, theme, city;
    bool page_series; /* the series is the page's, not one this record names */
    int32_t edition;
    ex_span edition_ev;
    summit_date start, end;
    ex_span date_ev;
    int32_t mode;
    ex_span mode_ev;
    const char *country; /* location */
    ex_span country_ev;
    const char *chair;   /* chair (or host) country */
    const char *chair_name; /* the country as written */
    ex_span chair_ev;
    ex_found chair_person, chair_office; /* "Chris Philp", "Minister for Tech and ..." */
    ex_participant participants[EX_MAX_PARTICIPANTS];
    size_t nparticipants;
    ex_found topics[EX_MAX_TOPICS];
    size_t ntopics;
    ex_found commitments[EX_MAX_COMMITMENTS];
    size_t ncommitments;
    ex_document documents[EX_MAX_DOCUMENTS];
    size_t ndocuments;
    ex_media media[EX_MAX_MEDIA];
    size_t nmedia;
} ex_draft;

/* Strings made during one extraction, freed together at its end. */
typedef struct ex_pool {
    ex_mem *mem;
    char **s;
    size_t n, cap;
} ex_pool;

typedef struct ex_ctx {
    const ex_text *t;
    const ex_countries *countries;
    ex_pool *pool;
    summit_date reference; /* year 0 = none */
    int32_t context_year;  /* the page's year, 0 = none */
    const uint8_t *sflags; /* per sentence: EX_S_* */
    summit_date dateline;  /* the page's own date ("Date : 2020.11.10"), year 0 = none */
    bool dateline_revised; /* it is the date of an update ("Last updated:"), not of the news */
    bool summit_page;      /* the page speaks of a summit (summit, cumbre, cimeira) */
    /* place_name's answers so far, so that a page of many records reads
     * the whole text once per name, not once per record */
    struct {
        char name[48];
        bool place;
    } places[16];
    size_t nplaces;
    /* a "Members and year joined" box: each member with its year, found
     * once per page by ex_find_joined() */
    struct {
        const char *code;
        int32_t year;
    } joined[EX_MAX_PARTICIPANTS];
    size_t njoined;
    ex_span joined_ev;
    /* the page's own series and group, to tell another meeting's dates
     * ("The Web Summit ran from 5 to 8 November") from its meeting's */
    const char *page_series, *page_group;
} ex_ctx;

/* What a sentence is about, worked out once per sentence so that no
 * finder rescans a long sentence for every token in it. */
#define EX_S_CONTEXT 1u /* the meeting itself: summit, met, hosted, ... */
#define EX_S_PLACE 2u   /* where: held, hosted, took place, virtually, ... */
#define EX_S_DOCVERB 4u /* signed, adopted, published, ... */
#define EX_S_OTHER 8u   /* about another meeting: last year's, previous, next, will be held */
#define EX_S_FOREIGN 16u /* dates only other meetings than the record's (set per record) */
#define EX_S_FUTURE 32u  /* speaks of the future: will, would, upcoming, ... */
bool ex_sentence_flags(ex_ctx *c);
bool ex_flag(const ex_ctx *c, size_t i, uint8_t flag);

/* A copy of bytes [off, end) of the text with runs of white space made one
 * space and the ends trimmed; NULL when empty or out of memory. */
const char *ex_str(ex_ctx *c, size_t off, size_t end);
const char *ex_str_span(ex_ctx *c, ex_span s);
/* A copy of a C string (for derived values). */
const char *ex_str_dup(ex_ctx *c, const char *s);

/* Each finder looks only at d->section and fills its fields of d. */
void ex_find_series_group(ex_ctx *c, ex_draft *d);
/* Does sentence s name a meeting by another name than the page's series? */
bool ex_names_other_meeting(ex_ctx *c, ex_span s);
/* The last new name the span gives the group ("the group became the D7",
 * "becoming Digital Nations"): a history's next meetings go by it. */
bool ex_find_renaming(ex_ctx *c, ex_span s, ex_found *out);
void ex_find_edition(ex_ctx *c, ex_draft *d);
void ex_find_mode(ex_ctx *c, ex_draft *d);
void ex_find_theme(ex_ctx *c, ex_draft *d);
/* A list by year under a heading with one of the words ("### Chairs" /
 * "- 2021: United Kingdom — ..."): the heading's line, or SIZE_MAX; the
 * body of the first item for `year` under it, or an empty span. */
size_t ex_list_heading(ex_ctx *c, const char *const *words);
ex_span ex_listed_item(ex_ctx *c, size_t heading, int32_t year);
/* The dash that ends an item's label ("- 2021: United Kingdom — ..."), or
 * item.end. */
size_t ex_item_dash(const ex_text *t, ex_span item);
/* What such lists give a table's row: the theme of "### Themes" (and its
 * item in *ev, or NULL), the chair's name and office of "### Chairs", the
 * members' codes of "### Participants", the documents of "### Documents". */
const char *ex_listed_theme(ex_ctx *c, size_t heading, int32_t year, ex_span *ev);
void ex_listed_chair(ex_ctx *c, size_t heading, ex_draft *d);
void ex_listed_members(ex_ctx *c, size_t heading, ex_draft *d);
void ex_listed_documents(ex_ctx *c, size_t heading, ex_draft *d);
/* What a table's cells give its row: every country the cell names, with
 * the role; the documents of a Documents cell; the chair's name and
 * office of a "Chair person" cell ("Kristen Michal, Minister of ..."). */
void ex_cell_countries(ex_ctx *c, ex_draft *d, ex_span cell, int32_t role, ex_span ev);
void ex_cell_documents(ex_ctx *c, ex_draft *d, ex_span cell);
void ex_cell_chair(ex_ctx *c, ex_span cell, ex_draft *d, ex_span ev);
void ex_find_chair(ex_ctx *c, ex_draft *d);
/* "the outgoing chair", "will chair", "the new presidency": a word of the
 * list among the three before token i (from floor on) that puts the chair
 * at another time ("New" of "New Zealand" is a name's part). */
bool ex_not_now_before(const ex_text *t, size_t i, size_t floor, const char *const *not_now);
/* The chair's name and office (extract_person.c); after ex_find_chair. */
void ex_find_chair_person(ex_ctx *c, ex_draft *d);
void ex_find_location(ex_ctx *c, ex_draft *d);
/* Once the place is known: a host named without a country of their own,
 * or "Montevideo hosted the ministers", gives the meeting's country as
 * chair. */
void ex_chair_from_place(ex_ctx *c, ex_draft *d);
/* Is what token i ("hosted", "hosts") hosts the meeting ("hosted the 2014
 * summit", "hosted ministers"), not a dinner, a reception, a visit? */
bool ex_hosts_meeting(const ex_text *t, size_t i);
/* Does it host another thing: "hosted a dinner for the ministers"? */
bool ex_hosts_other(const ex_text *t, size_t i);
void ex_find_participants(ex_ctx *c, ex_draft *d);
/* What a block of labelled fields gives ("Edition: 7", "Start:" over
 * "End:", "City:" near "Country:", "Participants: [CA, DK, ...]") that
 * the text did not. */
void ex_find_fields(ex_ctx *c, ex_draft *d);
/* A data file's "end:" field under its "start:" (called by ex_find_fields, and
 * before the sentences are judged). */
void ex_find_end_field(ex_ctx *c, ex_draft *d);
/* The page's box of members and the years they joined, if it has one
 * ("Members and year joined / United Kingdom 2014 · Canada 2018 · ..."). */
void ex_find_joined(ex_ctx *c);
void ex_find_topics(ex_ctx *c, ex_draft *d);
void ex_find_commitments(ex_ctx *c, ex_draft *d);
void ex_find_documents(ex_ctx *c, ex_draft *d);
void ex_find_media(ex_ctx *c, ex_draft *d);
/* In a telegram in capitals, the names found (theme, chair, documents,
 * participants) in title case: "LEADING DIGITAL INNOVATION" -> "Leading Digital Innovation". */
void ex_telegram_case(ex_ctx *c, ex_draft *d);
/* Does the text say that the chair (country) hosts the meeting ("Each
 * year the chair country hosts the summit")? */
bool ex_chair_hosts(ex_ctx *c, ex_span s);
void ex_find_title(ex_ctx *c, ex_draft *d, bool list_section);
/* Is the date at token i the group's origin, not a meeting's ("the D5 had
 * been formed in September 2014"; not "launched at its first summit on 9
 * December 2014")? */
bool ex_origin_date(const ex_text *t, size_t i);


#endif
