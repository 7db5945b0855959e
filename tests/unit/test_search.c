/* Searching a collection (include/summit/search.h): exact hit sets and
 * order for every feature of the query language on a hand-made
 * collection, BM25 scores against a hand computation, query errors with
 * their columns, the index's life cycle, and agreement with a simple
 * reference implementation (search_reference.c) on a generated collection
 * for hundreds of random queries. */
#include "test_util.h"

#include <math.h>

#include <summit/search.h>

#include "search_reference.h"

/* ---- the hand-made collection ----------------------------------------------
 * Input order is not chronological on purpose. Chronological order:
 *   tie-c 2013, tie-a 2013-05, tie-b 2013-05, tie-d 2013-05-01,
 *   d5-london 2014-12-09, d5-tallinn 2015-11, d7-busan 2016-11-16,
 *   zeta-2017 2017-03-02, d9-jerusalem 2018-02, brasil-2019 2019-06,
 *   dn-2020 2020-11-11, hyb-2021 2021-10-05 */
static const char HAND[] =
    "["
    "{\"id\":\"d5-london\",\"series\":\"Digital Nations\",\"group\":\"D5\","
    "\"title\":\"The London charter summit\",\"start_date\":\"2014-12-09\",\"mode\":\"in-person\","
    "\"location\":{\"city\":\"London\",\"country\":\"GB\"},"
    "\"chair\":{\"name\":\"Francis Maude\",\"title\":\"Minister for the Cabinet Office\",\"country\":\"GB\"},"
    "\"participants\":[{\"country\":\"GB\",\"name\":\"United Kingdom\",\"role\":\"chair\"},"
    "{\"country\":\"KR\",\"name\":\"Republic of Korea\"},{\"country\":\"EE\",\"name\":\"Estonia\"},"
    "{\"country\":\"IL\",\"name\":\"Israel\"},{\"country\":\"NZ\",\"name\":\"New Zealand\",\"role\":\"observer\"}],"
    "\"topics\":[\"open markets\",\"teaching children to code\"],"
    "\"commitments\":[\"Sign the charter\"],"
    "\"documents\":[{\"kind\":\"charter\",\"title\":\"D5 Charter\",\"date\":\"2014-12\","
    "\"url\":\"https://example.org/ferrymanurl\"}],"
    "\"sources\":[{\"url\":\"https://example.org/src1\",\"title\":\"Lighthouse archive\",\"retrieved\":\"2024-01-02\"}],"
    "\"extra\":{\"note\":\"walrus\"}},"

    "{\"id\":\"tie-b\",\"series\":\"Twin Forum\",\"start_date\":\"2013-05\"},"

    "{\"id\":\"hyb-2021\",\"series\":\"Digital Nations\",\"group\":\"DN\",\"title\":\"Montevideo summit\","
    "\"start_date\":\"2021-10-05\",\"mode\":\"hybrid\",\"location\":{\"city\":\"Montevideo\",\"country\":\"UY\"},"
    "\"participants\":[{\"country\":\"UY\",\"name\":\"Uruguay\",\"role\":\"chair\"},"
    "{\"country\":\"KR\",\"name\":\"Korea\"},{\"country\":\"EE\"}],"
    "\"topics\":[\"digital identity\",\"AI\"],"
    "\"summary\":[\"Uruguay hosted a hybrid meeting on AI and digital identity.\"]},"

    "{\"id\":\"d5-tallinn\",\"series\":\"Digital Nations\",\"group\":\"D5\",\"edition\":3,"
    "\"title\":\"Tallinn summit\",\"start_date\":\"2015-11\",\"mode\":\"in-person\","
    "\"location\":{\"city\":\"Tallinn\",\"country\":\"EE\"},"
    "\"participants\":[{\"country\":\"EE\",\"name\":\"Estonia\",\"role\":\"chair\"},"
    "{\"country\":\"GB\",\"name\":\"United Kingdom\"},{\"country\":\"KR\",\"name\":\"South Korea\"},"
    "{\"country\":\"IL\"},{\"country\":\"NZ\"}],"
    "\"topics\":[\"digital identity\",\"cyber security\"],"
    "\"summary\":[\"Estonia presented digital identity cards and cybersecurity work.\"]},"

    "{\"id\":\"brasil-2019\",\"series\":\"Ibero Summit\",\"title\":\"S\xC3\xA3o Paulo meeting\","
    "\"start_date\":\"2019-06\",\"mode\":\"in-person\","
    "\"location\":{\"city\":\"Bras\xC3\xADlia\",\"country\":\"BR\"},"
    "\"participants\":[{\"country\":\"BR\",\"name\":\"Brasil\"},{\"country\":\"PT\",\"name\":\"Portugal\"}],"
    "\"topics\":[\"\xEF\xAC\x81nancial inclusion\"],"
    "\"media\":[{\"kind\":\"photo\",\"file\":\"portrait-quokka.jpg\",\"caption\":\"Delegates at the palace\"}],"
    "\"summary\":[\"Held at the Stra\xC3\x9F\x65 caf\xC3\xA9.\"]},"

    "{\"id\":\"tie-a\",\"series\":\"Twin Forum\",\"start_date\":\"2013-05\"},"

    "{\"id\":\"d7-busan\",\"series\":\"Digital Nations\",\"group\":\"D7\","
    "\"theme\":\"Values-driven digital government\",\"start_date\":\"2016-11-16\",\"mode\":\"in-person\","
    "\"location\":{\"city\":\"Busan\",\"country\":\"KR\"},"
    "\"participants\":[{\"country\":\"KR\"},{\"country\":\"GB\"},{\"country\":\"EE\"},"
    "{\"country\":\"CA\",\"name\":\"Canada\"},{\"country\":\"UY\",\"name\":\"Uruguay\"}],"
    "\"topics\":[\"open digital\",\"identity cards\"],"
    "\"summary\":[\"Canada and Uruguay joined.\"]},"

    "{\"id\":\"dn-2020\",\"series\":\"Digital Nations\",\"group\":\"DN\",\"title\":\"Online ministerial\","
    "\"start_date\":\"2020-11-11\",\"mode\":\"virtual\","
    "\"participants\":[{\"country\":\"GB\"},{\"country\":\"CA\"},{\"country\":\"KR\"}],"
    "\"topics\":[\"pandemic response\"],"
    "\"summary\":[\"Services driven by values.\"]},"

    "{\"id\":\"tie-d\",\"series\":\"Twin Forum\",\"start_date\":\"2013-05-01\"},"

    "{\"id\":\"zeta-2017\",\"series\":\"Nordic Talks\",\"title\":\"Nordic evening\","
    "\"start_date\":\"2017-03-02\",\"mode\":\"virtual\","
    "\"chair\":{\"name\":\"Ingrid Quill\",\"title\":\"Prime Minister\"},"
    "\"participants\":[{\"country\":\"DK\",\"name\":\"Denmark\"},{\"country\":\"NO\",\"name\":\"Norway\"}],"
    "\"commitments\":[\"Build fjordnet\"],"
    "\"documents\":[{\"kind\":\"report\",\"title\":\"Harbour report\"}],"
    "\"media\":[{\"kind\":\"photo\",\"file\":\"quokka.jpg\",\"url\":\"https://example.org/heronurl\","
    "\"caption\":\"Puffin colony\"}],"
    "\"summary\":[\"Ministers met online.\"],"
    "\"sources\":[{\"url\":\"https://example.org/src2\",\"title\":\"Lighthouse archive\"}]},"

    "{\"id\":\"d9-jerusalem\",\"series\":\"Digital Nations\",\"group\":\"D9\",\"title\":\"Jerusalem charters\","
    "\"theme\":\"values driven services\",\"start_date\":\"2018-02\",\"mode\":\"hybrid\","
    "\"location\":{\"city\":\"Jerusalem\",\"country\":\"IL\"},"
    "\"participants\":[{\"country\":\"IL\"},{\"country\":\"MX\",\"name\":\"Mexico\"},"
    "{\"country\":\"PT\",\"name\":\"Portugal\"},{\"country\":\"DK\",\"name\":\"Denmark\"}],"
    "\"topics\":[\"cybersecurity\"],"
    "\"commitments\":[\"Agree a charter on data\"]},"

    "{\"id\":\"tie-c\",\"series\":\"Twin Forum\",\"start_date\":\"2013\"}"
    "]";

