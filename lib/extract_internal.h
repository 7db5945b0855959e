/* Private: the text extractor's shared pieces.
 *
 * extract_text.c     normalising the input, tokens, sentences, lines, word tables
 * extract_country.c  country names, aliases and demonyms found in the tokens
 * extract_html.c     a page's HTML source blanked to its text
 * extract_layout.c   a PDF's columns read one after the other, broken words joined
 * extract_mime.c     a raw e-mail message decoded to the mail its reader sees
 * extract_latex.c    a LaTeX source blanked to the text it typesets
 * extract_sql.c      an SQL dump's meetings table written as a YAML list
 * extract_turtle.c   an RDF Turtle file's events written as a YAML list
 * extract_date.c     date mentions in every common English form
 * extract_fields.c   one finder per record field, over a section of tokens
 * extract_person.c   the chair's name and office
 * extract.c          the entry point: sections, choosing values, records, ids, explain */
#ifndef SUMMIT_EXTRACT_INTERNAL_H
#define SUMMIT_EXTRACT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "summit/collection.h"
#include "summit/record.h"

/* Working memory: every allocation goes through the caller's allocator. */
typedef struct ex_mem {
    summit_allocator alloc;
    bool failed; /* an allocation failed: the extraction ends with NOMEM */
} ex_mem;

void *ex_malloc(ex_mem *m, size_t size);
void *ex_realloc(ex_mem *m, void *p, size_t size);
void ex_free(ex_mem *m, void *p);
/* Grows *arr (of *cap elements of `size` bytes) to hold at least `need`. */
bool ex_reserve(ex_mem *m, void **arr, size_t *cap, size_t need, size_t size);

enum { TOK_WORD, TOK_NUM, TOK_PUNCT };

typedef struct ex_token {
    size_t off, len;   /* bytes in the normalised text */
    uint32_t line;     /* 1-based line */
    uint32_t sentence; /* index into ex_text.sentences */
    uint8_t kind;      /* TOK_* */
    bool upper;        /* starts with an upper-case letter (or a non-ASCII letter) */
    bool ordinal;      /* a number written 18th, 1st, 2nd, 3rd */
    bool space_before; /* white space (or a line break) before the token */
    int32_t num;       /* value of a TOK_NUM (capped), else -1 */
    uint32_t ch;       /* the code point of a TOK_PUNCT, normalised: curly quotes and
                          dashes keep their own code points */
} ex_token;

typedef struct ex_span {
    size_t first, end; /* tokens [first, end) */
} ex_span;

typedef struct ex_line {
    size_t off, len;  /* bytes, without the line break */
    uint32_t no;      /* 1-based */
    ex_span toks;
} ex_line;

typedef struct ex_text {
    ex_mem *mem;
    char *buf; /* the normalised text: LF line ends, NUL-terminated */
    size_t len;
    ex_token *tok;
    size_t ntok;
    ex_span *sentences; /* token spans; a sentence never crosses a paragraph */
    size_t nsentences;
    ex_line *lines;
    size_t nlines;
    size_t line_width; /* the typical length of a line of text, in bytes */
    uint32_t *source_line; /* per line, the input's line it came from; NULL: the same */
    size_t column_width;   /* a PDF's columns were read one by one: their width, else 0 */
    bool flowing;          /* subtitles: every line runs on into the next */
    bool yaml;             /* a YAML document: its "- key:" items are records' */
    bool patch;            /* a change log's diffs: one file's lines, one record */
    bool toml;             /* a TOML file as YAML: its top-level tables are items */
    bool telegram;         /* written in capitals, nearly every line (a cable) */
    bool markdown;         /* Markdown: front matter, "## " headings, a notebook's cells */
    bool automatic;        /* a speech recogniser's transcript: not read */
} ex_text;

/* extract_text.c -------------------------------------------------------- */

/* Checks UTF-8 (on failure sets *bad_offset and returns false). */
bool ex_utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* Normalises, tokenises and splits `text`; false when out of memory. */
bool ex_text_build(ex_text *t, ex_mem *m, const char *text, size_t len);
void ex_text_free(ex_text *t);

/* 'A'..'Z' to lower case; every other byte as it is. */
char ex_ascii_lower(char c);
/* Does c end a word's markup ("*bold*,", "=code=.")? A space does not. */
bool ex_closes_word(char c);

