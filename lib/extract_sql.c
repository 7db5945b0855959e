/* An SQL dump (mysqldump, pg_dump --inserts, sqlite3 .dump) read as the
 * records its meetings table holds:
 *
 *   CREATE TABLE `summit` (`id` int, `grp` varchar(8),        - summit: 1
 *     `start_date` date, `chair_country` char(2), ...);         group: D5
 *   INSERT INTO `summit` VALUES (1,'D5','2014-12-09','GB');  -> start date: 2014-12-09
 *   CREATE TABLE `topic` (`summit_id` int, `topic` text);       chair:
 *   INSERT INTO `topic` VALUES (1,'open markets');                country: GB
 *                                                               topics:
 *                                                                 - open markets
 *
 * The meetings table is the one the others point to ("summit_id" in
 * `topic`): each of its rows is an item of a YAML list, its columns keys
 * ("chair_country" under "chair:"; a "next_" or "previous_" column tells
 * of another meeting and goes), and the rows of the tables that point to
 * it are its blocks ("topics:", "participants:"). Tables that point
 * nowhere (a groups table, "related_event") are not the meetings'. NULL
 * values go; quotes and their escapes are undone. The text is written
 * anew, with a map from its lines to the dump's. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

/* (a record holds a few dozen of each thing: more rows of a block than
 * MAX_BLOCK_ROWS, or of a dump than MAX_MEETINGS meetings, are not
 * written, so that a dump whose rows all share one key stays small) */
enum { MAX_TABLES = 32, MAX_COLUMNS = 48, MAX_MEETINGS = 64, MAX_BLOCK_ROWS = 128 };

typedef struct span {
    size_t off, len;
} span;

typedef struct value {
    size_t off, len; /* the literal, quotes excluded */
    bool null, quoted;
    uint32_t line;
} value;

typedef struct table {
    span name;
    span columns[MAX_COLUMNS];
    size_t ncolumns;
    value *values; /* rows * ncolumns */
    size_t nvalues, cap;
    size_t key; /* the column pointing to the meetings table, or SIZE_MAX */
} table;

typedef struct dump {
    const char *s;
    size_t len;
    ex_mem *mem;
    table tables[MAX_TABLES];
    size_t ntables;
} dump;

static bool starts_nocase(const char *s, size_t len, size_t i, const char *w)
{
    return i <= len && len - i >= strlen(w) && ex_starts_nocase(s + i, strlen(w), w);
}

/* Past white space from i (never past len); *line (may be NULL) counts
 * its line breaks. */
static size_t skip_space(const char *s, size_t len, size_t i, uint32_t *line)
{
    if (i > len)
        i = len;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
        if (line)
            *line += s[i] == '\n';
        i++;
    }
    return i;
}