#define ALL_CHRONO                                                                                 \
    "tie-c tie-a tie-b tie-d d5-london d5-tallinn d7-busan zeta-2017 d9-jerusalem brasil-2019 "     \
    "dn-2020 hyb-2021"

static summit_collection *hand(void)
{
    return expect_loaded(HAND);
}

/* The record ids of results, space-separated, in rank order. */
static void ids_of(const summit_results *res, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (size_t i = 0; i < summit_results_count(res); i++) {
        size_t n = strlen(buf);
        snprintf(buf + n, cap - n, "%s%s", i ? " " : "", summit_results_record(res, i)->id);
    }
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "b a c" -> "a b c" */
static void sort_words(const char *in, char *out, size_t cap)
{
    char copy[2048];
    const char *parts[64];
    size_t n = 0;
    snprintf(copy, sizeof copy, "%s", in);
    for (char *tok = strtok(copy, " "); tok && n < 64; tok = strtok(NULL, " "))
        parts[n++] = tok;
    qsort(parts, n, sizeof parts[0], cmp_cstr);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, cap - l, "%s%s", i ? " " : "", parts[i]);
    }
}

/* The rank order search.h promises: scores never rise, and equal scores
 * come in chronological order (start_date, then id). */
static void check_rank_order(const summit_results *res, const char *query)
{
    for (size_t i = 0; i + 1 < summit_results_count(res); i++) {
        const summit_record *a = summit_results_record(res, i), *b = summit_results_record(res, i + 1);
        double sa = summit_results_score(res, i), sb = summit_results_score(res, i + 1);
        if (sa < sb || (sa == sb && ref_chrono_cmp(a, b) >= 0))
            fail_msg("query %s: result %zu (%s, %.17g) before %s (%.17g) is out of order", query, i,
                     a->id, sa, b->id, sb);
        assert_true(isfinite(sa) && sa >= 0.0);
    }
}

/* Runs a query that must succeed. */
static summit_results *run(const summit_collection *c, const char *query, size_t limit)
{
    summit_results *res = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_search(c, query, limit, &res, &err);
    if (st != SUMMIT_OK)
        fail_msg("query %s: status %d at column %u: %s", query, st, err.column, err.message);
    assert_non_null(res);
    assert_true(summit_results_count(res) <= summit_results_total(res));
    if (limit)
        assert_true(summit_results_count(res) <= limit);
    check_rank_order(res, query);
    return res;
}

enum { AS_SET = 0, IN_ORDER = 1 };

/* The query's hits are exactly `want` (space-separated ids): in this order
 * when `ordered`, else as a set. */
static void expect_hits(const summit_collection *c, const char *query, const char *want, int ordered)
{
    summit_results *res = run(c, query, 0);
    char got[2048], a[2048], b[2048];
    ids_of(res, got, sizeof got);
    assert_int_equal(summit_results_count(res), summit_results_total(res));
    if (ordered) {
        snprintf(a, sizeof a, "%s", want);
        snprintf(b, sizeof b, "%s", got);
    } else {
        sort_words(want, a, sizeof a);
        sort_words(got, b, sizeof b);
    }
    if (strcmp(a, b) != 0)
        fail_msg("query %s\n  want: %s\n  got:  %s", query, want, got);
    summit_results_free(res);
}

#define NONE ""

/* ---- words and operators ------------------------------------------------------- */

static void words_and_operators(void **state)
{
    (void)state;
    summit_collection *c = hand();
    const char *digital = "d5-london d5-tallinn d7-busan d9-jerusalem dn-2020 hyb-2021";
    expect_hits(c, "digital", digital, AS_SET);
    expect_hits(c, "Digital", digital, AS_SET);
    expect_hits(c, "DIGITAL", digital, AS_SET);
    expect_hits(c, "  digital\t", digital, AS_SET);

    /* words are AND-ed; AND means the same */
    const char *both = "d5-tallinn d7-busan hyb-2021";
    expect_hits(c, "digital identity", both, AS_SET);
    expect_hits(c, "identity digital", both, AS_SET);
    expect_hits(c, "digital AND identity", both, AS_SET);
    expect_hits(c, "digital  AND   identity", both, AS_SET);
    expect_hits(c, "identity", both, AS_SET);
    expect_hits(c, "digital identity canada", "d7-busan", AS_SET);

    /* lower-case and/or are words: "and" is in three summaries, "or" nowhere */
    expect_hits(c, "and", "d5-tallinn d7-busan hyb-2021", AS_SET);
    expect_hits(c, "digital or identity", NONE, AS_SET);
    expect_hits(c, "not", NONE, AS_SET);

    /* OR */
    expect_hits(c, "cybersecurity OR pandemic", "d5-tallinn d9-jerusalem dn-2020", AS_SET);
    expect_hits(c, "quill OR busan OR pandemic", "zeta-2017 d7-busan dn-2020", AS_SET);

    /* precedence: a b OR c == (a b) OR c; OR binds loosest on both sides */
    expect_hits(c, "estonia identity OR canada", "d5-tallinn d7-busan", AS_SET);
    expect_hits(c, "(estonia identity) OR canada", "d5-tallinn d7-busan", AS_SET);
    expect_hits(c, "canada OR estonia identity", "d5-tallinn d7-busan", AS_SET);
    expect_hits(c, "estonia (identity OR canada)", "d5-tallinn", AS_SET);
    expect_hits(c, "( estonia ( identity OR canada ) )", "d5-tallinn", AS_SET);
    expect_hits(c, "estonia AND identity OR canada", "d5-tallinn d7-busan", AS_SET);

    /* NOT and -: excluded words are not scored, so the order is chronological */
    const char *not_digital = "tie-c tie-a tie-b tie-d zeta-2017 brasil-2019";
    expect_hits(c, "-digital", not_digital, IN_ORDER);
    expect_hits(c, "NOT digital", not_digital, IN_ORDER);
    expect_hits(c, "digital -identity", "d5-london d9-jerusalem dn-2020", AS_SET);
    expect_hits(c, "digital NOT identity", "d5-london d9-jerusalem dn-2020", AS_SET);
    expect_hits(c, "-identity digital", "d5-london d9-jerusalem dn-2020", AS_SET);
    /* NOT binds tighter than OR and AND */
    expect_hits(c, "NOT estonia OR identity",
                "tie-c tie-a tie-b tie-d d5-tallinn d7-busan zeta-2017 d9-jerusalem brasil-2019 "
                "dn-2020 hyb-2021",
                AS_SET);
    const char *neither = "tie-c tie-a tie-b tie-d zeta-2017 d9-jerusalem brasil-2019 dn-2020";
    expect_hits(c, "NOT (estonia OR identity)", neither, IN_ORDER);
    expect_hits(c, "-estonia -identity", neither, IN_ORDER);
    expect_hits(c, "NOT estonia NOT identity", neither, IN_ORDER);
    expect_hits(c, "NOT (identity OR cybersecurity) digital", "d5-london dn-2020", AS_SET);
    expect_hits(c, "digital -\"digital identity\"", "d5-london d7-busan d9-jerusalem dn-2020", AS_SET);
    summit_collection_free(c);
}

