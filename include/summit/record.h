/** libsummit — the summit record (schema "summit record v1").
 *
 * These structs are the typed, read-only view of a record. Records that come
 * from a collection are allocated by the library and stay valid, unchanged,
 * until that collection is freed; never write to them or free their parts.
 * To create records in code, fill a zeroed summit_record yourself and pass it
 * to summit_collection_add(), which validates it and keeps a deep copy.
 *
 * Conventions shared by every struct here:
 * - an absent string is NULL; strings are UTF-8, NUL-terminated, non-empty;
 * - an absent list has count 0 (its pointer may then be NULL);
 * - enum-valued fields are int32_t holding one of the SUMMIT_* constants;
 * - struct layout is part of the ABI: it changes only with SOVERSION. */
#ifndef SUMMIT_RECORD_H
#define SUMMIT_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How the meeting was held (`mode`). UNKNOWN means the member is absent. */
enum {
    SUMMIT_MODE_UNKNOWN = 0,
    SUMMIT_MODE_IN_PERSON = 1, /**< "in-person" */
    SUMMIT_MODE_VIRTUAL = 2,   /**< "virtual" */
    SUMMIT_MODE_HYBRID = 3     /* "hybrid" */
};

/** A participant's role. MEMBER is the schema's default. */
enum {
    SUMMIT_ROLE_MEMBER = 0,  /**< "member" */
    SUMMIT_ROLE_CHAIR = 1,   /**< "chair" */
    SUMMIT_ROLE_GUEST = 2,   /**< "guest" */
    SUMMIT_ROLE_OBSERVER = 3 /* "observer" */
};

/** A document's kind (required in every document). */
enum {
    SUMMIT_DOCUMENT_JOINT_STATEMENT = 1, /**< "joint-statement" */
    SUMMIT_DOCUMENT_CHARTER = 2,         /**< "charter" */
    SUMMIT_DOCUMENT_DECLARATION = 3,     /**< "declaration" */
    SUMMIT_DOCUMENT_FRAMEWORK = 4,       /**< "framework" */
    SUMMIT_DOCUMENT_REPORT = 5,          /**< "report" */
    SUMMIT_DOCUMENT_OTHER = 6            /* "other" */
};

/** A media item's kind (required in every media item). */
enum {
    SUMMIT_MEDIA_PHOTO = 1,   /**< "photo" */
    SUMMIT_MEDIA_VIDEO = 2,   /**< "video" */
    SUMMIT_MEDIA_DOCUMENT = 3 /* "document" */
};

/** A calendar date with its precision: "2021" is {2021, 0, 0}, "2021-11" is
 * {2021, 11, 0}, "2021-11-18" is {2021, 11, 18}. year == 0 means absent. */
typedef struct summit_date {
    int32_t year;  /**< 1900..2999, or 0 when the date is absent */
    int32_t month; /**< 1..12, or 0 when not given */
    int32_t day;   /**< 1..31, or 0 when not given */
} summit_date;

/** `location`: both NULL when absent; when present, country is set. */
typedef struct summit_place {
    const char *city;    /**< optional */
    const char *country; /**< ISO 3166-1 alpha-2 code, upper case */
} summit_place;

/** `chair`: all NULL when absent; when present, at least one is set. */
typedef struct summit_chair {
    const char *name;    /**< the person, as the source wrote it */
    const char *title;   /**< the office, as the source wrote it */
    const char *country; /**< ISO 3166-1 alpha-2 code */
} summit_chair;

/** A government taking part. */
typedef struct summit_participant {
    const char *country; /**< ISO 3166-1 alpha-2 code; required */
    const char *name;    /**< as the source wrote it ("Republic of Korea"); optional */
    int32_t role;        /**< SUMMIT_ROLE_* */
} summit_participant;

/** A document the meeting adopted, signed or published. */
typedef struct summit_document {
    int32_t kind;      /**< SUMMIT_DOCUMENT_*; required */
    const char *title; /**< required */
    summit_date date;  /**< optional (year 0 = absent) */
    const char *url;   /**< optional, http or https */
} summit_document;

/** A photo, video or other file of the meeting. */
typedef struct summit_media {
    int32_t kind;        /**< SUMMIT_MEDIA_*; required */
    const char *file;    /**< file name; at least one of file and url is set */
    const char *url;     /**< http or https */
    const char *caption; /**< optional */
} summit_media;

/** Where the record's facts came from. */
typedef struct summit_source {
    const char *url;       /**< required, http or https */
    const char *title;     /**< optional */
    summit_date retrieved; /**< optional (year 0 = absent) */
} summit_source;

/** One summit. Field order follows the schema's table. */
typedef struct summit_record {
    const char *id;     /**< required: 1-64 of [a-z0-9-], starting with a letter or digit */
    const char *series; /**< required */
    const char *group;  /**< optional */
    int32_t edition;    /**< optional: >= 1, or 0 when absent */
    const char *title;  /**< optional */
    const char *theme;  /**< optional */
    summit_date start_date; /**< required */
    summit_date end_date;   /**< optional; never before start_date */
    int32_t mode;           /**< SUMMIT_MODE_* */
    summit_place location;   /**< where; both NULL when absent */
    summit_chair chair;      /**< who chaired; all NULL when absent */
    const summit_participant *participants; /**< no country twice */
    size_t participant_count; /**< number of participants */
    const char *const *topics; /**< short subject phrases */
    size_t topic_count;        /**< number of topics */
    const char *const *commitments; /**< one sentence each, as agreed */
    size_t commitment_count;        /**< number of commitments */
    const summit_document *documents; /**< documents adopted or published */
    size_t document_count;            /**< number of documents */
    const summit_media *media; /**< photos, videos, files */
    size_t media_count;        /**< number of media items */
    const char *const *summary; /**< paragraphs */
    size_t summary_count;      /**< number of paragraphs */
    const summit_source *sources; /**< where the facts came from */
    size_t source_count;          /**< number of sources */
    /** `extra` as canonical compact JSON text (an object), or NULL when
     * absent. Member order and the exact digits of numbers are kept. */
    const char *extra_json;
} summit_record;

#ifdef __cplusplus
}
#endif

#endif /* SUMMIT_RECORD_H */
