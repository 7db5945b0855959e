/* summit_gen_corpus: writes N synthetic but valid summit records.
 *
 *   summit_gen_corpus N [--seed S] [--form collection|array|ndjson] > out.json
 *
 * The output is deterministic: the same N, seed and form give the same bytes
 * on every machine (own PRNG, no rand(), no locale, no floating point in the
 * output). Record i depends only on (seed, i), so the corpus of 1,000 records
 * is a prefix of the corpus of 100,000 with the same seed; the search
 * benchmark relies on that to compare sizes.
 *
 * Records are written in the schema's canonical compact form (members in the
 * schema's order, absent members and empty lists omitted, UTF-8 as is, only
 * what JSON requires escaped, no spaces), one trailing newline for the
 * collection and array forms and one per record for NDJSON. Sizes follow
 * the issue: 10-40 participants with unique real ISO 3166-1 alpha-2 codes
 * (the host as "chair", role always written), 3-8 topics, 2-6 commitments,
 * 1-3 documents, 0-2 media, 2-5 summary paragraphs of 40-120 words drawn
 * from a Zipf-distributed word list with a few non-ASCII words, 1-3 sources,
 * real calendar dates and an `extra` object on about one record in six. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- PRNG -- */

/* xoshiro256** seeded through splitmix64 (Blackman & Vigna). */
typedef struct rng {
    uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* A generator for record `index` of the corpus with `seed`: independent of
 * every other record, so corpora of different sizes share their prefix. */
static void rng_seed_record(rng *r, uint64_t seed, uint64_t index)
{
    uint64_t x = seed;
    uint64_t h = splitmix64(&x);
    x = h ^ (index * UINT64_C(0xD1B54A32D192ED03));
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

/* Uniform in [0, n), n >= 1 (n < 2^32; the bias of the multiply-shift is
 * below 2^-32 and irrelevant here). */
static size_t rng_below(rng *r, size_t n)
{
    uint64_t x = rng_next(r) >> 32;
    return (size_t)((x * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static int rng_range(rng *r, int lo, int hi)
{
    return lo + (int)rng_below(r, (size_t)(hi - lo + 1));
}

/* True with probability percent/100. */
static int rng_chance(rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

/* ------------------------------------------------------- string builder -- */

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static void die(const char *what)
{
    fprintf(stderr, "summit_gen_corpus: %s\n", what);
    exit(1);
}

static void sb_reserve(sbuf *b, size_t extra)
{
    if (b->len + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        die("out of memory");
    b->p = p;
    b->cap = cap;
}

static void sb_mem(sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void sb_str(sbuf *b, const char *s)
{
    sb_mem(b, s, strlen(s));
}

static void sb_ch(sbuf *b, char c)
{
    sb_reserve(b, 1);
    b->p[b->len++] = c;
}

static void sb_uint(sbuf *b, uint64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    sb_mem(b, tmp, (size_t)n);
}

static void sb_int(sbuf *b, long long v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    sb_mem(b, tmp, (size_t)n);
}

/* Appends the raw bytes of s with JSON's required escapes only (quote,
 * backslash, control characters); UTF-8 passes through unchanged. */
static void sb_escaped(sbuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
        unsigned char c = *q;
        if (c == '"' || c == '\\') {
            sb_ch(b, '\\');
            sb_ch(b, (char)c);
        } else if (c < 0x20) {
            switch (c) {
            case '\b': sb_str(b, "\\b"); break;
            case '\f': sb_str(b, "\\f"); break;
            case '\n': sb_str(b, "\\n"); break;
            case '\r': sb_str(b, "\\r"); break;
            case '\t': sb_str(b, "\\t"); break;
            default:
                sb_str(b, "\\u00");
                sb_ch(b, hex[c >> 4]);
                sb_ch(b, hex[c & 15]);
            }
        } else {
            sb_ch(b, (char)c);
        }
    }
}

/* "value" */
static void sb_qstr(sbuf *b, const char *s)
{
    sb_ch(b, '"');
    sb_escaped(b, s);
    sb_ch(b, '"');
}

/* Writes `"key":` preceded by a comma unless it is the object's first member. */
static void sb_key(sbuf *b, int *first, const char *key)
{
    if (!*first)
        sb_ch(b, ',');
    *first = 0;
    sb_ch(b, '"');
    sb_str(b, key);
    sb_str(b, "\":");
}

static void sb_member_str(sbuf *b, int *first, const char *key, const char *value)
{
    sb_key(b, first, key);
    sb_qstr(b, value);
}

/* ---------------------------------------------------------------- data -- */

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct country {
    const char *code; /* ISO 3166-1 alpha-2, all officially assigned */
    const char *name; /* as a source would write it */
} country;

static const country countries[] = {
    {"AE", "United Arab Emirates"}, {"AL", "Albania"}, {"AM", "Armenia"},
    {"AR", "Argentina"}, {"AT", "Austria"}, {"AU", "Australia"},
    {"AZ", "Azerbaijan"}, {"BA", "Bosnia and Herzegovina"}, {"BB", "Barbados"},
    {"BD", "Bangladesh"}, {"BE", "Belgium"}, {"BG", "Bulgaria"},
    {"BH", "Bahrain"}, {"BO", "Bolivia"}, {"BR", "Brazil"},
    {"BW", "Botswana"}, {"CA", "Canada"}, {"CH", "Switzerland"},
    {"CI", "Côte d'Ivoire"}, {"CL", "Chile"}, {"CN", "China"},
    {"CO", "Colombia"}, {"CR", "Costa Rica"}, {"CY", "Cyprus"},
    {"CZ", "Czechia"}, {"DE", "Germany"}, {"DK", "Denmark"},
    {"DO", "Dominican Republic"}, {"EC", "Ecuador"}, {"EE", "Estonia"},
    {"EG", "Egypt"}, {"ES", "Spain"}, {"ET", "Ethiopia"},
    {"FI", "Finland"}, {"FJ", "Fiji"}, {"FR", "France"},
    {"GB", "United Kingdom"}, {"GE", "Georgia"}, {"GH", "Ghana"},
    {"GR", "Greece"}, {"HR", "Croatia"}, {"HU", "Hungary"},
    {"ID", "Indonesia"}, {"IE", "Ireland"}, {"IL", "Israel"},
    {"IN", "India"}, {"IS", "Iceland"}, {"IT", "Italy"},
    {"JM", "Jamaica"}, {"JO", "Jordan"}, {"JP", "Japan"},
    {"KE", "Kenya"}, {"KR", "Republic of Korea"}, {"KZ", "Kazakhstan"},
    {"LK", "Sri Lanka"}, {"LT", "Lithuania"}, {"LU", "Luxembourg"},
    {"LV", "Latvia"}, {"MA", "Morocco"}, {"MD", "Moldova"},
    {"ME", "Montenegro"}, {"MK", "North Macedonia"}, {"MN", "Mongolia"},
    {"MT", "Malta"}, {"MU", "Mauritius"}, {"MX", "Mexico"},
    {"MY", "Malaysia"}, {"NA", "Namibia"}, {"NG", "Nigeria"},
    {"NL", "Netherlands"}, {"NO", "Norway"}, {"NP", "Nepal"},
    {"NZ", "New Zealand"}, {"OM", "Oman"}, {"PA", "Panama"},
    {"PE", "Peru"}, {"PG", "Papua New Guinea"}, {"PH", "Philippines"},
    {"PK", "Pakistan"}, {"PL", "Poland"}, {"PT", "Portugal"},
    {"PY", "Paraguay"}, {"QA", "Qatar"}, {"RO", "Romania"},
    {"RS", "Serbia"}, {"RW", "Rwanda"}, {"SA", "Saudi Arabia"},
    {"SE", "Sweden"}, {"SG", "Singapore"}, {"SI", "Slovenia"},
    {"SK", "Slovakia"}, {"SN", "Senegal"}, {"TH", "Thailand"},
    {"TN", "Tunisia"}, {"TR", "Türkiye"}, {"TT", "Trinidad and Tobago"},
    {"TZ", "Tanzania"}, {"UA", "Ukraine"}, {"UG", "Uganda"},
    {"US", "United States"}, {"UY", "Uruguay"}, {"UZ", "Uzbekistan"},
    {"VN", "Viet Nam"}, {"ZA", "South Africa"},
};

typedef struct city {
    const char *name;
    const char *code; /* must be in countries[] */
} city;

static const city cities[] = {
    {"London", "GB"}, {"Edinburgh", "GB"}, {"Tallinn", "EE"}, {"서울", "KR"},
    {"Busan", "KR"}, {"Wellington", "NZ"}, {"Auckland", "NZ"}, {"Jerusalem", "IL"},
    {"Tel Aviv", "IL"}, {"Montevideo", "UY"}, {"Lisbon", "PT"}, {"Porto", "PT"},
    {"Ottawa", "CA"}, {"Montréal", "CA"}, {"Toronto", "CA"}, {"Copenhagen", "DK"},
    {"Mexico City", "MX"}, {"São Paulo", "BR"}, {"Brasília", "BR"}, {"Zürich", "CH"},
    {"Geneva", "CH"}, {"Reykjavík", "IS"}, {"Paris", "FR"}, {"Berlin", "DE"},
    {"Tokyo", "JP"}, {"Singapore", "SG"}, {"Nairobi", "KE"}, {"Kigali", "RW"},
    {"Buenos Aires", "AR"}, {"Santiago", "CL"}, {"Bogotá", "CO"}, {"Helsinki", "FI"},
    {"Oslo", "NO"}, {"Stockholm", "SE"}, {"Vienna", "AT"}, {"Warsaw", "PL"},
    {"Kraków", "PL"}, {"Dublin", "IE"}, {"Madrid", "ES"}, {"Rome", "IT"},
    {"Bengaluru", "IN"}, {"New Delhi", "IN"}, {"Jakarta", "ID"}, {"Canberra", "AU"},
    {"Sydney", "AU"}, {"Cape Town", "ZA"}, {"Washington", "US"}, {"Tbilisi", "GE"},
    {"Vilnius", "LT"}, {"Riga", "LV"}, {"Brussels", "BE"}, {"The Hague", "NL"},
};

typedef struct series {
    const char *name;
    const char *groups[3]; /* names the forum went by; NULL-terminated */
} series;

static const series series_list[] = {
    {"Digital Nations Ministerial Summit", {"D5", "D9", "Digital Nations"}},
    {"G20 Digital Economy Ministers Meeting", {"G20", NULL, NULL}},
    {"G7 Digital and Technology Ministers' Meeting", {"G7", NULL, NULL}},
    {"OECD Digital Economy Policy Ministerial", {"OECD", NULL, NULL}},
    {"UN Internet Governance Forum", {"IGF", "United Nations", NULL}},
    {"EU Digital Assembly", {"European Union", NULL, NULL}},
    {"Asia-Pacific Digital Government Forum", {"APEC", "Asia-Pacific", NULL}},
    {"Summit of the Americas on Digital Government", {"Red GEALC", "OAS", NULL}},
    {"Nordic-Baltic Digital Ministers Meeting", {"NB8", NULL, NULL}},
    {"Commonwealth Digital Ministers Forum", {"Commonwealth", NULL, NULL}},
};

static const char *const topics[] = {
    "artificial intelligence", "big data", "digital identity", "open data",
    "cybersecurity", "digital inclusion", "data protection", "cloud computing",
    "digital public infrastructure", "open source", "interoperability",
    "digital skills", "e-procurement", "service design", "once-only principle",
    "green ICT", "connectivity", "5G networks", "quantum computing", "digital trade",
    "cross-border data flows", "online safety", "misinformation", "govtech startups",
    "digital health", "e-voting", "blockchain", "smart cities",
    "algorithmic transparency", "AI ethics", "data governance", "digital sovereignty",
    "broadband access", "semiconductors", "digital payments", "e-residency",
    "privacy-enhancing technologies", "public sector innovation", "accessibility",
    "platform regulation", "children's online privacy", "emerging technologies",
    "digital twins", "satellite connectivity", "climate data", "disaster resilience",
    "digital taxation", "legal identity", "user research", "agile delivery",
};

static const char *const first_names[] = {
    "Oliver", "Amelia", "Jüri", "Kersti", "Min-jun", "Seo-yeon", "José", "María",
    "João", "Inês", "Søren", "Mette", "Jürgen", "Zoë", "Łukasz", "Agnieszka",
    "Chloé", "François", "Ngozi", "Kwame", "Aiko", "Hiroshi", "Priya", "Arjun",
    "Sigríður", "Björn", "Ana", "Carlos", "Fatima", "Omar", "Noa", "Yael",
    "Grace", "Liam", "Aroha", "Tama", "Dmitro", "Olena", "Ines", "Mateo",
};

static const char *const last_names[] = {
    "Smith", "Tamm", "Kim", "Park", "García", "Silva", "Nielsen", "Müller",
    "Kowalski", "Dubois", "Okafor", "Mensah", "Tanaka", "Sharma", "Jónsdóttir",
    "Rodríguez", "Haddad", "Cohen", "Ngata", "Shevchenko", "Rossi", "Novak",
    "O'Brien", "Andersson", "Fernández", "Nguyen", "Mwangi", "Costa", "Herrera",
    "Lindqvist", "김", "Ivanova", "Brown", "Wilson", "Taylor", "López",
};

static const char *const chair_titles[] = {
    "Minister for Digital Government", "Minister of Digital Affairs",
    "Secretary of State for Digital, Culture, Media and Sport",
    "Minister of Economy and Innovation", "Deputy Prime Minister",
    "Government Chief Information Officer", "Minister of Science and ICT",
    "Minister for Public Service and Digitalisation", "Chair of the Steering Group",
};

static const char *const commit_subjects[] = {
    "Ministers", "Member governments", "The participants", "Each member",
    "The chair and members", "Digital ministers",
};

static const char *const commit_verbs[] = {
    "publish", "strengthen", "expand", "share", "develop", "adopt", "review",
    "fund", "pilot", "align", "measure", "open up",
};

static const char *const commit_objects[] = {
    "a joint action plan on", "common standards for", "shared guidance on",
    "an annual progress report on", "open reference implementations for",
    "a peer review of national policies on", "a training programme in",
    "a public register of projects in",
};

static const char *const doc_kinds[] = {
    "joint-statement", "charter", "declaration", "framework", "report", "other",
};

static const char *const media_kinds[] = {"photo", "video", "document"};

static const char *const modes[] = {"in-person", "virtual", "hybrid"};

static const char *const domains[] = {
    "www.gov.uk", "www.canada.ca", "www.gub.uy", "e-estonia.com", "www.digital.govt.nz",
    "www.oecd.org", "www.un.org", "digital-strategy.ec.europa.eu", "www.gov.il",
    "www.gob.mx", "www.portugal.gov.pt", "www.korea.kr", "en.digst.dk",
    "www.digital-nations.org", "www.publictechnology.net", "www.g20.org",
};

/* Prose vocabulary, roughly by frequency: words are drawn with a Zipf-like
 * distribution over this order, so early words are common and late words
 * rare, as in real text (that matters for the search benchmark). */
static const char *const words[] = {
    "the", "of", "and", "to", "in", "a", "for", "on", "digital", "with",
    "government", "ministers", "that", "data", "public", "by", "services", "as",
    "their", "is", "summit", "from", "countries", "will", "at", "an", "this",
    "work", "technology", "new", "members", "policy", "citizens", "national",
    "support", "open", "agreed", "more", "international", "be", "were", "was",
    "discussed", "shared", "standards", "cooperation", "across", "security",
    "innovation", "between", "people", "online", "identity", "trust", "common",
    "future", "delegations", "ministerial", "economy", "development", "access",
    "infrastructure", "networks", "it", "meeting", "progress", "also", "its",
    "transformation", "approach", "research", "skills", "private", "sector",
    "capacity", "year", "first", "other", "session", "working", "groups",
    "inclusive", "agenda", "experience", "lessons", "learned", "practice",
    "principles", "framework", "challenges", "opportunities", "tools",
    "platforms", "systems", "design", "users", "needs", "evidence", "results",
    "governance", "regulation", "rights", "privacy", "protection", "ethics",
    "transparency", "accountability", "resilience", "recovery", "pandemic",
    "climate", "sustainable", "green", "emissions", "energy", "efficiency",
    "exclusion", "inequality", "divide", "rural", "communities", "local",
    "regional", "global", "partners", "partnership", "joint", "statement",
    "declaration", "commitment", "roadmap", "strategy", "vision", "goals",
    "targets", "indicators", "measurement", "reporting", "review", "peer",
    "exchange", "officials", "experts", "civil", "society", "industry",
    "academia", "startups", "procurement", "budget", "investment", "funding",
    "programme", "pilot", "scale", "reuse", "components", "interoperable",
    "cloud", "software", "source", "code", "licences", "algorithms",
    "automated", "decisions", "models", "training", "datasets", "registers",
    "portals", "registries", "authentication", "signatures", "wallets",
    "credentials", "verification", "fraud", "incidents", "response", "teams",
    "threats", "attacks", "critical", "hospitals", "schools", "teachers",
    "students", "health", "records", "benefits", "taxes", "payments",
    "grants", "permits", "business", "trade", "customs", "borders",
    "migration", "elections", "misinformation", "media", "literacy",
    "accessibility", "disability", "language", "translation", "mobile",
    "broadband", "satellite", "spectrum", "fibre", "towers", "villages",
    "islands", "coastal", "disasters", "floods", "earthquakes", "wildfires",
    "forecasting", "sensors", "twins", "quantum", "semiconductors", "supply",
    "chains", "sovereignty", "values", "democracy", "openness", "freedom",
    "expression", "moderation", "children", "youth", "elderly", "carers",
    "volunteers", "libraries", "archives", "heritage", "museums", "tourism",
    "agriculture", "fisheries", "forestry", "mining", "transport", "ports",
    "railways", "aviation", "logistics", "postal", "addresses", "maps",
    "geospatial", "statistics", "census", "surveys", "feedback", "complaints",
    "ombudsman", "courts", "justice", "police", "prisons", "defence",
    "embassies", "consular", "passports", "visas", "residency", "nationality",
    "hackathon", "fellowship", "secondment", "mentoring", "apprenticeships",
    "curriculum", "universities", "laboratories", "sandboxes", "experiments",
    "prototypes", "discovery", "alpha", "beta", "live", "retirement",
    "legacy", "mainframes", "modernisation", "outages", "uptime", "latency",
};

/* Non-ASCII words mixed into the prose now and then. */
static const char *const rare_words[] = {
    "São Paulo", "Brasília", "Zürich", "Montréal", "Reykjavík", "서울",
    "Bogotá", "Kraków", "Türkiye", "naïve", "café", "coöperation",
};

static double zipf_cdf[COUNT(words)];

static void zipf_init(void)
{
    double sum = 0.0;
    for (size_t i = 0; i < COUNT(words); i++) {
        sum += 1.0 / ((double)i + 2.0);
        zipf_cdf[i] = sum;
    }
    for (size_t i = 0; i < COUNT(words); i++)
        zipf_cdf[i] /= sum;
}

static const char *zipf_word(rng *r)
{
    double u = (double)(rng_next(r) >> 11) * 0x1.0p-53;
    size_t lo = 0, hi = COUNT(words) - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (zipf_cdf[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    return words[lo];
}

/* --------------------------------------------------------------- dates -- */

typedef struct date {
    int y, m, d; /* m or d 0: lower precision */
} date;

static int days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dim[m - 1];
}

static date date_add_days(date t, int days)
{
    while (days-- > 0) {
        if (++t.d > days_in_month(t.y, t.m)) {
            t.d = 1;
            if (++t.m > 12) {
                t.m = 1;
                t.y++;
            }
        }
    }
    return t;
}

static date random_date(rng *r, int y0, int y1)
{
    date t;
    t.y = rng_range(r, y0, y1);
    t.m = rng_range(r, 1, 12);
    t.d = rng_range(r, 1, days_in_month(t.y, t.m));
    return t;
}

static void sb_date(sbuf *b, date t)
{
    char tmp[16];
    int n;
    if (t.m == 0)
        n = snprintf(tmp, sizeof tmp, "\"%04d\"", t.y);
    else if (t.d == 0)
        n = snprintf(tmp, sizeof tmp, "\"%04d-%02d\"", t.y, t.m);
    else
        n = snprintf(tmp, sizeof tmp, "\"%04d-%02d-%02d\"", t.y, t.m, t.d);
    sb_mem(b, tmp, (size_t)n);
}

/* ---------------------------------------------------------- one record -- */

static const char *ordinal_suffix(int n)
{
    if (n % 100 >= 11 && n % 100 <= 13)
        return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

static size_t country_index(const char *code)
{
    for (size_t i = 0; i < COUNT(countries); i++)
        if (strcmp(countries[i].code, code) == 0)
            return i;
    die("internal error: city with a country not in the list");
    return 0;
}

/* Picks k distinct indices below n into out[] (partial Fisher-Yates over
 * perm[], which must hold 0..n-1 in some order). */
static void pick_distinct(rng *r, size_t *perm, size_t n, size_t k, size_t *out)
{
    for (size_t i = 0; i < k; i++) {
        size_t j = i + rng_below(r, n - i);
        size_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        out[i] = perm[i];
    }
}

/* A slug from free text: lower-case ASCII letters and digits, '-' between
 * words, non-ASCII dropped. */
static void sb_slug(sbuf *b, const char *s)
{
    int dash = 0;
    for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
        unsigned char c = *q;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash)
                sb_ch(b, '-');
            dash = 0;
            sb_ch(b, (char)c);
        } else if (c >= 'A' && c <= 'Z') {
            if (dash)
                sb_ch(b, '-');
            dash = 0;
            sb_ch(b, (char)(c - 'A' + 'a'));
        } else if (c < 0x80) {
            dash = 1;
        }
    }
}

static void sb_paragraph(sbuf *b, rng *r, const char *city_name, const char *topic)
{
    int target = rng_range(r, 40, 120);
    int written = 0;
    sb_ch(b, '"');
    while (written < target) {
        int len = rng_range(r, 6, 18);
        if (target - written - len < 6)
            len = target - written;
        if (written > 0)
            sb_ch(b, ' ');
        for (int w = 0; w < len; w++) {
            const char *word;
            unsigned roll = (unsigned)rng_below(r, 1000);
            if (roll < 15)
                word = rare_words[rng_below(r, COUNT(rare_words))];
            else if (roll < 30)
                word = city_name;
            else if (roll < 45)
                word = topic;
            else
                word = zipf_word(r);
            if (w > 0)
                sb_ch(b, ' ');
            size_t start = b->len;
            sb_escaped(b, word);
            if (w == 0 && b->p[start] >= 'a' && b->p[start] <= 'z')
                b->p[start] = (char)(b->p[start] - 'a' + 'A');
            if (w + 1 < len && rng_chance(r, 6))
                sb_ch(b, ',');
        }
        sb_ch(b, '.');
        written += len;
    }
    sb_ch(b, '"');
}

static void write_record(sbuf *b, uint64_t seed, size_t index)
{
    rng r;
    rng_seed_record(&r, seed, (uint64_t)index);

    const series *se = &series_list[rng_below(&r, COUNT(series_list))];
    size_t ngroups = 0;
    while (ngroups < 3 && se->groups[ngroups])
        ngroups++;
    const char *group = se->groups[rng_below(&r, ngroups)];
    int edition = rng_range(&r, 1, 30);
    const city *host = &cities[rng_below(&r, COUNT(cities))];
    size_t host_ci = country_index(host->code);
    const char *main_topic = topics[rng_below(&r, COUNT(topics))];

    date start = random_date(&r, 1998, 2025);
    date end = date_add_days(start, rng_range(&r, 0, 3));
    char text[512];

    int first = 1;
    sb_ch(b, '{');

    /* id, series, group, edition */
    char id[32];
    snprintf(id, sizeof id, "gen-%06zu", index + 1);
    sb_member_str(b, &first, "id", id);
    sb_member_str(b, &first, "series", se->name);
    if (rng_chance(&r, 92))
        sb_member_str(b, &first, "group", group);
    if (rng_chance(&r, 90)) {
        sb_key(b, &first, "edition");
        sb_int(b, edition);
    }

    /* title, theme */
    if (rng_chance(&r, 95)) {
        snprintf(text, sizeof text, "%s ministers meet in %s to discuss %s", group, host->name,
                 main_topic);
        sb_member_str(b, &first, "title", text);
    }
    if (rng_chance(&r, 70)) {
        const char *t2 = topics[rng_below(&r, COUNT(topics))];
        snprintf(text, sizeof text, "Building Trust in %s: %s for an Open and Inclusive Future",
                 main_topic, t2);
        sb_member_str(b, &first, "theme", text);
    }

    /* dates, mode */
    sb_key(b, &first, "start_date");
    sb_date(b, start);
    if (rng_chance(&r, 85)) {
        sb_key(b, &first, "end_date");
        sb_date(b, end);
    }
    if (rng_chance(&r, 95))
        sb_member_str(b, &first, "mode", modes[rng_below(&r, COUNT(modes))]);

    /* location */
    if (rng_chance(&r, 96)) {
        int f2 = 1;
        sb_key(b, &first, "location");
        sb_ch(b, '{');
        if (rng_chance(&r, 90))
            sb_member_str(b, &f2, "city", host->name);
        sb_member_str(b, &f2, "country", host->code);
        sb_ch(b, '}');
    }

    /* chair */
    if (rng_chance(&r, 90)) {
        int f2 = 1;
        sb_key(b, &first, "chair");
        sb_ch(b, '{');
        int with_name = rng_chance(&r, 85);
        int with_title = rng_chance(&r, 80);
        if (with_name) {
            /* one draw per statement: argument evaluation order is unspecified */
            const char *given = first_names[rng_below(&r, COUNT(first_names))];
            const char *family = last_names[rng_below(&r, COUNT(last_names))];
            snprintf(text, sizeof text, "%s %s", given, family);
            sb_member_str(b, &f2, "name", text);
        }
        if (with_title)
            sb_member_str(b, &f2, "title", chair_titles[rng_below(&r, COUNT(chair_titles))]);
        if (!with_name && !with_title)
            sb_member_str(b, &f2, "country", host->code); /* at least one member */
        else if (rng_chance(&r, 90))
            sb_member_str(b, &f2, "country", host->code);
        sb_ch(b, '}');
    }

    /* participants: the host first, as chair, then distinct others */
    {
        size_t perm[COUNT(countries)];
        size_t picked[40];
        size_t n = (size_t)rng_range(&r, 10, 40);
        for (size_t i = 0; i < COUNT(countries); i++)
            perm[i] = i;
        perm[host_ci] = COUNT(countries) - 1; /* the host is not drawn again */
        perm[COUNT(countries) - 1] = host_ci;
        pick_distinct(&r, perm, COUNT(countries) - 1, n - 1, picked);
        sb_key(b, &first, "participants");
        sb_ch(b, '[');
        for (size_t i = 0; i < n; i++) {
            const country *c = &countries[i == 0 ? host_ci : picked[i - 1]];
            const char *role = "chair";
            if (i > 0) {
                unsigned roll = (unsigned)rng_below(&r, 100);
                role = roll < 80 ? "member" : roll < 92 ? "guest" : "observer";
            }
            int f2 = 1;
            if (i > 0)
                sb_ch(b, ',');
            sb_ch(b, '{');
            sb_member_str(b, &f2, "country", c->code);
            if (rng_chance(&r, 90))
                sb_member_str(b, &f2, "name", c->name);
            sb_member_str(b, &f2, "role", role);
            sb_ch(b, '}');
        }
        sb_ch(b, ']');
    }

    /* topics: the main one first, then distinct others */
    {
        size_t perm[COUNT(topics)];
        size_t picked[8];
        size_t n = (size_t)rng_range(&r, 3, 8);
        size_t main_i = 0;
        for (size_t i = 0; i < COUNT(topics); i++) {
            perm[i] = i;
            if (topics[i] == main_topic)
                main_i = i;
        }
        perm[main_i] = COUNT(topics) - 1;
        perm[COUNT(topics) - 1] = main_i;
        pick_distinct(&r, perm, COUNT(topics) - 1, n - 1, picked);
        sb_key(b, &first, "topics");
        sb_ch(b, '[');
        sb_qstr(b, main_topic);
        for (size_t i = 0; i + 1 < n; i++) {
            sb_ch(b, ',');
            sb_qstr(b, topics[picked[i]]);
        }
        sb_ch(b, ']');
    }

    /* commitments: one sentence each */
    {
        int n = rng_range(&r, 2, 6);
        sb_key(b, &first, "commitments");
        sb_ch(b, '[');
        for (int i = 0; i < n; i++) {
            const char *topic = topics[rng_below(&r, COUNT(topics))];
            const char *subject = commit_subjects[rng_below(&r, COUNT(commit_subjects))];
            if (rng_chance(&r, 10)) {
                snprintf(text, sizeof text,
                         "%s endorsed the \"%s first\" principle for new public services.",
                         subject, topic);
            } else {
                const char *verb = commit_verbs[rng_below(&r, COUNT(commit_verbs))];
                const char *object = commit_objects[rng_below(&r, COUNT(commit_objects))];
                int by = end.y + rng_range(&r, 1, 5);
                snprintf(text, sizeof text, "%s committed to %s %s %s by %d.", subject, verb,
                         object, topic, by);
            }
            if (i > 0)
                sb_ch(b, ',');
            sb_qstr(b, text);
        }
        sb_ch(b, ']');
    }

    /* documents */
    {
        int n = rng_range(&r, 1, 3);
        sb_key(b, &first, "documents");
        sb_ch(b, '[');
        for (int i = 0; i < n; i++) {
            size_t kind = i == 0 ? 0 : rng_below(&r, COUNT(doc_kinds));
            const char *topic = topics[rng_below(&r, COUNT(topics))];
            switch (kind) {
            case 0:
                snprintf(text, sizeof text, "Joint Statement of the %d%s %s", edition,
                         ordinal_suffix(edition), se->name);
                break;
            case 1: snprintf(text, sizeof text, "Charter of the %s", group); break;
            case 2: snprintf(text, sizeof text, "%s Declaration on %s", host->name, topic); break;
            case 3: snprintf(text, sizeof text, "Framework for %s in Government", topic); break;
            case 4: snprintf(text, sizeof text, "Report on %s: %d Edition", topic, start.y); break;
            default: snprintf(text, sizeof text, "Chair's Summary of the %s", se->name); break;
            }
            int f2 = 1;
            if (i > 0)
                sb_ch(b, ',');
            sb_ch(b, '{');
            sb_member_str(b, &f2, "kind", doc_kinds[kind]);
            sb_member_str(b, &f2, "title", text);
            if (rng_chance(&r, 85)) {
                /* mostly the last day, sometimes a later month or only a year */
                date d = end;
                unsigned roll = (unsigned)rng_below(&r, 100);
                if (roll < 10) {
                    d.d = 0;
                } else if (roll < 15) {
                    d.m = 0;
                    d.d = 0;
                }
                sb_key(b, &f2, "date");
                sb_date(b, d);
            }
            if (rng_chance(&r, 85)) {
                sbuf u = {0};
                sb_str(&u, "https://");
                sb_str(&u, domains[rng_below(&r, COUNT(domains))]);
                sb_str(&u, "/publications/");
                sb_uint(&u, (uint64_t)start.y);
                sb_ch(&u, '/');
                sb_slug(&u, text);
                sb_str(&u, ".pdf");
                sb_ch(&u, '\0');
                sb_member_str(b, &f2, "url", u.p);
                free(u.p);
            }
            sb_ch(b, '}');
        }
        sb_ch(b, ']');
    }

    /* media (often none) */
    {
        int n = rng_range(&r, 0, 2);
        if (n > 0) {
            sb_key(b, &first, "media");
            sb_ch(b, '[');
        }
        for (int i = 0; i < n; i++) {
            size_t kind = rng_below(&r, COUNT(media_kinds));
            static const char *const ext[] = {".jpg", ".mp4", ".pdf"};
            unsigned which = (unsigned)rng_below(&r, 3); /* file, url or both */
            int f2 = 1;
            if (i > 0)
                sb_ch(b, ',');
            sb_ch(b, '{');
            sb_member_str(b, &f2, "kind", media_kinds[kind]);
            if (which != 1) {
                snprintf(text, sizeof text, "%s - Ministerial Summit - Day %d - %d%s.%s", group,
                         i + 1, start.d, ordinal_suffix(start.d), ext[kind] + 1);
                sb_member_str(b, &f2, "file", text);
            }
            if (which != 0) {
                snprintf(text, sizeof text, "https://%s/media/%s/%d-%d%s",
                         domains[rng_below(&r, COUNT(domains))], id, start.y, i + 1, ext[kind]);
                sb_member_str(b, &f2, "url", text);
            }
            if (rng_chance(&r, 70)) {
                static const char *const caption[] = {
                    "Family photo at the", "Recording of the opening session of the",
                    "Presentation given at the"};
                snprintf(text, sizeof text, "%s %s hosted in %s in %d.", caption[kind], se->name,
                         host->name, start.y);
                sb_member_str(b, &f2, "caption", text);
            }
            sb_ch(b, '}');
        }
        if (n > 0)
            sb_ch(b, ']');
    }

    /* summary */
    {
        int n = rng_range(&r, 2, 5);
        sb_key(b, &first, "summary");
        sb_ch(b, '[');
        for (int i = 0; i < n; i++) {
            if (i > 0)
                sb_ch(b, ',');
            sb_paragraph(b, &r, host->name, main_topic);
        }
        sb_ch(b, ']');
    }

    /* sources */
    {
        int n = rng_range(&r, 1, 3);
        sb_key(b, &first, "sources");
        sb_ch(b, '[');
        for (int i = 0; i < n; i++) {
            int f2 = 1;
            if (i > 0)
                sb_ch(b, ',');
            sb_ch(b, '{');
            snprintf(text, sizeof text, "%s summit in %s ends with %s commitments", group,
                     host->name, topics[rng_below(&r, COUNT(topics))]);
            {
                sbuf u = {0};
                sb_str(&u, "https://");
                sb_str(&u, domains[rng_below(&r, COUNT(domains))]);
                sb_str(&u, "/news/");
                sb_uint(&u, (uint64_t)end.y);
                sb_ch(&u, '/');
                sb_slug(&u, text);
                if (rng_chance(&r, 20)) {
                    sb_str(&u, "?lang=en&ref=");
                    sb_uint(&u, (uint64_t)index + 1);
                }
                sb_ch(&u, '\0');
                sb_member_str(b, &f2, "url", u.p);
                free(u.p);
            }
            if (rng_chance(&r, 80))
                sb_member_str(b, &f2, "title", text);
            if (rng_chance(&r, 75)) {
                date d = date_add_days(end, rng_range(&r, 0, 1000));
                sb_key(b, &f2, "retrieved");
                sb_date(b, d);
            }
            sb_ch(b, '}');
        }
        sb_ch(b, ']');
    }

    /* extra: on about one record in six; a number above 2^53 (exact digits
     * must survive), nested arrays, literals and an escaped quote */
    if (rng_chance(&r, 17)) {
        int f2 = 1;
        sb_key(b, &first, "extra");
        sb_ch(b, '{');
        sb_key(b, &f2, "legacy_id");
        sb_uint(b, UINT64_C(9007199254740993) + 2 * (uint64_t)index);
        if (rng_chance(&r, 70)) {
            sb_key(b, &f2, "ratings");
            sb_str(b, "[[");
            sb_int(b, rng_range(&r, 1, 5));
            sb_ch(b, ',');
            sb_int(b, rng_range(&r, -3, 5));
            sb_str(b, "],[0.125,-17,[");
            sb_int(b, rng_range(&r, 0, 1000000));
            sb_str(b, ",[]]]]");
        }
        if (rng_chance(&r, 50)) {
            sb_key(b, &f2, "verified");
            sb_str(b, rng_chance(&r, 50) ? "true" : "false");
        }
        if (rng_chance(&r, 30)) {
            sb_key(b, &f2, "reviewer");
            sb_str(b, "null");
        }
        if (rng_chance(&r, 50)) {
            int f3 = 1;
            sb_key(b, &f2, "notes");
            sb_ch(b, '{');
            sb_member_str(b, &f3, "text", "Imported from the \"legacy\" archive; see Zürich minutes.");
            sb_key(b, &f3, "pages");
            sb_str(b, "[[1,2],[3,[4,[5]]]]");
            sb_ch(b, '}');
        }
        sb_ch(b, '}');
    }

    sb_ch(b, '}');
}

/* ---------------------------------------------------------------- main -- */

static void usage(void)
{
    fprintf(stderr, "usage: summit_gen_corpus N [--seed S] [--form collection|array|ndjson]\n"
                    "  writes N valid summit records to standard output (default seed 1,\n"
                    "  form collection); the same arguments always give the same bytes\n");
    exit(2);
}

static uint64_t parse_u64(const char *s, const char *what)
{
    char *end;
    errno = 0;
    if (!*s || *s == '-')
        usage();
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end) {
        fprintf(stderr, "summit_gen_corpus: bad %s: %s\n", what, s);
        usage();
    }
    return (uint64_t)v;
}

int main(int argc, char **argv)
{
    enum { COLLECTION, ARRAY, NDJSON } form = COLLECTION;
    uint64_t seed = 1;
    const char *count_arg = NULL;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            seed = parse_u64(argv[++i], "seed");
        } else if (strcmp(argv[i], "--form") == 0 && i + 1 < argc) {
            const char *f = argv[++i];
            if (strcmp(f, "collection") == 0)
                form = COLLECTION;
            else if (strcmp(f, "array") == 0)
                form = ARRAY;
            else if (strcmp(f, "ndjson") == 0)
                form = NDJSON;
            else
                usage();
        } else if (argv[i][0] == '-' || count_arg) {
            usage();
        } else {
            count_arg = argv[i];
        }
    }
    if (!count_arg)
        usage();
    uint64_t n = parse_u64(count_arg, "record count");
    if (n > 99999999u) {
        fprintf(stderr, "summit_gen_corpus: at most 99999999 records\n");
        return 2;
    }

    zipf_init();
    sbuf b = {0};
    if (form == COLLECTION)
        sb_str(&b, "{\"schema\":\"summit-collection/1\",\"records\":[");
    else if (form == ARRAY)
        sb_ch(&b, '[');
    for (uint64_t i = 0; i < n; i++) {
        if (i > 0 && form != NDJSON)
            sb_ch(&b, ',');
        write_record(&b, seed, (size_t)i);
        if (form == NDJSON)
            sb_ch(&b, '\n');
        if (b.len >= (1u << 20)) {
            if (fwrite(b.p, 1, b.len, stdout) != b.len)
                die("write error");
            b.len = 0;
        }
    }
    if (form == COLLECTION)
        sb_str(&b, "]}\n");
    else if (form == ARRAY)
        sb_str(&b, "]\n");
    if (fwrite(b.p, 1, b.len, stdout) != b.len || fflush(stdout) != 0)
        die("write error");
    free(b.p);
    return 0;
}