/* ---- phrases, prefixes, words that fold into several words ---------------------- */

static void phrases_and_prefixes(void **state)
{
    (void)state;
    summit_collection *c = hand();
    /* d7-busan has "open digital" and "identity cards" as two topics: the
     * phrase must not run from one into the other */
    expect_hits(c, "\"digital identity\"", "d5-tallinn hyb-2021", AS_SET);
    expect_hits(c, "\"Digital  IDENTITY\"", "d5-tallinn hyb-2021", AS_SET);
    expect_hits(c, "\"identity cards\"", "d5-tallinn d7-busan", AS_SET);
    expect_hits(c, "\"open digital\"", "d7-busan", AS_SET);
    expect_hits(c, "\"digital identity\" -hybrid", "d5-tallinn", AS_SET);
    expect_hits(c, "\"london charter summit\"", "d5-london", AS_SET);
    expect_hits(c, "\"the london charter summit\"", "d5-london", AS_SET);
    expect_hits(c, "\"charter summit london\"", NONE, AS_SET);
    expect_hits(c, "\"Republic of Korea\"", "d5-london", AS_SET);
    expect_hits(c, "\"republic, of - korea\"", "d5-london", AS_SET);
    /* across two values of a list, or two fields: no */
    expect_hits(c, "\"kingdom republic\"", NONE, AS_SET);  /* two participant names */
    expect_hits(c, "\"markets teaching\"", NONE, AS_SET);  /* two topics */
    expect_hits(c, "\"nations d5\"", NONE, AS_SET);        /* series, then group */
    expect_hits(c, "\"summit london\"", NONE, AS_SET);     /* title, then city */
    expect_hits(c, "\"identity cybersecurity\"", NONE, AS_SET);

    /* prefixes */
    expect_hits(c, "cyber*", "d5-tallinn d9-jerusalem", AS_SET);
    expect_hits(c, "charter*", "d5-london d9-jerusalem", AS_SET);
    expect_hits(c, "CHARTER*", "d5-london d9-jerusalem", AS_SET);
    expect_hits(c, "charters", "d9-jerusalem", AS_SET);
    expect_hits(c, "charter", "d5-london d9-jerusalem", AS_SET);
    expect_hits(c, "minister*", "d5-london dn-2020 zeta-2017", AS_SET);
    expect_hits(c, "ministeri*", "dn-2020", AS_SET);
    expect_hits(c, "minister", "d5-london zeta-2017", AS_SET); /* chair titles */
    expect_hits(c, "montevideo*", "hyb-2021", AS_SET);
    expect_hits(c, "bras*", "brasil-2019", AS_SET);
    expect_hits(c, "zz*", NONE, AS_SET);
    expect_hits(c, "cyber* -security", "d9-jerusalem", AS_SET); /* d5-tallinn has "cyber security" */
    expect_hits(c, "digital -cyber*", "d5-london d7-busan dn-2020 hyb-2021", AS_SET);

    /* a bare word that folds into several words is a phrase */
    const char *vd = "d7-busan d9-jerusalem";
    expect_hits(c, "values-driven", vd, AS_SET);
    expect_hits(c, "Values-Driven", vd, AS_SET);
    expect_hits(c, "\"values driven\"", vd, AS_SET);
    expect_hits(c, "values\xE2\x80\x93" "driven", vd, AS_SET); /* en dash */
    expect_hits(c, "values/driven", vd, AS_SET);
    expect_hits(c, "values driven", "d7-busan d9-jerusalem dn-2020", AS_SET); /* words: any order */
    expect_hits(c, "driven-values", NONE, AS_SET);
    expect_hits(c, "-values-driven",
                "tie-c tie-a tie-b tie-d d5-london d5-tallinn zeta-2017 brasil-2019 dn-2020 hyb-2021",
                IN_ORDER);
    expect_hits(c, "in-person", NONE, AS_SET); /* the mode is not text */
    summit_collection_free(c);
}

/* ---- filters --------------------------------------------------------------------- */