/* A name: `quoted`, "quoted" or bare, at i; its span, and the end. */
static size_t name_at(const char *s, size_t len, size_t i, span *out)
{
    out->off = out->len = 0;
    if (i < len && (s[i] == '`' || s[i] == '"' || s[i] == '[')) {
        char close = s[i];
        if (close == '[')
            close = ']';
        size_t e = i + 1;
        while (e < len && s[e] != close && s[e] != '\n')
            e++;
        *out = (span){ i + 1, e - i - 1 };
        return e < len ? e + 1 : e;
    }
    size_t e = i;
    while (e < len && (s[e] == '_' || s[e] == '.' || (s[e] >= '0' && s[e] <= '9') ||
                       (s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
        e++;
    *out = (span){ i, e - i };
    return e;
}

static bool same_name(const char *s, span a, span b)
{
    if (a.len != b.len)
        return false;
    for (size_t k = 0; k < a.len; k++)
        if (ex_ascii_lower(s[a.off + k]) != ex_ascii_lower(s[b.off + k]))
            return false;
    return true;
}

static table *find_table(dump *d, span name)
{
    for (size_t k = 0; k < d->ntables; k++)
        if (same_name(d->s, d->tables[k].name, name))
            return &d->tables[k];
    return NULL;
}

bool ex_is_sql(const char *s, size_t len)
{
    /* an INSERT at a line's start, in the opening 64 KB */
    size_t head = len < 65536 ? len : 65536;
    for (size_t i = 0; i + 11 < head; i++)
        if ((i == 0 || s[i - 1] == '\n') && starts_nocase(s, len, i, "insert into "))
            return true;
    return false;
}

/* "CREATE TABLE `t` (`a` int, `b` text, PRIMARY KEY (`a`))": the columns. */
static size_t read_create(dump *d, size_t i)
{
    const char *s = d->s;
    size_t len = d->len;
    i = skip_space(s, len, i + 12, NULL);
    if (starts_nocase(s, len, i, "if not exists "))
        i = skip_space(s, len, i + 14, NULL);
    span name;
    i = name_at(s, len, i, &name);
    i = skip_space(s, len, i, NULL);
    if (name.len == 0 || i >= len || s[i] != '(' || d->ntables == MAX_TABLES)
        return i;
    table *t = &d->tables[d->ntables++];
    memset(t, 0, sizeof *t);
    t->name = name;
    t->key = SIZE_MAX;
    static const char *const not_columns[] = { "primary ", "key ", "unique ", "constraint ",
                                               "index ", "foreign ", "check ", "fulltext ", NULL };
    i++;
    while (i < len) {
        i = skip_space(s, len, i, NULL);
        if (i >= len || s[i] == ')')
            return i + 1;
        bool column = true;
        for (size_t q = 0; not_columns[q]; q++)
            column = column && !starts_nocase(s, len, i, not_columns[q]);
        span col;
        size_t e = name_at(s, len, i, &col);
        if (column && col.len && t->ncolumns < MAX_COLUMNS)
            t->columns[t->ncolumns++] = col;
        /* to the next column: past the type and its brackets */
        int depth = 0;
        for (i = e; i < len; i++) {
            if (s[i] == '\'') { /* a default or a comment: 'a, b' */
                for (i++; i < len && !(s[i] == '\'' && (i + 1 >= len || s[i + 1] != '\'')); i++)
                    i += s[i] == '\'';
                continue;
            }
            if (s[i] == '(')
                depth++;
            else if (s[i] == ')' && depth-- == 0)
                return i + 1;
            else if (s[i] == ',' && depth == 0) {
                i++;
                break;
            }
        }
    }
    return i;
}

/* One value at i: 'text' (with '' and \' inside), NULL, a number. */
static size_t read_value(dump *d, size_t i, value *v, uint32_t *line)
{
    const char *s = d->s;
    size_t len = d->len;
    memset(v, 0, sizeof *v);
    v->line = *line;
    if (i < len && s[i] == '\'') {
        size_t e = i + 1;
        while (e < len) {
            if (s[e] == '\\' && e + 1 < len) {
                e += 2;
                continue;
            }
            if (s[e] == '\'' && e + 1 < len && s[e + 1] == '\'') {
                e += 2;
                continue;
            }
            if (s[e] == '\'')
                break;
            *line += s[e] == '\n';
            e++;
        }
        v->off = i + 1;
        v->len = e - i - 1;
        v->quoted = true;
        return e < len ? e + 1 : e;
    }
    size_t e = i;
    while (e < len && s[e] != ',' && s[e] != ')' && s[e] != '\n')
        e++;
    size_t end = e;
    while (end > i && s[end - 1] == ' ')
        end--;
    v->off = i;
    v->len = end - i;
    v->null = v->len == 4 && ex_starts_nocase(s + i, 4, "null");
    return e;
}

/* "INSERT INTO `t` [(cols)] VALUES (...),(...);": the rows, in the
 * table's column order (a named column list is read in its own order,
 * values for columns the table does not have go). */
static size_t read_insert(dump *d, size_t i, uint32_t *line)
{
    const char *s = d->s;
    size_t len = d->len;
    i = skip_space(s, len, i + 12, line);
    span name;
    i = name_at(s, len, i, &name);
    table *t = find_table(d, name);
    if (!t && d->ntables < MAX_TABLES) { /* (a dump of INSERTs alone names its columns) */
        t = &d->tables[d->ntables++];
        memset(t, 0, sizeof *t);
        t->name = name;
        t->key = SIZE_MAX;
    }
    if (!t)
        return i;
    i = skip_space(s, len, i, line);
    size_t order[MAX_COLUMNS], ncols = 0; /* value k goes to column order[k] */
    if (i < len && s[i] == '(') {
        i++;
        while (i < len && s[i] != ')' && ncols < MAX_COLUMNS) {
            i = skip_space(s, len, i, line);
            span col;
            i = name_at(s, len, i, &col);
            size_t at = SIZE_MAX;
            for (size_t k = 0; k < t->ncolumns && at == SIZE_MAX; k++)
                if (same_name(s, t->columns[k], col))
                    at = k;
            /* (a column first named once rows are stored would skew
             * them: its values go) */
            if (at == SIZE_MAX && col.len && t->ncolumns < MAX_COLUMNS && t->nvalues == 0) {
                t->columns[t->ncolumns] = col;
                at = t->ncolumns++;
            }
            order[ncols++] = at;
            i = skip_space(s, len, i, line);
            if (i < len && s[i] == ',')
                i++;
            else if (col.len == 0)
                break;
        }
        i = skip_space(s, len, i + 1, line);
    } else {
        for (size_t k = 0; k < t->ncolumns; k++)
            order[ncols++] = k;
    }
    if (!starts_nocase(s, len, i, "values") || t->ncolumns == 0)
        return i;
    i += 6;
    while (i < len) {
        for (; i < len && s[i] != '(' && s[i] != ';'; i++)
            *line += s[i] == '\n';
        if (i >= len || s[i] == ';')
            return i;
        i++;
        size_t row = t->nvalues;
        if (!ex_reserve(d->mem, (void **)&t->values, &t->cap, row + t->ncolumns, sizeof *t->values))
            return len;
        for (size_t k = 0; k < t->ncolumns; k++)
            t->values[row + k] = (value){ 0, 0, true, false, *line };
        for (size_t k = 0; i < len && s[i] != ')'; k++) {
            for (; i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r'); i++)
                *line += s[i] == '\n';
            value v;
            i = read_value(d, i, &v, line);
            if (k < ncols && order[k] < t->ncolumns)
                t->values[row + order[k]] = v;
            for (; i < len && s[i] != ',' && s[i] != ')'; i++)
                *line += s[i] == '\n';
            if (i < len && s[i] == ',')
                i++;
        }
        t->nvalues += t->ncolumns;
        if (i < len)
            i++;
    }
    return i;
}

/* --- the meetings table ------------------------------------------------- */

/* Does column c name table m's key: "summit_id" for `summit` (or
 * `summits`)? */
static bool points_to(const char *s, span c, span m)
{
    size_t n = m.len;
    if (n > 1 && (s[m.off + n - 1] == 's' || s[m.off + n - 1] == 'S'))
        n--; /* "summits" -> "summit_id" */
    return c.len == n + 3 && strncmp(s + c.off, s + m.off, n) == 0 &&
           memcmp(s + c.off + n, "_id", 3) == 0;
}

/* The table the others point to most (its rows are the meetings), or
 * NULL; each pointing table gets its key column. */
static table *meetings_table(dump *d)
{
    table *best = NULL;
    size_t best_n = 0;
    for (size_t m = 0; m < d->ntables; m++) {
        size_t n = 0;
        for (size_t k = 0; k < d->ntables; k++)
            for (size_t c = 0; k != m && c < d->tables[k].ncolumns; c++)
                n += points_to(d->s, d->tables[k].columns[c], d->tables[m].name);
        if (n > best_n && d->tables[m].nvalues) {
            best_n = n;
            best = &d->tables[m];
        }
    }
    for (size_t k = 0; best && k < d->ntables; k++)
        for (size_t c = 0; c < d->tables[k].ncolumns && d->tables[k].key == SIZE_MAX; c++)
            if (&d->tables[k] != best && points_to(d->s, d->tables[k].columns[c], best->name))
                d->tables[k].key = c;
    return best;
}

/* --- writing --------------------------------------------------------------- */

/* A value, its quotes' escapes undone, on one line. */
static void write_value(ex_writer *w, const dump *d, const value *v)
{
    const char *s = d->s;
    for (size_t k = v->off; k < v->off + v->len; k++) {
        char c = s[k];
        if (v->quoted && (c == '\\' || c == '\'') && k + 1 < v->off + v->len) {
            c = s[++k];
            if (c == 'n' || c == 'r' || c == 't')
                c = ' ';
        }
        if (c == '\n' || c == '\r')
            c = ' ';
        ex_writer_put(w, &c, 1);
    }
}

/* A column's name as a key: "chair_country" -> "country" (under
 * "chair:"), "start_date" -> "start date", "grp" -> "group". */
static void write_key(ex_writer *w, const dump *d, span c, size_t skip)
{
    if (c.len == 3 && ex_starts_nocase(d->s + c.off, 3, "grp")) {
        ex_writer_put(w, "group", 5);
        return;
    }
    for (size_t k = c.off + skip; k < c.off + c.len; k++)
        ex_writer_put(w, d->s[k] == '_' ? " " : d->s + k, 1);
}

static bool prefixed(const dump *d, span c, const char *prefix)
{
    return c.len > strlen(prefix) && ex_starts_nocase(d->s + c.off, strlen(prefix), prefix);
}

/* Row r of table t, its columns as "key: value" lines at indent `pad`
 * (the first after "- "), but for its key column; its "id" column, if
 * `named`, under the table's name ("- summit: 1": what the row is). */
static void write_row(ex_writer *w, const dump *d, const table *t, size_t r, size_t pad, bool named)
{
    bool first = true, chair = false;
    for (size_t c = 0; c < t->ncolumns; c++) {
        const value *v = &t->values[r + c];
        span col = t->columns[c];
        /* (another meeting's: "next_host", "previous_summit") */
        if (v->null || v->len == 0 || c == t->key || prefixed(d, col, "next_") ||
            prefixed(d, col, "previous_") || prefixed(d, col, "prev_"))
            continue;
        bool of_chair = prefixed(d, col, "chair_");
        ex_writer_line(w, v->line);
        for (size_t k = 0; k < pad; k++)
            ex_writer_put(w, " ", 1);
        ex_writer_put(w, first ? "- " : "  ", 2);
        first = false;
        if (of_chair && !chair) {
            ex_writer_put(w, "chair:", 6);
            ex_writer_line(w, v->line);
            for (size_t k = 0; k < pad + 4; k++)
                ex_writer_put(w, " ", 1);
        } else if (of_chair) {
            ex_writer_put(w, "  ", 2);
        }
        chair = chair || of_chair;
        bool id = named && col.len == 2 && ex_starts_nocase(d->s + col.off, 2, "id");
        write_key(w, d, id ? t->name : col, of_chair ? 6 : 0);
        ex_writer_put(w, ": ", 2);
        write_value(w, d, v);
    }
}

/* Does row r of table t have the meeting's key `id` in its key column? */
static bool row_of(const dump *d, const table *t, size_t r, const value *id)
{
    const value *v = &t->values[r + t->key];
    return !v->null && v->len == id->len && memcmp(d->s + v->off, d->s + id->off, v->len) == 0;
}

/* The rows of table t that point to the meeting with key id: a block
 * "topics:" of values (a table of one value column but a note) or of
 * items ("participants:" / "- country: GB" / "  role: member"). */
static void write_block(ex_writer *w, const dump *d, const table *t, const value *id)
{
    size_t others = t->ncolumns - 1, rows = 0;
    bool written = false;
    for (size_t r = 0; r + t->ncolumns <= t->nvalues && rows < MAX_BLOCK_ROWS;
         r += t->ncolumns) {
        if (!row_of(d, t, r, id))
            continue;
        rows++;
        if (!written) {
            ex_writer_line(w, t->values[r].line);
            ex_writer_put(w, "  ", 2);
            write_key(w, d, t->name, 0);
            if (t->name.len && d->s[t->name.off + t->name.len - 1] != 's')
                ex_writer_put(w, "s", 1);
            ex_writer_put(w, ":", 1);
            written = true;
        }
        if (others <= 2) {
            /* the first text column that is not the key: "- open markets" */
            for (size_t c = 0; c < t->ncolumns; c++) {
                const value *v = &t->values[r + c];
                if (c == t->key || v->null || !v->quoted)
                    continue;
                ex_writer_line(w, v->line);
                ex_writer_put(w, "    - ", 6);
                write_value(w, d, v);
                break;
            }
        } else {
            write_row(w, d, t, r, 4, false);
        }
    }
}

bool ex_sql(ex_text *text)
{
    dump *d = ex_malloc(text->mem, sizeof *d);
    if (!d)
        return false;
    memset(d, 0, sizeof *d);
    d->s = text->buf;
    d->len = text->len;
    d->mem = text->mem;
    uint32_t line = 1;
    for (size_t i = 0; i < d->len;) {
        bool at_start = i == 0 || d->s[i - 1] == '\n';
        size_t from = i;
        uint32_t value_line = line; /* (the INSERT reader stamps its values with it) */
        if (at_start && starts_nocase(d->s, d->len, i, "create table "))
            i = read_create(d, i);
        else if (at_start && starts_nocase(d->s, d->len, i, "insert into "))
            i = read_insert(d, i, &value_line);
        else
            i++;
        if (i <= from)
            i = from + 1;
        for (size_t k = from; k < i && k < d->len; k++)
            line += d->s[k] == '\n';
    }
    table *m = meetings_table(d);
    bool ok = true;
    if (m && !d->mem->failed) {
        ex_writer w = { .t = text };
        /* the meetings' key: their "id" column, or their first */
        size_t id = 0;
        for (size_t c = 0; c < m->ncolumns; c++)
            if (m->columns[c].len == 2 && ex_starts_nocase(d->s + m->columns[c].off, 2, "id"))
                id = c;
        size_t meetings = 0;
        for (size_t r = 0; r + m->ncolumns <= m->nvalues && meetings < MAX_MEETINGS;
             r += m->ncolumns, meetings++) {
            write_row(&w, d, m, r, 0, true);
            for (size_t k = 0; k < d->ntables; k++)
                if (d->tables[k].key != SIZE_MAX && d->tables[k].ncolumns > 1)
                    write_block(&w, d, &d->tables[k], &m->values[r + id]);
            ex_writer_line(&w, m->values[r].line); /* a blank line between records */
        }
        bool written = w.o > 0;
        ok = ex_writer_finish(&w, text);
        text->yaml = text->yaml || (ok && written);
    }
    for (size_t k = 0; k < d->ntables; k++)
        ex_free(text->mem, d->tables[k].values);
    ex_free(text->mem, d);
    return ok && !text->mem->failed;
}