/* Token helpers. */
bool ex_is(const ex_text *t, size_t i, const char *word);    /* ASCII word, any case */
bool ex_is_punct(const ex_text *t, size_t i, uint32_t ch);
bool ex_is_dash(const ex_text *t, size_t i);                 /* - – — */
bool ex_is_open_quote(const ex_text *t, size_t i, uint32_t *close);
bool ex_is_sentence_end(const ex_text *t, size_t i);         /* . ! ? ; */
bool ex_in_list(const ex_text *t, size_t i, const char *const *words); /* NULL-ended */
/* 1..12 for a month name or abbreviation at token i, else 0 (consumes a
 * following "." of an abbreviation into *used). */
int ex_month(const ex_text *t, size_t i, size_t *used);
/* 0 (Sunday) .. 6 for a weekday name or abbreviation, else -1. */
int ex_weekday(const ex_text *t, size_t i);
/* A year (1900-2999, four digits) at token i, else 0. */
int32_t ex_year(const ex_text *t, size_t i);
/* Are all the words of the span written in capitals (no a-z)? */
bool ex_all_caps(const ex_text *t, ex_span s);
/* Tokens in the span that are not punctuation. */
size_t ex_words(const ex_text *t, ex_span s);
/* An ordinal ("8th", "eighth", "inaugural" = 1) at token i, else 0. */
int ex_ordinal(const ex_text *t, size_t i);
/* The sentence index of token i and its span. */
ex_span ex_sentence_of(const ex_text *t, size_t i);
/* Does the span contain one of these words (ASCII, any case)? */
bool ex_span_has(const ex_text *t, ex_span s, const char *const *words);
/* Bytes [off, end) of the text covered by tokens [first, end). */
void ex_span_bytes(const ex_text *t, ex_span s, size_t *off, size_t *end);
/* The tokens of a line without a leading label ("Dates:", "Host:"), list
 * bullet or bracket, and without a trailing "(...)" remark, "]" or full
 * stop; *label (may be NULL) gets the label's tokens (empty when none). */
ex_span ex_line_body(const ex_text *t, const ex_line *l, ex_span *label);
/* The end of line l's tokens before a closing reference mark ("... the
 * tenth member.[citation needed]", "[8]"): l->toks.end when it has none. */
size_t ex_line_end(const ex_text *t, const ex_line *l);
/* Is line l a field of an event's card: within two lines of it, a
 * "Date:" (or "When:") and a "Venue:" (or "Location:", "Where:", "City:")
 * label, as an events listing or an infobox writes them; not an e-mail's
 * "Date:" among "From:" and "Subject:", nor a release's "Date:" over
 * "Time:". */
bool ex_in_event_card(const ex_text *t, const ex_line *l);
/* The clause around token i: its sentence cut at commas, semicolons and
 * spaced dashes, at most 40 tokens each way (extract_fields.c). */
ex_span ex_clause_of(const ex_text *t, size_t i);
/* The line holding token i. */
const ex_line *ex_line_of(const ex_text *t, size_t i);
/* Is token i a word of citing a source: "accessed", "retrieved",
 * "consulted" (2 February 2021)? */
bool ex_looked_up(const ex_text *t, size_t i);
/* Is line l blank (no tokens)? */
bool ex_line_blank(const ex_line *l);
/* Does token i begin a paragraph (the first of its line, at the text's
 * start or after a blank line)? */
bool ex_paragraph_start(const ex_text *t, size_t i);

/* The ISO code of the country whose capital the city is ("London", any
 * case: "GB"), or NULL. */
const char *ex_capital_country(const char *city);
/* The general demonym and extra alias tables (extract_words.inc). */
size_t ex_demonym_count(void);
const char *ex_demonym_at(size_t i, const char **code, bool *is_demonym);

/* A reader that rebuilds the text (subtitles, CSV, a PDF's columns):
 * the file's line number of the current text's line index k (0-based),
 * and the new text in place of the old, with each line's file line. */
uint32_t ex_source_line(const ex_text *t, size_t k);
/* A LaTeX source (extract_latex.c): three of "\\section{", "\\begin{",
 * "\\cite{", "\\emph{", "\\item " and the like in its opening? */
bool ex_is_latex(const char *buf, size_t len);
/* Blanked in place to the text it typesets (commands, comments, the
 * bibliography out; accents, dashes, quotes as characters; a table's "&"
 * a "|"); the length and the line breaks stay. */
void ex_blank_latex(char *buf, size_t len);
/* A text written anew by a reader (an SQL dump's rows, a Turtle file's
 * statements), with, per line, the line of the current text it came
 * from (extract_text.c). */
