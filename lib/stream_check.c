/* The incremental prefix check of stream_check.h: a JSON grammar reduced to
 * what needs no look-ahead (containers, strings, where values may start),
 * loose everywhere else (any escape, any scalar spelling, any number of
 * values at the top level), so that it never refuses a valid file. */
#include "stream_check.h"

#include <string.h>

#include "swar.h"

enum {
    S_VALUE,           /* a value must start (or, at the top level, more whitespace) */
    S_VALUE_OR_CLOSE,  /* after '[' */
    S_KEY_OR_CLOSE,    /* after '{' */
    S_KEY,             /* after ',' in an object */
    S_COLON,           /* after a member name */
    S_COMMA_OR_CLOSE,  /* after a value inside a container */
    S_STRING,          /* inside a value string */
    S_KEY_STRING,      /* inside a member name */
    S_ESCAPE,          /* after a backslash in a value string */
    S_KEY_ESCAPE,      /* after a backslash in a member name */
    S_SCALAR           /* inside a number or a literal */
};

void stream_check_init(stream_check *s, uint32_t max_depth, size_t max_string_bytes)
{
    memset(s, 0, sizeof *s);
    s->max_depth = max_depth < SUMMIT_MAX_DEPTH_CAP ? max_depth : SUMMIT_MAX_DEPTH_CAP;
    s->max_raw_string = stream_max_raw_string(max_string_bytes);
    s->state = S_VALUE;
}

size_t stream_max_raw_string(size_t max_string_bytes)
{
    /* Every escape but \u0000 (which decodes to nothing) decodes to at
     * least a byte per 6 written; a string written longer than this is
     * refused even if it is all \u0000, which no real file holds. */
    return max_string_bytes <= (SIZE_MAX - 16) / 6 ? max_string_bytes * 6 + 12 : SIZE_MAX;
}

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool starts_scalar(unsigned char c)
{
    return c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

static bool in_scalar(unsigned char c)
{
    return c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

static bool top_is_object(const stream_check *s)
{
    uint32_t i = s->depth - 1;
    return (s->is_object[i / 8] >> (i % 8)) & 1u;
}

static void after_value(stream_check *s)
{
    s->state = s->depth == 0 ? S_VALUE : S_COMMA_OR_CLOSE;
}

static bool push(stream_check *s, bool object)
{
    if (s->depth >= s->max_depth)
        return false;
    uint32_t i = s->depth++;
    unsigned char bit = (unsigned char)(1u << (i % 8));
    s->is_object[i / 8] = (unsigned char)(object ? s->is_object[i / 8] | bit : s->is_object[i / 8] & ~bit);
    s->state = object ? S_KEY_OR_CLOSE : S_VALUE_OR_CLOSE;
    return true;
}

static bool pop(stream_check *s, bool object)
{
    if (s->depth == 0 || top_is_object(s) != object)
        return false;
    s->depth--;
    after_value(s);
    return true;
}

/* One byte outside strings and scalars. */
static bool structural(stream_check *s, unsigned char c, size_t at)
{
    if (is_ws(c))
        return true;
    switch (s->state) {
    case S_VALUE:
    case S_VALUE_OR_CLOSE:
        if (c == '{' || c == '[')
            return push(s, c == '{');
        if (c == '"') {
            s->state = S_STRING;
            s->string_start = at;
            return true;
        }
        if (starts_scalar(c)) {
            s->state = S_SCALAR;
            return true;
        }
        if (c == ']' && s->state == S_VALUE_OR_CLOSE)
            return pop(s, false);
        /* A UTF-8 byte order mark; the reader judges its exact bytes. */
        return at < 3 && c >= 0x80;
    case S_KEY_OR_CLOSE:
    case S_KEY:
        if (c == '"') {
            s->state = S_KEY_STRING;
            s->string_start = at;
            return true;
        }
        return c == '}' && s->state == S_KEY_OR_CLOSE && pop(s, true);
    case S_COLON:
        if (c != ':')
            return false;
        s->state = S_VALUE;
        return true;
    default: /* S_COMMA_OR_CLOSE */
        if (c == ',') {
            s->state = top_is_object(s) ? S_KEY : S_VALUE;
            return true;
        }
        return (c == ']' || c == '}') && pop(s, c == '}');
    }
}

bool stream_check_feed(stream_check *out, const char *p, size_t n)
{
    /* Work on a copy: the bytes read are chars, which may alias *out, so
     * the compiler would otherwise store the state after every byte. */
    stream_check copy = *out, *s = &copy;
    const unsigned char *b = (const unsigned char *)p;
    for (size_t i = 0; i < n && !s->flagged; i++) {
        unsigned char c = b[i];
        size_t at = s->offset + i;
        bool ok = true;
        switch (s->state) {
        case S_STRING:
        case S_KEY_STRING: {
            /* The common case: plain bytes, skipped in a tight loop. */
#ifdef SUMMIT_HAVE_SWAR
            i = swar_skip_plain(b, i, n, false);
#endif
            while (i < n && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20)
                i++;
            at = s->offset + i;
            if (at - s->string_start > s->max_raw_string) {
                ok = false;
                at = s->string_start;
                break;
            }
            if (i == n)
                break;
            c = b[i];
            if (c == '"') {
                if (s->state == S_KEY_STRING)
                    s->state = S_COLON;
                else
                    after_value(s);
            } else if (c == '\\')
                s->state = s->state == S_KEY_STRING ? S_KEY_ESCAPE : S_ESCAPE;
            else
                ok = false; /* a control character */
            break;
        }
        case S_ESCAPE:
            s->state = S_STRING;
            break;
        case S_KEY_ESCAPE:
            s->state = S_KEY_STRING;
            break;
        case S_SCALAR:
            if (in_scalar(c))
                break;
            after_value(s);
            ok = structural(s, c, at);
            break;
        default:
            /* Indentation is most of what lies between strings. */
            while (i + 1 < n && is_ws(c))
                c = b[++i];
            at = s->offset + i;
            ok = structural(s, c, at);
        }
        if (!ok) {
            s->flagged = true;
            s->flagged_at = at;
            s->read_to = s->offset + i + STREAM_CHECK_MARGIN;
        }
    }
    s->offset += n;
    *out = copy;
    return !s->flagged;
}
