/* Private: the value of a hexadecimal digit, for the readers of "\\u00e9",
 * "%C3", "=E2" escapes (the JSON reader, the extractor's JSON and MIME
 * readers). */
#ifndef SUMMIT_HEX_H
#define SUMMIT_HEX_H

/* The digit's value, or -1 when c is no hexadecimal digit. */
static inline int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

#endif