typedef struct ex_writer {
    const ex_text *t;
    char *buf;
    size_t o, cap;
    uint32_t *source;
    size_t lines, source_cap;
    bool failed;
} ex_writer;

/* Starts a line, from line `line` (1-based) of the current text. */
void ex_writer_line(ex_writer *w, uint32_t line);
void ex_writer_put(ex_writer *w, const char *p, size_t n);
void ex_writer_str(ex_writer *w, const char *s);
/* Writes code point cp (a valid one, not a surrogate) in UTF-8. */
void ex_writer_code_point(ex_writer *w, uint32_t cp);
/* The text written replaces t's (nothing written: t stays); frees the
 * writer's buffers either way. False when out of memory. */
bool ex_writer_finish(ex_writer *w, ex_text *t);
/* A reStructuredText page: two directives (".. note::") or link targets
 * (".. _label:") in its first 400 lines (extract_rst.c)? */
bool ex_is_rst(const char *buf, size_t len);
/* The page rewritten as the text it renders (directives' markup, link
 * targets, table borders and inline markup out; a list-table's row a
 * "cell: cells" line); false when out of memory. */
bool ex_rst(ex_text *t);
/* An Org-mode file: two "#+KEY:" settings or drawer lines (":PROPERTIES:",
 * ":END:") in its first 400 lines (extract_org.c)? */
bool ex_is_org(const char *buf, size_t len);
/* The notes rewritten as the text they show (headings without keywords
 * and tags, properties as "Key: value", timestamps as dates, links as
 * their text; planning lines, drawers and settings out); false when out
 * of memory. */
bool ex_org(ex_text *t);
/* MediaWiki wikitext / BBCode: three of their signs ("{{Infobox", "[[",
 * "<ref", "[quote", "[b]", ...) in the first 8 KB (extract_markup.c)? */
bool ex_is_wikitext(const char *buf, size_t len);
bool ex_is_bbcode(const char *buf, size_t len);
/* Blanked in place to the text shown: references, comments and templates
 * out, links as their labels, an infobox's fields "key : value" lines;
 * BBCode's tags out, "[*]" a "- " item. */
void ex_blank_wikitext(char *buf, size_t len);
void ex_blank_bbcode(char *buf, size_t len);
/* A Word document's body, "<w:document" and "<w:body" in its first 4 KB
 * (extract_wordml.c)? */
bool ex_is_wordml(const char *buf, size_t len);
/* The document rewritten as the text Word shows (a paragraph a line,
 * tracked deletions and field codes out, a table row "label: value");
 * false when out of memory. */
bool ex_wordml(ex_text *t);
/* The '>' closing the tag whose '<' is at s[i], quoted values skipped;
 * len when there is none. */
size_t ex_tag_end(const char *s, size_t len, size_t i);
/* A line of text as bytes, for the readers that walk a file a line at a
 * time (extract_rst.c, extract_org.c, extract_po.c, extract_register.c). */
typedef struct ex_bytes {
    const char *s;
    size_t n;
} ex_bytes;
/* The line at buf[*at], without its '\n'; *at moves to the next one. */
ex_bytes ex_next_line(const char *buf, size_t len, size_t *at);
/* How many spaces l opens with. */
size_t ex_bytes_indent(ex_bytes l);
/* Does l hold prefix p from byte `at` on? */
bool ex_bytes_starts(ex_bytes l, size_t at, const char *p);
/* The end of the string literal opening at l.s[k] (its quote, ' or "; a
 * backslash escapes the next byte): past its closing quote, or the line's
 * end. */
size_t ex_bytes_quote_end(ex_bytes l, size_t k);
/* A gettext catalogue: three "msgid" and "msgstr" lines in its first 400
 * (extract_po.c)? */
bool ex_is_po(const char *buf, size_t len);
/* The catalogue rewritten as its source strings (msgid), an entry a
 * paragraph (short ones a block of lines); false when out of memory. */
bool ex_po(ex_text *t);
/* A Confluence (Jira) or Textile page: two "h1."-style headings and two of
 * macros ("{panel}"), "||" header rows, "p. ", "bq. ", "!image!" lines
 * (extract_wiki.c)? */
bool ex_is_wiki(const char *buf, size_t len);
/* The page rewritten as the text it renders (the first "h1." its title,
 * a table's row a line); false when out of memory. */
bool ex_wiki(ex_text *t);
/* A Python module of data: code (an import, a def, a docstring), a list or
 * dict bound to a name in capitals, and five '"key": value' lines
 * (extract_python.c)? */