static void filters(void **state)
{
    (void)state;
    summit_collection *c = hand();
    /* country: a participant, by code, name or alias */
    const char *kr = "d5-london d5-tallinn d7-busan dn-2020 hyb-2021";
    expect_hits(c, "country:KR", kr, IN_ORDER);
    expect_hits(c, "country:kr", kr, IN_ORDER);
    expect_hits(c, "country:\"Republic of Korea\"", kr, IN_ORDER);
    expect_hits(c, "country:\"South Korea\"", kr, IN_ORDER);
    expect_hits(c, "country:Korea", kr, IN_ORDER);
    expect_hits(c, "country:\"Korea, Republic of\"", kr, IN_ORDER);
    const char *gb = "d5-london d5-tallinn d7-busan dn-2020";
    expect_hits(c, "country:GB", gb, IN_ORDER);
    expect_hits(c, "country:UK", gb, IN_ORDER);
    expect_hits(c, "country:\"United Kingdom\"", gb, IN_ORDER);
    expect_hits(c, "country:gb", gb, IN_ORDER);
    expect_hits(c, "country:EE", "d5-london d5-tallinn d7-busan hyb-2021", IN_ORDER);
    expect_hits(c, "country:Estonia", "d5-london d5-tallinn d7-busan hyb-2021", IN_ORDER);
    expect_hits(c, "country:DK", "zeta-2017 d9-jerusalem", IN_ORDER);
    expect_hits(c, "country:FR", NONE, IN_ORDER);
    expect_hits(c, "country:KR country:EE", "d5-london d5-tallinn d7-busan hyb-2021", IN_ORDER);
    expect_hits(c, "country:UY OR host:UY", "d7-busan hyb-2021", IN_ORDER);
    expect_hits(c, "country:KR -country:GB", "hyb-2021", IN_ORDER);

    /* host: the location's country */
    expect_hits(c, "host:EE", "d5-tallinn", IN_ORDER);
    expect_hits(c, "host:ee", "d5-tallinn", IN_ORDER);
    expect_hits(c, "host:Estonia", "d5-tallinn", IN_ORDER);
    expect_hits(c, "host:KR", "d7-busan", IN_ORDER);
    expect_hits(c, "host:\"South Korea\"", "d7-busan", IN_ORDER);
    expect_hits(c, "host:Brazil", "brasil-2019", IN_ORDER);
    expect_hits(c, "host:NO", NONE, IN_ORDER); /* Norway takes part in zeta-2017, hosts nothing */
    expect_hits(c, "country:IL -host:IL", "d5-london d5-tallinn", IN_ORDER);

    /* year of start_date, inclusive */
    expect_hits(c, "year:2013", "tie-c tie-a tie-b tie-d", IN_ORDER);
    expect_hits(c, "year:2015..2017", "d5-tallinn d7-busan zeta-2017", IN_ORDER);
    expect_hits(c, "year:2016..2016", "d7-busan", IN_ORDER);
    expect_hits(c, "year:2019..", "brasil-2019 dn-2020 hyb-2021", IN_ORDER);
    expect_hits(c, "year:..2014", "tie-c tie-a tie-b tie-d d5-london", IN_ORDER);
    expect_hits(c, "year:1999", NONE, IN_ORDER);
    expect_hits(c, "year:2022..", NONE, IN_ORDER);
    expect_hits(c, "year:2014..2015 OR year:2021", "d5-london d5-tallinn hyb-2021", IN_ORDER);

    /* mode */
    expect_hits(c, "mode:virtual", "zeta-2017 dn-2020", IN_ORDER);
    expect_hits(c, "mode:hybrid", "d9-jerusalem hyb-2021", IN_ORDER);
    expect_hits(c, "mode:in-person", "d5-london d5-tallinn d7-busan brasil-2019", IN_ORDER);
    expect_hits(c, "-mode:in-person -mode:virtual -mode:hybrid", "tie-c tie-a tie-b tie-d", IN_ORDER);

    /* id */
    expect_hits(c, "id:d7-busan", "d7-busan", IN_ORDER);
    expect_hits(c, "id:nope", NONE, IN_ORDER);
    expect_hits(c, "id:d7-busan OR id:tie-a", "tie-a d7-busan", IN_ORDER);

    /* text filters: a word or phrase inside that field */
    const char *ties = "tie-c tie-a tie-b tie-d";
    expect_hits(c, "series:twin", ties, IN_ORDER);
    expect_hits(c, "series:\"twin forum\"", ties, IN_ORDER);
    expect_hits(c, "series:summit", "brasil-2019", IN_ORDER);
    expect_hits(c, "series:forum twin", ties, IN_ORDER); /* equal scores */
    expect_hits(c, "group:d7", "d7-busan", IN_ORDER);
    expect_hits(c, "group:D5", "d5-london d5-tallinn", IN_ORDER);
    expect_hits(c, "group:dn", "dn-2020 hyb-2021", IN_ORDER);
    expect_hits(c, "title:summit", "d5-london d5-tallinn hyb-2021", IN_ORDER);
    expect_hits(c, "title:\"london charter\"", "d5-london", IN_ORDER);
    expect_hits(c, "title:charter", "d5-london", IN_ORDER);
    expect_hits(c, "title:busan", NONE, IN_ORDER); /* the city only */
    expect_hits(c, "title:\"summit london\"", NONE, IN_ORDER);
    expect_hits(c, "theme:values", "d7-busan d9-jerusalem", IN_ORDER);
    expect_hits(c, "theme:\"values driven\"", "d7-busan d9-jerusalem", IN_ORDER);
    expect_hits(c, "theme:values-driven", "d7-busan d9-jerusalem", IN_ORDER);
    expect_hits(c, "theme:services", "d9-jerusalem", IN_ORDER);
    expect_hits(c, "theme:\"digital government\"", "d7-busan", IN_ORDER);
    expect_hits(c, "topic:identity", "d5-tallinn d7-busan hyb-2021", IN_ORDER);
    expect_hits(c, "topic:\"digital identity\"", "d5-tallinn hyb-2021", IN_ORDER);
    expect_hits(c, "topic:\"open digital\"", "d7-busan", IN_ORDER);
    expect_hits(c, "topic:\"markets teaching\"", NONE, IN_ORDER); /* two topics */
    expect_hits(c, "topic:estonia", NONE, IN_ORDER);
    expect_hits(c, "topic:\"digital identity\" country:UY", "hyb-2021", IN_ORDER);
    expect_hits(c, "topic:AI", "hyb-2021", IN_ORDER);

    /* the question */
    expect_hits(c, "digital identity country:EE year:2015..2020", "d5-tallinn d7-busan", AS_SET);
    expect_hits(c, "country:Estonia year:2015..2020 \"digital identity\"", "d5-tallinn", AS_SET);
    summit_collection_free(c);
}

/* ---- Unicode folding -------------------------------------------------------------- */

static void unicode_folding(void **state)
{
    (void)state;
    summit_collection *c = hand();
    const char *queries[] = {
        "brasilia", "BRAS\xC3\x8DLIA", "Bras\xC3\xADlia", "bras\xC3\xADlia",
        "Brasi\xCC\x81lia",                    /* i + combining acute */
        "S\xC3\x83O", "sao", "S\xC3\xA3o", "\"sao paulo\"", "sa\xCC\x83o",
        "financial", "\xEF\xAC\x81nancial",  /* the fi ligature, in the record and in the query */
        "FINANCIAL", "\xEF\xAC\x81nancial inclusion",
        "\xEF\xBC\xB0\xEF\xBC\xA1\xEF\xBC\xAC\xEF\xBC\xA1\xEF\xBC\xA3\xEF\xBC\xA5", /* fullwidth PALACE */
        "strasse", "Stra\xC3\x9F\x65", "STRASSE", "cafe", "caf\xC3\xA9", "CAF\xC3\x89",
        "\xEF\xAC\x81n*", "topic:financial", "title:SAO",
    };
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++)
        expect_hits(c, queries[i], "brasil-2019", IN_ORDER);
    summit_collection_free(c);
}

/* Compatibility forms that fold into many characters: U+FDFA is one
 * character that folds into 18 (four Arabic words), U+FDFB into 8. Text
 * around them must still be found, and such a query is valid UTF-8. */
static void large_compatibility_expansions(void **state)
{
    (void)state;
    char fdfb20[3 * 20 + 1] = "";
    for (int i = 0; i < 20; i++)
        strcat(fdfb20, "\xEF\xB7\xBB");
    char text[512];
    snprintf(text, sizeof text,
             "[{\"id\":\"exp-a\",\"series\":\"\xEF\xB7\xBA digital\",\"start_date\":\"2020\"},"
             "{\"id\":\"exp-b\",\"series\":\"S\",\"title\":\"%s digital\",\"start_date\":\"2021\"},"
             "{\"id\":\"exp-c\",\"series\":\"Digital\",\"start_date\":\"2022\"}]",
             fdfb20);
    summit_collection *c = expect_loaded(text);
    ref_corpus *rc = ref_corpus_new(c);
    ref_hits h;
    assert_int_equal(ref_search(rc, "digital", 0, &h, NULL), 0);
    assert_int_equal(h.total, 3); /* the reference agrees */
    ref_hits_free(&h);
    ref_corpus_free(rc);
    expect_hits(c, "digital", "exp-a exp-b exp-c", AS_SET);
    expect_hits(c, "title:digital", "exp-b", IN_ORDER);
    expect_hits(c, "\xEF\xB7\xBA", "exp-a", AS_SET);
    expect_hits(c, fdfb20, "exp-b", AS_SET);
    summit_collection_free(c);
}

/* ---- what full text covers, and what it does not --------------------------------- */

