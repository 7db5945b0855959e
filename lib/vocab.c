/* The schema's enumerated values. The constants in record.h index these tables. */
#include "vocab.h"

#include <string.h>

#include "summit/record.h"

static const char *const mode_names[] = {
    [SUMMIT_MODE_UNKNOWN] = NULL,
    [SUMMIT_MODE_IN_PERSON] = "in-person",
    [SUMMIT_MODE_VIRTUAL] = "virtual",
    [SUMMIT_MODE_HYBRID] = "hybrid",
};
static const char *const role_names[] = {
    [SUMMIT_ROLE_MEMBER] = "member",
    [SUMMIT_ROLE_CHAIR] = "chair",
    [SUMMIT_ROLE_GUEST] = "guest",
    [SUMMIT_ROLE_OBSERVER] = "observer",
};
static const char *const document_names[] = {
    [0] = NULL,
    [SUMMIT_DOCUMENT_JOINT_STATEMENT] = "joint-statement",
    [SUMMIT_DOCUMENT_CHARTER] = "charter",
    [SUMMIT_DOCUMENT_DECLARATION] = "declaration",
    [SUMMIT_DOCUMENT_FRAMEWORK] = "framework",
    [SUMMIT_DOCUMENT_REPORT] = "report",
    [SUMMIT_DOCUMENT_OTHER] = "other",
};
static const char *const media_names[] = {
    [0] = NULL,
    [SUMMIT_MEDIA_PHOTO] = "photo",
    [SUMMIT_MEDIA_VIDEO] = "video",
    [SUMMIT_MEDIA_DOCUMENT] = "document",
};

#define COUNT(a) ((int32_t)(sizeof(a) / sizeof((a)[0])))

const vocab vocab_mode = { mode_names, COUNT(mode_names),
                           "\"in-person\", \"virtual\" or \"hybrid\"" };
const vocab vocab_role = { role_names, COUNT(role_names),
                           "\"chair\", \"member\", \"guest\" or \"observer\"" };
const vocab vocab_document_kind = {
    document_names, COUNT(document_names),
    "\"joint-statement\", \"charter\", \"declaration\", \"framework\", \"report\" or \"other\"" };
const vocab vocab_media_kind = { media_names, COUNT(media_names),
                                 "\"photo\", \"video\" or \"document\"" };

int32_t vocab_lookup(const vocab *v, const char *s, size_t len)
{
    for (int32_t i = 0; i < v->count; i++) {
        const char *name = v->names[i];
        if (name && strlen(name) == len && memcmp(name, s, len) == 0)
            return i;
    }
    return -1;
}

const char *vocab_name(const vocab *v, int32_t value)
{
    return value >= 0 && value < v->count ? v->names[value] : NULL;
}