bool ex_is_python(const char *buf, size_t len);
/* The module rewritten as a JSON object of its data (its docstring's
 * first line the title); false when out of memory. */
bool ex_python(ex_text *t);
/* A Terraform (HCL) configuration: two blocks ('resource "x" "y" {') and
 * four settings ("key = value") in its first 400 lines (extract_hcl.c)? */
bool ex_is_hcl(const char *buf, size_t len);
/* The configuration rewritten as YAML's "key: value" lines (blocks as
 * headers, heredocs as text under their key); false when out of memory. */
bool ex_hcl(ex_text *t);
/* A PHP file of data: "<?php" and five "'key' => value" lines in its
 * first 400 (extract_php.c)? */
bool ex_is_php(const char *buf, size_t len);
/* The array the file returns rewritten as JSON; false when out of memory. */
bool ex_php(ex_text *t);
/* A Twitter/X archive's tweets.js: "window.YTD.tweet..." opens it
 * (extract_tweets.c)? */
bool ex_is_tweets(const char *buf, size_t len);
/* The archive rewritten as its posts, each under a "Posted on <day>"
 * line; false when out of memory. */
bool ex_tweets(ex_text *t);
/* A Java .properties file: eight "group.key=value" lines or more in its
 * first 400, few other lines, few values quoted (extract_properties.c)? */
bool ex_is_properties(const char *buf, size_t len);
/* The file rewritten as YAML, a group a key's first part; false when out
 * of memory. */
bool ex_properties(ex_text *t);
/* An Excel 2003 XML workbook: XML naming SpreadsheetML's namespace in
 * its opening (extract_sheet.c)? */
bool ex_is_spreadsheetml(const char *buf, size_t len);
/* The workbook rewritten as its sheets' tables ("| a | b |" rows under a
 * header) and lines of text; false when out of memory. */
bool ex_spreadsheetml(ex_text *t);
/* A WhatsApp chat export: it opens with a stamped message ("[30/10/2023,
 * 09:12] Ana: ...") and half its lines are (extract_chat.c)? */
bool ex_is_whatsapp(const char *buf, size_t len);
/* The chat rewritten as its messages, a paragraph each, under a "Posted
 * on <date>" line a day; false when out of memory. */
bool ex_whatsapp(ex_text *t);
/* An AsciiDoc page: a "= Title" first and three of ":attribute:",
 * "== ", "|===", "image::", "NOTE:" and the like (extract_asciidoc.c)? */
bool ex_is_asciidoc(const char *buf, size_t len);
/* The page rewritten as the text it renders (a table's row a line,
 * markup out); false when out of memory. */
bool ex_asciidoc(ex_text *t);
/* A troff source: ".TH"/".SH" (or ms ".NH"/".TL") sections and a fifth of
 * its first 400 lines requests (extract_troff.c)? */
bool ex_is_troff(const char *buf, size_t len);
/* The source rewritten as the text it typesets (paragraphs filled, a
 * .TP's tag "tag: text"); false when out of memory. */
bool ex_troff(ex_text *t);
/* An RTF document: "{\\rtf" first (extract_rtf.c)? */
bool ex_is_rtf(const char *buf, size_t len);
/* The document rewritten as the text it shows ("\\par" a line, hidden
 * groups out); false when out of memory. */
bool ex_rtf(ex_text *t);
/* A fixed-width register: a line of dashed runs under headings in
 * capitals in its first 200 lines (extract_register.c)? */
bool ex_is_register(const char *buf, size_t len);
/* The register rewritten as a YAML list of the rows that name a summit
 * (else a meeting), cut at its columns, with their "+" notes (sets
 * source_line and t->yaml); false when out of memory. */
bool ex_register(ex_text *t);
/* An RDF Turtle file: "@prefix" opening two lines (extract_turtle.c)? */
bool ex_is_turtle(const char *buf, size_t len);
/* The file rewritten as a YAML list of the events it describes (or the
 * one it is about), their statements keys, the subjects they point to
 * under them (sets source_line and t->yaml); false when out of memory. */
bool ex_turtle(ex_text *t);
/* An SQL dump: an "INSERT INTO" opening a line (extract_sql.c)? */
bool ex_is_sql(const char *s, size_t len);
/* The dump rewritten as a YAML list of the rows of its meetings table
 * (the table the others point to), each with the rows that point to it
 * (sets source_line and t->yaml; a dump without such a table stays as it
 * is); false when out of memory. */