static void searched_and_unsearched_fields(void **state)
{
    (void)state;
    summit_collection *c = hand();
    /* each word below is only in a field that is not searched */
    const char *unsearched[] = {
        "walrus",      /* extra */
        "note",        /* extra's member name */
        "ferrymanurl", /* document URL */
        "heronurl",    /* media URL */
        "example", "https", "org", "src1",
        "quokka", "portrait", "jpg", /* media file names */
        "lighthouse", "archive",     /* source titles */
        "zeta", "tie", "busan-2016", /* ids (busan itself is a city) */
        "uy", "gb", "dk", "kr",      /* country codes */
        "2014", "2017", "12", "09",  /* dates */
        "observer", "chair",         /* roles */
        "photo",                     /* media kind */
        "virtual", "person",         /* modes */
        "3",                         /* edition */
    };
    for (size_t i = 0; i < sizeof unsearched / sizeof unsearched[0]; i++)
        expect_hits(c, unsearched[i], NONE, AS_SET);
    expect_hits(c, "hybrid", "hyb-2021", AS_SET); /* its summary; not d9-jerusalem's mode */

    /* one word per searched field */
    expect_hits(c, "nordic", "zeta-2017", AS_SET);              /* series */
    expect_hits(c, "d9", "d9-jerusalem", AS_SET);               /* group */
    expect_hits(c, "evening", "zeta-2017", AS_SET);             /* title */
    expect_hits(c, "government", "d7-busan", AS_SET);           /* theme */
    expect_hits(c, "busan", "d7-busan", AS_SET);                /* location city */
    expect_hits(c, "quill", "zeta-2017", AS_SET);               /* chair name */
    expect_hits(c, "prime", "zeta-2017", AS_SET);               /* chair title */
    expect_hits(c, "cabinet", "d5-london", AS_SET);             /* chair title */
    expect_hits(c, "norway", "zeta-2017", AS_SET);              /* participant name */
    expect_hits(c, "zealand", "d5-london", AS_SET);             /* observer's name */
    expect_hits(c, "pandemic", "dn-2020", AS_SET);              /* topic */
    expect_hits(c, "fjordnet", "zeta-2017", AS_SET);            /* commitment */
    expect_hits(c, "harbour", "zeta-2017", AS_SET);             /* document title */
    expect_hits(c, "puffin", "zeta-2017", AS_SET);              /* media caption */
    expect_hits(c, "online", "zeta-2017 dn-2020", AS_SET);      /* summary; title */
    expect_hits(c, "portugal", "d9-jerusalem brasil-2019", AS_SET);
    summit_collection_free(c);
}

/* ---- the empty query, limit and total ---------------------------------------------- */

static void empty_query_limit_and_total(void **state)
{
    (void)state;
    summit_collection *c = hand();
    expect_hits(c, "", ALL_CHRONO, IN_ORDER);
    expect_hits(c, "   ", ALL_CHRONO, IN_ORDER);

    summit_results *res = run(c, "", 3);
    char got[2048];
    ids_of(res, got, sizeof got);
    assert_string_equal(got, "tie-c tie-a tie-b");
    assert_int_equal(summit_results_count(res), 3);
    assert_int_equal(summit_results_total(res), 12);
    for (size_t i = 0; i < 3; i++)
        assert_true(summit_results_score(res, i) == 0.0);
    assert_null(summit_results_record(res, 3));
    assert_true(summit_results_score(res, 3) == 0.0);
    summit_results_free(res);

    /* a limit keeps the best ones, in the same order */
    summit_results *all = run(c, "digital OR twin", 0), *some = run(c, "digital OR twin", 4);
    assert_int_equal(summit_results_total(all), 10);
    assert_int_equal(summit_results_count(all), 10);
    assert_int_equal(summit_results_total(some), 10);
    assert_int_equal(summit_results_count(some), 4);
    for (size_t i = 0; i < 4; i++) {
        assert_ptr_equal(summit_results_record(some, i), summit_results_record(all, i));
        assert_true(summit_results_score(some, i) == summit_results_score(all, i));
    }
    summit_results_free(all);
    summit_results_free(some);

    res = run(c, "digital", 100);
    assert_int_equal(summit_results_count(res), 6);
    assert_int_equal(summit_results_total(res), 6);
    summit_results_free(res);
    res = run(c, "walrus", 5);
    assert_int_equal(summit_results_count(res), 0);
    assert_int_equal(summit_results_total(res), 0);
    assert_null(summit_results_record(res, 0));
    summit_results_free(res);
    res = run(c, "year:2013", 1);
    ids_of(res, got, sizeof got);
    assert_string_equal(got, "tie-c");
    assert_int_equal(summit_results_total(res), 4);
    summit_results_free(res);

    /* the records are the collection's own */
    res = run(c, "id:d7-busan", 0);
    assert_ptr_equal(summit_results_record(res, 0), summit_collection_find(c, "d7-busan"));
    summit_results_free(res);
    summit_collection_free(c);
}

/* ---- scores -------------------------------------------------------------------------- */

/* A collection small enough to count by hand. Full-text words:
 *   b1 (2020): series "alpha beta", title "beta beta gamma"        -> 5 words
 *   b2 (2021): series "alpha", document title "delta", summary
 *              "gamma delta betting" (URL and extra say beta: not text) -> 5 words
 *   b3 (2019): series "omega", topic "beta", caption "e mail"
 *              (file name says beta: not text)                       -> 4 words
 * N = 3, avgdl = 14 / 3; df: alpha 2, beta 2, gamma 2, delta 1, betting 1,
 * omega 1, e 1, mail 1. */
static const char BM25_TEXT[] =
    "[{\"id\":\"b1\",\"series\":\"Alpha beta\",\"title\":\"beta beta gamma\",\"start_date\":\"2020\"},"
    "{\"id\":\"b2\",\"series\":\"Alpha\",\"summary\":[\"gamma delta betting\"],\"start_date\":\"2021\","
    "\"documents\":[{\"kind\":\"report\",\"title\":\"Delta\",\"url\":\"https://example.org/beta/beta\"}],"
    "\"sources\":[{\"url\":\"https://example.org/beta\",\"title\":\"beta beta\"}],"
    "\"extra\":{\"beta\":\"beta beta\"}},"
    "{\"id\":\"b3\",\"series\":\"Omega\",\"topics\":[\"beta\"],\"start_date\":\"2019\","
    "\"location\":{\"country\":\"GB\"},\"participants\":[{\"country\":\"KR\"}],"
    "\"media\":[{\"kind\":\"photo\",\"file\":\"beta-beta.jpg\",\"caption\":\"e-mail\"}]}]";

/* BM25 with k1 1.2, b 0.75 in this collection */
static double bm25(double tf, double dl, double df)
{
    const double N = 3.0, avgdl = 14.0 / 3.0;
    double idf = log(1.0 + (N - df + 0.5) / (df + 0.5));
    return idf * tf * (1.2 + 1.0) / (tf + 1.2 * (1.0 - 0.75 + 0.75 * dl / avgdl));
}

static void expect_scores(const summit_collection *c, const char *query, const char *ids,
                          const double *scores)
{
    summit_results *res = run(c, query, 0);
    char got[256];
    ids_of(res, got, sizeof got);
    if (strcmp(got, ids) != 0)
        fail_msg("query %s\n  want: %s\n  got:  %s", query, ids, got);
    for (size_t i = 0; i < summit_results_count(res); i++) {
        double s = summit_results_score(res, i);
        if (fabs(s - scores[i]) > 1e-12 * fmax(1.0, fabs(scores[i])))
            fail_msg("query %s: %s scores %.17g, want %.17g", query, summit_results_record(res, i)->id,
                     s, scores[i]);
    }
    summit_results_free(res);
}

