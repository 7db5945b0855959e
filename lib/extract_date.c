/* Date mentions in the common English forms:
 *   Thursday 18th November [2021]      18 November 2021     the 18th of November
 *   2-4 November 2020 (- – — to and)   3 and 4 November     30 November - 2 December 2021
 *   November 18, 2021                  from November 3 to 4 November 3-4, 2020
 *   November 2021 (month precision)    2020-11-10  2020.11.10  2020/11/10  10.11.2020
 * A year left out is supplied by the caller from the page's context. */
#include <string.h>

#include "extract_internal.h"

int ex_month_days(int32_t y, int32_t m)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[m - 1] + (m == 2 && leap); /* year 0 counts as a leap year */
}

bool ex_date_real(int32_t y, int32_t m, int32_t d)
{
    if (m < 1 || m > 12 || d < 1 || d > ex_month_days(y, m))
        return false;
    return y == 0 || (y >= 1900 && y <= 2999); /* year 0: still unknown */
}

int ex_weekday_of(int32_t y, int32_t m, int32_t d)
{
    /* Sakamoto's method: 0 = Sunday */
    static const int offset[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (m < 3)
        y -= 1;
    return (int)((y + y / 4 - y / 100 + y / 400 + offset[m - 1] + d) % 7);
}

static int day_at(const ex_text *t, size_t i)
{
    if (i >= t->ntok || t->tok[i].kind != TOK_NUM)
        return 0;
    const ex_token *tk = &t->tok[i];
    size_t digits = tk->ordinal ? tk->len - 2 : tk->len;
    if (digits > 2 || tk->num < 1 || tk->num > 31)
        return 0;
    /* "10:30" is a time */
    if (ex_is_punct(t, i + 1, ':') && !t->tok[i + 1].space_before)
        return 0;
    return tk->num;
}

static int year_at(const ex_text *t, size_t i)
{
    if (i >= t->ntok || t->tok[i].kind != TOK_NUM || t->tok[i].ordinal || t->tok[i].len != 4)
        return 0;
    return t->tok[i].num >= 1900 && t->tok[i].num <= 2999 ? t->tok[i].num : 0;
}

/* A range separator: a dash, "to", "and", "until", "through", "till", "&"
 * (and the Spanish and Portuguese "a", "al", "y", "e"). */
static bool range_sep(const ex_text *t, size_t i)
{
    static const char *const words[] = { "to", "and", "until", "through", "till", "thru",
                                         "a", "al", "y", "e", NULL };
    return ex_is_dash(t, i) || ex_is_punct(t, i, '&') || ex_in_list(t, i, words);
}

/* "of", or the Spanish and Portuguese "de" ("6 de noviembre de 2019") */
static bool of_word(const ex_text *t, size_t i)
{
    return ex_is(t, i, "of") || ex_is(t, i, "de");
}

static size_t skip_weekday(const ex_text *t, size_t k, int *wd)
{
    *wd = ex_weekday(t, k);
    if (*wd < 0)
        return k;
    k++;
    if (ex_is_punct(t, k, ','))
        k++;
    return k;
}

/* A weekday in brackets after a day: "1st(Tue.)", "3 (Thu)". Returns the
 * token after it (k when there is none); *wd gets the weekday. */
static size_t bracketed_weekday(const ex_text *t, size_t k, int *wd)
{
    if (!ex_is_punct(t, k, '(') || ex_weekday(t, k + 1) < 0)
        return k;
    size_t e = k + 2;
    if (ex_is_punct(t, e, '.'))
        e++;
    if (!ex_is_punct(t, e, ')'))
        return k;
    *wd = ex_weekday(t, k + 1);
    return e + 1;
}

/* Is token i on a line labelled in Spanish or Portuguese ("Fecha de
 * publicación: 07/11/2019", "Data: 07/11/2019")? Those write the day
 * first. */
static bool iberian_label(const ex_text *t, size_t i)
{
    static const char *const labels[] = { "fecha", "publicado", "publicada", "data", NULL };
    const ex_line *l = ex_line_of(t, i);
    for (size_t k = l->toks.first; k < i && k < l->toks.first + 4; k++)
        if (ex_in_list(t, k, labels))
            return true;
    return false;
}

/* "2020-11-10", "2020.11.10", "2020/11/10" (year first), "10.11.2020"
 * (day first), or "25/11/2020" and "11/25/2020" (slashes: read only when
 * one order is impossible, or day first after a Spanish or Portuguese
 * label; "10/11/2020" is ambiguous and not read). */
static size_t numeric_date(const ex_text *t, size_t i, ex_date *d)
{
    if (i + 4 >= t->ntok || t->tok[i].kind != TOK_NUM || t->tok[i].ordinal)
        return 0;
    const ex_token *a = &t->tok[i], *b = &t->tok[i + 2], *c = &t->tok[i + 4];
    if (b->kind != TOK_NUM || c->kind != TOK_NUM || b->ordinal || c->ordinal)
        return 0;
    uint32_t sep = t->tok[i + 1].kind == TOK_PUNCT ? t->tok[i + 1].ch : 0;
    if ((sep != '-' && sep != '.' && sep != '/') || !ex_is_punct(t, i + 3, sep))
        return 0;
    for (size_t k = i + 1; k <= i + 4; k++)
        if (t->tok[k].space_before)
            return 0;
    int32_t y, m, day;
    if (a->len == 4 && b->len <= 2 && c->len <= 2) {
        y = a->num;
        m = b->num;
        day = c->num;
    } else if (sep == '.' && a->len <= 2 && b->len <= 2 && c->len == 4) {
        day = a->num;
        m = b->num;
        y = c->num;
    } else if (sep == '/' && a->len <= 2 && b->len <= 2 && c->len == 4) {
        bool day_first = a->num > 12 || (b->num <= 12 && iberian_label(t, i));
        if (!day_first && b->num <= 12)
            return 0; /* ambiguous */
        day = day_first ? a->num : b->num;
        m = day_first ? b->num : a->num;
        y = c->num;
    } else {
        return 0;
    }
    if (!ex_date_real(y, m, day) || y == 0)
        return 0;
    d->start.year = y;
    d->start.month = m;
    d->start.day = day;
    d->year_given = true;
    return 5;
}

/* "periodo: 2023-11": a year and a month, as a data file's field gives
 * them (only there: in prose "2011-12" is a financial year) */
static size_t iso_month(const ex_text *t, size_t i, ex_date *d)
{
    if (!t->yaml || i + 2 >= t->ntok || t->tok[i].kind != TOK_NUM || t->tok[i].len != 4 ||
        !ex_is_punct(t, i + 1, '-') || t->tok[i + 2].kind != TOK_NUM || t->tok[i + 2].len != 2 ||
        t->tok[i + 1].space_before || t->tok[i + 2].space_before ||
        (i + 3 < t->ntok && t->tok[i + 3].line == t->tok[i].line) || i == 0 ||
        !ex_is_punct(t, i - 1, ':') || t->tok[i + 2].num < 1 || t->tok[i + 2].num > 12)
        return 0;
    d->start.year = t->tok[i].num;
    d->start.month = t->tok[i + 2].num;
    d->year_given = true;
    return 3;
}

static size_t date_one(const ex_text *t, size_t i, ex_date *d)
{
    memset(d, 0, sizeof *d);
    d->weekday = d->end_weekday = -1;
    size_t n = numeric_date(t, i, d);
    if (!n)
        n = iso_month(t, i, d);
    if (n) {
        d->toks.first = i;
        d->toks.end = i + n;
        return n;
    }
    size_t k = skip_weekday(t, i, &d->weekday);
    if (ex_is(t, k, "the") && day_at(t, k + 1))
        k++;
    int d1 = day_at(t, k), d2 = 0, m1 = 0, m2 = 0, y = 0;
    size_t used = 0;
    if (d1) {
        k = bracketed_weekday(t, k + 1, &d->weekday);
        if (of_word(t, k))
            k++;
        m1 = ex_month(t, k, &used);
        if (m1) {
            k += used;
            /* "30 November - 2 December" */
            size_t r = k;
            if (range_sep(t, r)) {
                r = skip_weekday(t, r + 1, &d->end_weekday);
                if (ex_is(t, r, "the"))
                    r++;
                int dd = day_at(t, r);
                size_t u2 = 0;
                int mm = dd ? ex_month(t, r + 1 + (of_word(t, r + 1) ? 1 : 0), &u2) : 0;
                if (mm) {
                    d2 = dd;
                    m2 = mm;
                    k = r + 1 + (of_word(t, r + 1) ? 1 : 0) + u2;
                }
            }
        } else if (range_sep(t, k)) {
            /* "2-4 November", "3 and 4 November" */
            size_t r = skip_weekday(t, k + 1, &d->end_weekday);
            if (ex_is(t, r, "the"))
                r++;
            d2 = day_at(t, r);
            if (!d2)
                return 0;
            r = bracketed_weekday(t, r + 1, &d->end_weekday);
            if (of_word(t, r))
                r++;
            m1 = ex_month(t, r, &used);
            if (!m1)
                return 0;
            m2 = m1;
            k = r + used;
        } else {
            return 0;
        }
    } else {
        m1 = ex_month(t, k, &used);
        if (!m1)
            return 0;
        k += used;
        d1 = day_at(t, k);
        if (d1) {
            k++;
            /* "November 3 to 4", "November 30 - December 2" */
            size_t r = k;
            if (range_sep(t, r)) {
                int wd;
                r = skip_weekday(t, r + 1, &wd);
                size_t u2 = 0;
                int mm = ex_month(t, r, &u2);
                int dd = day_at(t, r + (mm ? u2 : 0));
                if (dd) {
                    d2 = dd;
                    m2 = mm ? mm : m1;
                    d->end_weekday = wd;
                    k = r + (mm ? u2 : 0) + 1;
                }
            }
        }
    }
    size_t before_year = k;
    if (ex_is_punct(t, k, ',') || ex_is(t, k, "de"))
        k++;
    y = year_at(t, k);
    if (y)
        k++;
    else
        k = before_year;
    if (!d1) {
        /* a month alone is a date only with its year ("November 2021"),
         * or after "that" ("the Jerusalem summit that November") */
        if (!y && !(k - used == i && i > 0 && ex_is(t, i - 1, "that")))
            return 0;
        d->start.year = y;
        d->start.month = m1;
        d->year_given = y != 0;
    } else {
        int32_t y1 = y, y2 = y;
        /* "30 December 2021 - 2 January 2022" is not read; "30 December -
         * 2 January 2022" starts the year before */
        if (y && m2 && m2 < m1)
            y1 = y - 1;
        /* "31 February 2021" is no date, and "February 2021" in it no
         * month either: the tokens are used, marked impossible */
        if (!ex_date_real(y1, m1, d1) || (d2 && !ex_date_real(y2, m2, d2))) {
            d->impossible = true;
            return k - i;
        }
        d->start.year = y1;
        d->start.month = m1;
        d->start.day = d1;
        d->year_given = y != 0;
        if (d2) {
            /* an end before the start in the same month is no range */
            if (m2 == m1 && d2 <= d1)
                return 0;
            d->end.year = y2;
            d->end.month = m2;
            d->end.day = d2;
            d->end_year_given = y != 0;
        }
    }
    d->toks.first = i;
    d->toks.end = k;
    return k - i;
}

/* Days since an epoch, for comparing two full dates. */
int64_t ex_day_number(const summit_date *x)
{
    int64_t y = x->year, m = x->month;
    if (m <= 2) {
        y--;
        m += 12;
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + x->day;
}

/* A separator between two full dates: a dash, "to", "until", "through",
 * "till", "thru" or the Spanish "al" ("and" joins two dates that may be two
 * events, so it is not read here), or an ISO 8601 interval's "/" without
 * spaces ("2014-12-09/2014-12-10"). */
static bool full_range_sep(const ex_text *t, size_t i)
{
    static const char *const words[] = { "to", "until", "through", "till", "thru", "al", NULL };
    return ex_is_dash(t, i) || ex_in_list(t, i, words) ||
           (ex_is_punct(t, i, '/') && !t->tok[i].space_before && i + 1 < t->ntok &&
            !t->tok[i + 1].space_before);
}

size_t ex_date_at(const ex_text *t, size_t i, ex_date *d)
{
    size_t n = date_one(t, i, d);
    /* "Thursday and Friday, 19 and 20 November": the first weekday is the
     * start's, the second the end's */
    if (n && !d->impossible && d->weekday >= 0 && d->end.day && i >= 2 && ex_is(t, i - 1, "and") &&
        ex_weekday(t, i - 2) >= 0 && t->tok[i - 2].line == t->tok[i].line) {
        d->end_weekday = d->weekday;
        d->weekday = ex_weekday(t, i - 2);
        d->toks.first = i - 2;
    }
    if (!n || d->impossible || d->end.year || !d->start.day || !d->year_given)
        return n;
    /* "Mon 2 Nov 2020 – Wed 4 Nov 2020", "2022-11-01 to 2022-11-03": a full
     * date on both ends; the end at most 31 days after the start */
    size_t r = i + n;
    if (!full_range_sep(t, r))
        return n;
    ex_date e;
    size_t m = date_one(t, r + 1, &e);
    if (!m || e.impossible || e.end.year || !e.start.day || !e.year_given)
        return n;
    int64_t gap = ex_day_number(&e.start) - ex_day_number(&d->start);
    if (gap <= 0 || gap > 31)
        return n;
    d->end = e.start;
    d->end_weekday = e.weekday;
    d->end_year_given = true;
    d->toks.end = r + 1 + m;
    return d->toks.end - i;
}