bool ex_sql(ex_text *t);
/* A raw e-mail message with MIME headers at its top (extract_mime.c)? */
bool ex_is_mime(const char *s, size_t len);
/* The message as its reader sees it: the shown headers, decoded, and its
 * first plain-text part (else HTML part), decoded to UTF-8, in a new
 * buffer *out (NUL-terminated, LF line ends) with, per line, the input's
 * line in *source; false when out of memory. */
bool ex_mime_decode(ex_mem *m, const char *s, size_t len, char **out, size_t *out_len,
                    uint32_t **source);
void ex_text_replace(ex_text *t, char *buf, size_t len, uint32_t *source_line);

/* extract_html.c -------------------------------------------------------- */

/* Does s[0, len) start with prefix (written in lower case), in any case? */
bool ex_starts_nocase(const char *s, size_t len, const char *prefix);
/* Spaces over buf[a, b), line breaks kept. */
void ex_blank_bytes(char *buf, size_t a, size_t b);
/* Does the text open as an HTML document ("<!DOCTYPE html", "<html")? */
bool ex_is_html(const char *buf, size_t len);
/* Blanks its tags, comments and non-text contents in place, keeping an
 * <img>'s src; the length and the line breaks stay. */
void ex_blank_html(char *buf, size_t len);
/* Does the text open as an RSS or Atom feed ("<?xml ...?>" and "<rss",
 * "<feed")? */
bool ex_is_feed(const char *buf, size_t len);
/* As ex_blank_html, but a <title> is text (an item's headline), and the
 * "<item>" and "<entry>" tags stay to mark the items. */
void ex_blank_feed(char *buf, size_t len);

/* extract_json.c -------------------------------------------------------- */

/* Does the text open as a JSON object ('{' and a '"key":')? */
bool ex_is_json(const char *buf, size_t len);
/* JSON folded onto few lines (a record a line, or "minified") rewritten a
 * member a line, a date's parts kept together; false when out of memory. */
bool ex_json_unfold(ex_text *t);
/* "\uXXXX" at s (n bytes there), or a pair of them for one character
 * ("\ud83c\udf89"): its code point in *cp (perhaps a lone surrogate) and
 * the bytes it takes, 6 or 12; 0 if s holds no such escape. */
size_t ex_unicode_escape(const char *s, size_t n, int32_t *cp);
/* A text value of lines ('"desc": "## Dates\n1-3 November\n**Host:** KR"')
 * rewritten as a string a line, its Markdown out, so that each line reads
 * as the page's line it was; false when out of memory. */
bool ex_json_text_lines(ex_text *t);
/* Decodes its strings in place and blanks its quotes, brackets, commas
 * and the markup inside; the length and the line breaks stay. The
 * elements of an array of objects read as a data file's "- key:" items
 * (*items: some item opens a line), and date objects ('{"year": 2014,
 * "month": 12, "day": 9}') as dates. Returns true for a Jupyter
 * notebook, whose text is then Markdown. */
bool ex_blank_json(char *buf, size_t len, bool *items);

/* extract_layout.c ------------------------------------------------------ */

/* Reads a PDF's two columns one after the other and joins words broken at
 * a line's end, when the normalised text has them (sets source_line);
 * false when out of memory. */
bool ex_layout(ex_text *t);

/* extract_subtitles.c --------------------------------------------------- */

/* Is s[0, n) a timing line of YouTube's SBV captions
 * ("0:00:06.475,0:00:10.368")? (extract_subtitles.c) */
bool ex_sbv_timing(const char *s, size_t n);
/* Reads a subtitle file (SRT, WebVTT) as its spoken text: cue numbers and
 * timings go, a sentence runs on across cues (sets source_line); false
 * when out of memory. */
bool ex_subtitles(ex_text *t);

/* extract_csv.c --------------------------------------------------------- */

/* Reads a CSV export as a table of "|" cells, a row a line (sets
 * source_line); false when out of memory. */
bool ex_csv(ex_text *t);
/* Is buf a table whose header and rows are separated by tabs (the only
 * text whose tabs are not spaces)? */
bool ex_tab_separated(const char *buf, size_t len);

/* extract_yaml.c -------------------------------------------------------- */

/* Is buf a YAML document: nearly every line a "key:" line, a "- item" or
 * a comment, eight keys or more? */
bool ex_is_yaml(const char *buf, size_t len);
/* Blanks a YAML document's comments, its keys' underscores and English
 * suffixes, and its keys in other languages with their values (in place;
 * the length and the line breaks stay). */