static void bm25_scores(void **state)
{
    (void)state;
    summit_collection *c = expect_loaded(BM25_TEXT);
    /* one worked out in full: beta in b1, tf 3, dl 5:
     * ln(1 + 1.5/2.5) * 3 * 2.2 / (3 + 1.2 * (0.25 + 0.75 * 5 / (14/3))) */
    assert_true(fabs(bm25(3, 5, 2) - 0.7274428030537013) < 1e-15);
    double beta[] = { bm25(3, 5, 2), bm25(1, 4, 2) };
    expect_scores(c, "beta", "b1 b3", beta);
    expect_scores(c, "Beta BETA beta", "b1 b3", beta); /* distinct words count once */
    expect_scores(c, "beta -omega", "b1", beta);       /* excluded words are not scored */
    /* a prefix counts every word it matches in the record */
    double bet[] = { bm25(1, 5, 1), bm25(3, 5, 2), bm25(1, 4, 2) };
    expect_scores(c, "bet*", "b2 b1 b3", bet);
    double bg[] = { bm25(3, 5, 2) + bm25(1, 5, 2) };
    expect_scores(c, "beta gamma", "b1", bg);
    expect_scores(c, "\"beta gamma\"", "b1", bg); /* the words of a phrase are words of the query */
    /* b1 and b2 tie on gamma (tf 1, dl 5): chronological between them */
    double go[] = { bm25(1, 4, 1), bm25(1, 5, 2), bm25(1, 5, 2) };
    expect_scores(c, "gamma OR omega", "b3 b1 b2", go);
    double delta[] = { bm25(2, 5, 1) };
    expect_scores(c, "delta", "b2", delta);
    double mail[] = { bm25(1, 4, 1) };
    expect_scores(c, "mail", "b3", mail);
    double email[] = { bm25(1, 4, 1) + bm25(1, 4, 1) };
    expect_scores(c, "e-mail", "b3", email);
    /* filters are not scored */
    double zero[] = { 0.0, 0.0, 0.0 };
    expect_scores(c, "title:beta", "b1", zero);
    expect_scores(c, "-beta", "b2", zero);
    expect_scores(c, "", "b3 b1 b2", zero);
    expect_scores(c, "country:KR OR host:GB", "b3", zero);
    double alpha[] = { bm25(1, 5, 2) };
    expect_scores(c, "alpha title:beta", "b1", alpha);
    summit_collection_free(c);
}

static void equal_scores_in_chronological_order(void **state)
{
    (void)state;
    summit_collection *c = hand();
    summit_results *res = run(c, "twin", 0);
    char got[256];
    ids_of(res, got, sizeof got);
    assert_string_equal(got, "tie-c tie-a tie-b tie-d");
    assert_true(summit_results_score(res, 0) > 0.0);
    for (size_t i = 1; i < 4; i++)
        assert_true(summit_results_score(res, i) == summit_results_score(res, 0));
    summit_results_free(res);
    summit_collection_free(c);
}

/* ---- query errors ------------------------------------------------------------------------ */

/* Checks one bad query; returns 1 (after printing) when it is not refused
 * with SUMMIT_ERR_QUERY at 1:column and no results. */
static int query_error_differs(const summit_collection *c, const char *query, uint32_t column)
{
    summit_results *res = (summit_results *)&res; /* not NULL */
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_search(c, query, 0, &res, &err);
    if (st == SUMMIT_ERR_QUERY && err.code == SUMMIT_ERR_QUERY && err.line == 1 && err.column == column &&
        res == NULL && err.message[0] != '\0')
        return 0;
    print_error("query %s: want SUMMIT_ERR_QUERY at 1:%u, got status %d at %u:%u (%s)%s\n", query, column,
                st, err.line, err.column, err.message, res ? ", results not NULL" : "");
    if (st == SUMMIT_OK)
        summit_results_free(res);
    return 1;
}

static void query_errors(void **state)
{
    (void)state;
    summit_collection *c = hand();
    struct {
        const char *q;
        uint32_t column;
    } cases[] = {
        { "foo:x", 1 },
        { "digital foo:x", 9 },
        { "Bras\xC3\xADlia foo:x", 10 }, /* columns count characters */
        { "(digital OR foo:x)", 13 },
        { "country:Narnia", 9 },
        { "digital country:Narnia", 17 },
        { "country:\"South Narnia\"", 9 },
        { "host:Atlantis", 6 },
        { "year:20x1", 6 },
        { "year:", 6 },
        { "year:..", 6 },
        { "mode:boat", 6 },
        { "mode:", 6 },
        { "(digital", 1 },
        { "digital (identity OR (canada)", 9 },
        { "digital)", 8 },
        { "digital OR", 9 },
        { "digital NOT", 9 },
        { "digital AND", 9 },
        { "OR digital", 1 },
        { "()", 1 },
        { "digital ( )", 9 },
        { "\"digital identity", 1 },
        { "s\xC3\xA3o \"digital", 5 },
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        bad += query_error_differs(c, cases[i].q, cases[i].column);
    assert_int_equal(bad, 0);
    summit_collection_free(c);
}

/* A reversed year range is not specified: an error at its value, or no hits. */
static void reversed_year_range(void **state)
{
    (void)state;
    summit_collection *c = hand();
    summit_results *res = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status st = summit_search(c, "year:2020..2010", 0, &res, &err);
    if (st == SUMMIT_OK) {
        assert_int_equal(summit_results_total(res), 0);
        summit_results_free(res);
    } else {
        assert_int_equal(st, SUMMIT_ERR_QUERY);
        assert_int_equal(err.column, 6);
        assert_null(res);
    }
    summit_collection_free(c);
}

/* ---- the index's life cycle, arguments ------------------------------------------------------- */

static void same_results(const summit_results *a, const summit_results *b)
{
    assert_int_equal(summit_results_total(a), summit_results_total(b));
    assert_int_equal(summit_results_count(a), summit_results_count(b));
    for (size_t i = 0; i < summit_results_count(a); i++) {
        assert_string_equal(summit_results_record(a, i)->id, summit_results_record(b, i)->id);
        assert_true(summit_results_score(a, i) == summit_results_score(b, i));
    }
}

static void index_is_idempotent(void **state)
{
    (void)state;
    summit_collection *lazy = hand(), *eager = hand();
    summit_error err;
    const char *q = "digital OR twin OR bras*";
    summit_results *a = run(lazy, q, 0); /* builds the index */
    assert_int_equal(summit_collection_index(lazy, &err), SUMMIT_OK);
    assert_int_equal(summit_collection_index(lazy, &err), SUMMIT_OK);
    summit_results *b = run(lazy, q, 0);
    assert_int_equal(summit_collection_index(eager, &err), SUMMIT_OK);
    assert_int_equal(summit_collection_index(eager, NULL), SUMMIT_OK);
    summit_results *e = run(eager, q, 0);
    same_results(a, b);
    same_results(a, e);
    summit_results_free(a);
    summit_results_free(b);
    summit_results_free(e);
    summit_collection_free(lazy);
    summit_collection_free(eager);
}

static summit_record simple(const char *id, const char *series, int32_t year)
{
    summit_record r;
    memset(&r, 0, sizeof r);
    r.id = id;
    r.series = series;
    r.start_date.year = year;
    return r;
}

static void search_after_add(void **state)
{
    (void)state;
    summit_collection *c = summit_collection_new(NULL);
    summit_error err;
    expect_hits(c, "", NONE, IN_ORDER);
    expect_hits(c, "alpha", NONE, IN_ORDER);
    assert_int_equal(summit_collection_index(c, &err), SUMMIT_OK);

    summit_record r = simple("one", "Alpha", 2020);
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    expect_hits(c, "alpha", "one", IN_ORDER);
    summit_results *kept = run(c, "alpha", 0);
    /* N 1, n 1, dl 1, avgdl 1 */
    assert_true(fabs(summit_results_score(kept, 0) - log(1.0 + 0.5 / 1.5)) < 1e-12);

    assert_int_equal(summit_collection_index(c, &err), SUMMIT_OK);
    r = simple("two", "Alpha beta", 2019);
    assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
    expect_hits(c, "beta", "two", IN_ORDER);
    expect_hits(c, "", "two one", IN_ORDER);
    summit_results *res = run(c, "alpha", 0);
    assert_int_equal(summit_results_total(res), 2);
    /* N 2, n 2, avgdl 1.5: "one" (dl 1) before "two" (dl 2) */
    double idf = log(1.0 + 0.5 / 2.5);
    assert_string_equal(summit_results_record(res, 0)->id, "one");
    assert_true(fabs(summit_results_score(res, 0) - idf * 2.2 / (1 + 1.2 * (0.25 + 0.75 / 1.5))) < 1e-12);
    assert_true(fabs(summit_results_score(res, 1) - idf * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / 1.5))) <
                1e-12);
    summit_results_free(res);

    /* results from before the add are still readable */
    assert_int_equal(summit_results_count(kept), 1);
    assert_string_equal(summit_results_record(kept, 0)->id, "one");
    summit_results_free(kept);

    for (int i = 0; i < 50; i++) { /* many adds between searches */
        char id[16];
        snprintf(id, sizeof id, "x%d", i);
        r = simple(id, i % 2 ? "Gamma" : "Delta", 2000 + i % 20);
        assert_int_equal(summit_collection_add(c, &r, &err), SUMMIT_OK);
        summit_results *g = run(c, "gamma OR delta", 0);
        assert_int_equal(summit_results_total(g), (size_t)i + 1);
        summit_results_free(g);
    }
    summit_collection_free(c);
}

