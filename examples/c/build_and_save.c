/* Build records in code, add them to a new collection, and print the
 * collection as canonical JSON. Shows what validation says about a bad one. */
#include <stdio.h>
#include <string.h>

#include <summit/summit.h>

int main(void)
{
    summit_collection *c = summit_collection_new(NULL);
    if (!c)
        return 1;

    summit_participant people[] = {
        { "GB", "United Kingdom", SUMMIT_ROLE_CHAIR },
        { "KR", "Republic of Korea", SUMMIT_ROLE_MEMBER },
    };
    const char *topics[] = { "digital identity" };
    summit_record r;
    memset(&r, 0, sizeof r); /* absent fields are NULL / 0 */
    r.id = "example-2024";
    r.series = "Example Ministerial";
    r.start_date = (summit_date){ 2024, 11, 0 }; /* "2024-11": the precision is kept */
    r.mode = SUMMIT_MODE_HYBRID;
    r.location.city = "London";
    r.location.country = "GB";
    r.participants = people;
    r.participant_count = 2;
    r.topics = topics;
    r.topic_count = 1;
    r.extra_json = "{ \"note\": \"built in code\" }";

    summit_error err;
    if (summit_collection_add(c, &r, &err) != SUMMIT_OK) { /* validates, then copies */
        fprintf(stderr, "%s: %s\n", err.pointer, err.message);
        return 1;
    }

    r.id = "example-bad";
    people[1].country = "UK"; /* not an ISO 3166-1 code */
    if (summit_collection_add(c, &r, &err) != SUMMIT_OK)
        printf("refused: %s: %s\n", err.pointer, err.message);

    char *json;
    if (summit_collection_to_json(c, SUMMIT_JSON_PRETTY, &json, NULL, &err) != SUMMIT_OK)
        return 1;
    fputs(json, stdout);
    summit_free(json); /* not free(): the library may use another C runtime */
    summit_collection_free(c);
    return 0;
}