void ex_blank_yaml(char *buf, size_t len);
/* Blanks a YAML document's keys' languages (below) and makes their
 * underscores spaces (in place). */
void ex_blank_keys(char *buf, size_t len);
/* Blanks a key in another language ("theme_fr:") with its value where
 * the document writes that key in English ("theme_en:"), and every
 * language suffix left (in place). */
void ex_blank_translations(char *buf, size_t len);

/* extract_patch.c ------------------------------------------------------- */

/* Is buf a change log with diffs or a patch ("diff --git", or "--- "
 * over "+++ " over "@@ -")? */
bool ex_is_patch(const char *buf, size_t len);
/* Blanks all of a patch but the lines its hunks add or leave in the file
 * it changes most, their "+" or " " column too (in place). */
void ex_blank_patch(char *buf, size_t len);

/* extract_toml.c -------------------------------------------------------- */

/* Is buf a TOML or INI data file: a "[table]" or more, eight "key =
 * value" lines or more, nearly every line data or a comment? */
bool ex_is_toml(const char *buf, size_t len);
/* Rewrites a TOML data file as YAML in place ("key = "v"" is "key:  v",
 * "[event.chair]" is "chair:"), then blanks it as YAML. */
void ex_blank_toml(char *buf, size_t len);

/* extract_exif.c -------------------------------------------------------- */

/* Is buf photo metadata as exiftool prints it ("File Name   : x.jpg",
 * most lines "Tag Name : value")? */
bool ex_is_exif(const char *buf, size_t len);
/* Writes each photo's event fields as a card ("file:", "headline:", its
 * caption as text, "event:", "city:", ...), the rest left out (sets
 * source_line and t->yaml); false when out of memory. */
bool ex_exif(ex_text *t);

/* extract_xml.c --------------------------------------------------------- */

/* Is buf an XML document ("<?xml ...")? (A feed is tested first.) */
bool ex_is_xml(const char *buf, size_t len);
/* Writes an XML document as YAML: an element a "name:" line, its text or
 * its attributes under it, the root's elements items (sets source_line
 * and t->yaml); false when out of memory. */
bool ex_xml(ex_text *t);

/* extract_rows.c -------------------------------------------------------- */

/* Writes a table of "|" cells whose rows wrap onto lines of their own as
 * one line a row, each cell's pieces joined (sets source_line); false
 * when out of memory. */
bool ex_wrapped_rows(ex_text *t);

/* extract_country.c ----------------------------------------------------- */

typedef struct ex_country_entry {
    char *folded; /* "republic of korea" */
    char code[3];
    bool demonym;
} ex_country_entry;

typedef struct ex_countries {
    ex_country_entry *e;
    size_t n;
    size_t max_words; /* the longest name, in words */
} ex_countries;

bool ex_countries_build(ex_countries *c, ex_mem *m);
void ex_countries_free(ex_countries *c, ex_mem *m);

typedef struct ex_country_hit {
    const char *code; /* static storage */
    ex_span toks;     /* the name as written, without a leading "the" */
    bool demonym;
} ex_country_hit;

/* A country named at token i (the longest match); false when none. Only
 * tokens that start with an upper-case letter can start a name. A two
 * letter upper-case code counts only when allow_code is set. */
bool ex_country_at(const ex_text *t, const ex_countries *c, size_t i, bool allow_code,
                   ex_country_hit *hit);

/* extract_date.c -------------------------------------------------------- */

typedef struct ex_date {
    summit_date start, end; /* end.year 0: no range */
    int weekday;            /* stated weekday of the start (0 = Sunday), or -1 */
    int end_weekday;        /* stated weekday of the end, or -1 */
    bool year_given;        /* the year was written (else it must be supplied) */
    bool end_year_given;
    bool impossible; /* "31 February 2021": tokens used, no date */
    ex_span toks;
} ex_date;

/* A date mention starting at token i: returns the tokens used (0: none).
 * An impossible date ("31 February 2021") uses its tokens with
 * d->impossible set, so that no part of it is read as another date. */
size_t ex_date_at(const ex_text *t, size_t i, ex_date *d);
/* 0 (Sunday) .. 6 for a full date. */
int ex_weekday_of(int32_t y, int32_t m, int32_t d);
bool ex_date_real(int32_t y, int32_t m, int32_t d);
/* The days of month m (1-12) of year y, whatever the year. */
int ex_month_days(int32_t y, int32_t m);
/* Days since a fixed origin, for distances between full dates. */
int64_t ex_day_number(const summit_date *d);

#endif