static void null_arguments(void **state)
{
    (void)state;
    summit_collection *c = hand();
    summit_results *res = (summit_results *)&res;
    summit_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(summit_search(NULL, "digital", 0, &res, &err), SUMMIT_ERR_ARG);
    assert_int_equal(err.code, SUMMIT_ERR_ARG);
    assert_null(res);
    res = (summit_results *)&res;
    memset(&err, 0, sizeof err);
    assert_int_equal(summit_search(c, NULL, 0, &res, &err), SUMMIT_ERR_ARG);
    assert_int_equal(err.code, SUMMIT_ERR_ARG);
    assert_null(res);
    assert_int_equal(summit_search(c, "digital", 0, NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(summit_search(NULL, NULL, 0, NULL, NULL), SUMMIT_ERR_ARG);
    memset(&err, 0, sizeof err);
    assert_int_equal(summit_collection_index(NULL, &err), SUMMIT_ERR_ARG);
    assert_int_equal(err.code, SUMMIT_ERR_ARG);
    assert_int_equal(summit_collection_index(NULL, NULL), SUMMIT_ERR_ARG);

    /* err may be NULL */
    assert_int_equal(summit_search(c, "digital", 0, &res, NULL), SUMMIT_OK);
    assert_int_equal(summit_results_total(res), 6);
    summit_results_free(res);
    res = (summit_results *)&res;
    assert_int_equal(summit_search(c, "foo:x", 0, &res, NULL), SUMMIT_ERR_QUERY);
    assert_null(res);

    /* not UTF-8: refused, whichever the code */
    res = (summit_results *)&res;
    summit_status st = summit_search(c, "digit\xFF", 0, &res, &err);
    assert_true(st == SUMMIT_ERR_QUERY || st == SUMMIT_ERR_ARG);
    assert_null(res);

    /* results accessors */
    assert_int_equal(summit_results_count(NULL), 0);
    assert_int_equal(summit_results_total(NULL), 0);
    assert_null(summit_results_record(NULL, 0));
    assert_true(summit_results_score(NULL, 0) == 0.0);
    summit_results_free(NULL);
    summit_collection_free(c);
}

/* ---- the reference implementation ---------------------------------------------------------
 * First it must agree with the hand-made expectations above (so that it
 * checks something), then the library must agree with it. */

static void reference_on_hand_collection(void **state)
{
    (void)state;
    summit_collection *c = hand();
    ref_corpus *rc = ref_corpus_new(c);
    struct {
        const char *q, *want; /* want in order */
    } cases[] = {
        { "", ALL_CHRONO },
        { "-digital", "tie-c tie-a tie-b tie-d zeta-2017 brasil-2019" },
        { "twin", "tie-c tie-a tie-b tie-d" },
        { "country:\"South Korea\"", "d5-london d5-tallinn d7-busan dn-2020 hyb-2021" },
        { "topic:\"digital identity\"", "d5-tallinn hyb-2021" },
        { "values-driven -theme:services", "d7-busan" },
        { "brasilia OR S\xC3\x83O OR \xEF\xAC\x81nancial", "brasil-2019" },
        { "walrus OR quokka OR lighthouse OR zeta OR uy", "" },
        { "year:2015..2017 OR mode:hybrid", "d5-tallinn d7-busan zeta-2017 d9-jerusalem hyb-2021" },
        { "\"kingdom republic\"", "" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ref_hits h;
        assert_int_equal(ref_search(rc, cases[i].q, 0, &h, NULL), 0);
        char got[1024] = "";
        for (size_t k = 0; k < h.count; k++) {
            size_t n = strlen(got);
            snprintf(got + n, sizeof got - n, "%s%s", k ? " " : "", h.records[k]->id);
        }
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("reference, query %s\n  want: %s\n  got:  %s", cases[i].q, cases[i].want, got);
        ref_hits_free(&h);
    }
    uint32_t col = 0;
    ref_hits h;
    assert_int_equal(ref_search(rc, "digital foo:x", 0, &h, &col), -1);
    assert_int_equal(col, 9);
    ref_corpus_free(rc);
    summit_collection_free(c);

    c = expect_loaded(BM25_TEXT);
    rc = ref_corpus_new(c);
    assert_int_equal(ref_search(rc, "bet*", 0, &h, NULL), 0);
    assert_int_equal(h.count, 3);
    assert_string_equal(h.records[0]->id, "b2");
    assert_true(fabs(h.scores[0] - bm25(1, 5, 1)) < 1e-12);
    assert_true(fabs(h.scores[1] - bm25(3, 5, 2)) < 1e-12);
    ref_hits_free(&h);
    ref_corpus_free(rc);
    summit_collection_free(c);
}

static int close_enough(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

typedef struct stats {
    size_t queries, skipped, with_hits, partial, failures;
} stats;

/* Compares summit_search with the reference for one query; prints and
 * counts a mismatch. */
static void compare_one(const summit_collection *c, const ref_corpus *rc, const char *q, size_t limit,
                        stats *st)
{
    ref_hits h;
    uint32_t col = 0;
    if (ref_search(rc, q, 0, &h, &col) != 0) {
        print_error("generator made a bad query (reference column %u): %s\n", col, q);
        st->failures++;
        return;
    }
    size_t n = summit_collection_count(c);
    if (h.ambiguous) {
        /* scores unspecified: the hits must still be the same set */
        st->skipped++;
        summit_results *res = NULL;
        summit_error err;
        int same = summit_search(c, q, 0, &res, &err) == SUMMIT_OK && summit_results_total(res) == h.total &&
                   summit_results_count(res) == h.total;
        for (size_t i = 0; same && i < h.count; i++) {
            size_t k = 0;
            while (k < h.count && h.records[k] != summit_results_record(res, i))
                k++;
            same = k < h.count;
        }
        if (!same) {
            print_error("MISMATCH query [%s]: library %zu hits, reference %zu (as sets)\n", q,
                        summit_results_total(res), h.total);
            st->failures++;
        }
        summit_results_free(res);
        ref_hits_free(&h);
        return;
    }
    st->queries++;
    if (h.total > 0)
        st->with_hits++;
    if (h.total > 0 && h.total < n)
        st->partial++;

    summit_results *res = NULL;
    summit_error err;
    memset(&err, 0, sizeof err);
    summit_status s = summit_search(c, q, 0, &res, &err);
    if (s != SUMMIT_OK) {
        print_error("MISMATCH query [%s]: library status %d at column %u (%s); reference %zu hits\n", q, s,
                    err.column, err.message, h.total);
        st->failures++;
        ref_hits_free(&h);
        return;
    }
    int bad = 0;
    char why[512] = "";
    if (summit_results_total(res) != h.total || summit_results_count(res) != h.total) {
        snprintf(why, sizeof why, "total %zu (count %zu), reference %zu", summit_results_total(res),
                 summit_results_count(res), h.total);
        bad = 1;
    }
    /* every library hit is a reference hit with the same score, once */
    unsigned char *seen = calloc(n ? n : 1, 1);
    for (size_t i = 0; !bad && i < summit_results_count(res); i++) {
        const summit_record *rec = summit_results_record(res, i);
        size_t k = 0;
        while (k < h.count && h.records[k] != rec)
            k++;
        if (k == h.count) {
            snprintf(why, sizeof why, "%s is a hit of the library only", rec->id);
            bad = 1;
        } else if (seen[k]++) {
            snprintf(why, sizeof why, "%s comes twice", rec->id);
            bad = 1;
        } else if (!close_enough(summit_results_score(res, i), h.scores[k])) {
            snprintf(why, sizeof why, "%s scores %.17g, reference %.17g", rec->id,
                     summit_results_score(res, i), h.scores[k]);
            bad = 1;
        }
    }
    free(seen);
    /* the same order wherever the scores differ; equal scores chronological */
    for (size_t i = 0; !bad && i < h.count; i++) {
        const summit_record *rec = summit_results_record(res, i);
        if (rec != h.records[i]) {
            double lib_s = summit_results_score(res, i);
            if (!close_enough(lib_s, h.scores[i])) {
                snprintf(why, sizeof why, "rank %zu is %s (%.17g), reference %s (%.17g)", i, rec->id,
                         lib_s, h.records[i]->id, h.scores[i]);
                bad = 1;
            }
        }
        if (!bad && i + 1 < h.count) {
            double a = summit_results_score(res, i), b = summit_results_score(res, i + 1);
            if (a < b || (a == b && ref_chrono_cmp(rec, summit_results_record(res, i + 1)) >= 0)) {
                snprintf(why, sizeof why, "rank %zu: %s (%.17g) before %s (%.17g)", i, rec->id, a,
                         summit_results_record(res, i + 1)->id, b);
                bad = 1;
            }
        }
    }
    /* with a limit: the first `limit` of the same list */
    if (!bad && limit) {
        summit_results *part = NULL;
        if (summit_search(c, q, limit, &part, &err) != SUMMIT_OK) {
            snprintf(why, sizeof why, "fails with limit %zu", limit);
            bad = 1;
        } else {
            size_t want = limit < h.total ? limit : h.total;
            if (summit_results_count(part) != want || summit_results_total(part) != h.total) {
                snprintf(why, sizeof why, "limit %zu: count %zu total %zu, want %zu and %zu", limit,
                         summit_results_count(part), summit_results_total(part), want, h.total);
                bad = 1;
            }
            for (size_t i = 0; !bad && i < want; i++)
                if (summit_results_record(part, i) != summit_results_record(res, i) ||
                    summit_results_score(part, i) != summit_results_score(res, i)) {
                    snprintf(why, sizeof why, "limit %zu: rank %zu differs from the unlimited list", limit, i);
                    bad = 1;
                }
            summit_results_free(part);
        }
    }
    if (bad) {
        st->failures++;
        print_error("MISMATCH query [%s]: %s\n", q, why);
        char line[1024] = "";
        for (size_t i = 0; i < summit_results_count(res) && i < 12; i++) {
            size_t l = strlen(line);
            snprintf(line + l, sizeof line - l, " %s:%.6g", summit_results_record(res, i)->id,
                     summit_results_score(res, i));
        }
        print_error("  library  :%s\n", line);
        line[0] = '\0';
        for (size_t i = 0; i < h.count && i < 12; i++) {
            size_t l = strlen(line);
            snprintf(line + l, sizeof line - l, " %s:%.6g", h.records[i]->id, h.scores[i]);
        }
        print_error("  reference:%s\n", line);
    }
    summit_results_free(res);
    ref_hits_free(&h);
}

static void random_queries_against_reference(uint64_t seed, size_t records, size_t queries)
{
    summit_collection *c = ref_make_corpus(seed, records);
    assert_non_null(c);
    assert_int_equal(summit_collection_count(c), records);
    ref_corpus *rc = ref_corpus_new(c);
    ref_rng rng = { seed * 7919u + 1u };
    stats st;
    memset(&st, 0, sizeof st);
    for (size_t i = 0; i < queries; i++) {
        char q[1024];
        ref_random_query(&rng, q, sizeof q);
        size_t limit = ref_below(&rng, 3) == 0 ? 1 + ref_below(&rng, 15) : 0;
        compare_one(c, rc, q, limit, &st);
        if (st.failures >= 25) {
            print_error("(stopping after 25 mismatches)\n");
            break;
        }
    }
    /* fixed queries for the features a random mix may miss */
    const char *fixed[] = {
        "", "digital", "dig*", "\"digital identity\"", "values-driven", "country:KR", "host:BR",
        "bras* OR \xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 OR \xE6\x9D\xB1\xE4\xBA\xAC",
        "walrus OR quokka", "finance", "\xEF\xAC\x81nance", "topic:\"digital identity\"", "-digital",
        "data* -dataflow", "year:2010..2015 mode:virtual", "\xEF\xBD\x84\xEF\xBD\x81\xEF\xBD\x94\xEF\xBD\x81",
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        compare_one(c, rc, fixed[i], i % 3 ? 0 : 5, &st);
    print_message("seed %llu: %zu queries compared (%zu with hits, %zu with some but not all), %zu compared as sets only "
                  "(scores unspecified), %zu mismatches\n",
                  (unsigned long long)seed, st.queries, st.with_hits, st.partial, st.skipped, st.failures);
    assert_int_equal(st.failures, 0);
    assert_true(st.partial * 3 >= st.queries); /* the generator makes queries that select */
    ref_corpus_free(rc);
    summit_collection_free(c);
}

static void random_queries_300(void **state)
{
    (void)state;
    random_queries_against_reference(20240601u, 300, 600);
}

static void random_queries_small(void **state)
{
    (void)state;
    random_queries_against_reference(7u, 25, 300);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_and_operators),
        cmocka_unit_test(phrases_and_prefixes),
        cmocka_unit_test(filters),
        cmocka_unit_test(unicode_folding),
        cmocka_unit_test(large_compatibility_expansions),
        cmocka_unit_test(searched_and_unsearched_fields),
        cmocka_unit_test(empty_query_limit_and_total),
        cmocka_unit_test(bm25_scores),
        cmocka_unit_test(equal_scores_in_chronological_order),
        cmocka_unit_test(query_errors),
        cmocka_unit_test(reversed_year_range),
        cmocka_unit_test(index_is_idempotent),
        cmocka_unit_test(search_after_add),
        cmocka_unit_test(null_arguments),
        cmocka_unit_test(reference_on_hand_collection),
        cmocka_unit_test(random_queries_300),
        cmocka_unit_test(random_queries_small),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
