// Package summit is a Go binding for libsummit, the C library that loads,
// validates, searches and writes records of intergovernmental summits.
//
// The library is found through pkg-config (package "summit"). Every record
// handed out by this package is a plain Go value, copied out of C memory, so
// it stays valid after its Collection is closed. A Collection owns a C
// handle: call Close when done with it (a finalizer frees it otherwise).
//
// A Collection may be read (Len, Record, Find, Search, JSON) from many
// goroutines at once; Close waits for those calls to finish, and any call
// after Close returns ErrClosed (Len returns 0, Find reports not found).
package summit

/*
#cgo pkg-config: summit
#include <stdlib.h>
#include <summit/summit.h>
*/
import "C"

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

// Status codes of the C library (summit_status).
const (
	OK             = 0
	ErrIO          = -1 // a file could not be opened or read
	ErrSyntax      = -2 // the input is not strict JSON or not UTF-8
	ErrSchema      = -3 // valid JSON that breaks a rule of the summit record
	ErrDuplicateID = -4 // two records share an id
	ErrLimit       = -5 // a configured limit was exceeded
	ErrNoMem       = -6 // an allocation failed
	ErrArg         = -7 // a bad argument
	ErrQuery       = -8 // a search query could not be parsed
	ErrNotFound    = -9 // a looked-up item does not exist
)

// Error is a failure reported by libsummit. Use errors.As to get at it.
type Error struct {
	Code    int    // one of the Err* status codes (negative)
	Line    int    // 1-based line in the input; 0 when unknown
	Column  int    // 1-based column in characters; 0 when unknown
	Offset  int    // byte offset of that position in the input
	Pointer string // JSON Pointer of the offending value ("" when none)
	Message string // what was expected and what was found
}

// Error implements the error interface.
func (e *Error) Error() string {
	s := "summit: " + StatusString(e.Code)
	if e.Line > 0 {
		s += fmt.Sprintf(" at %d:%d", e.Line, e.Column)
	}
	if e.Pointer != "" {
		s += " (" + e.Pointer + ")"
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// ErrClosed is returned by calls on a Collection after Close.
var ErrClosed = errors.New("summit: collection is closed")

// StatusString is the library's short English description of a status code.
func StatusString(code int) string {
	return C.GoString(C.summit_status_string(C.summit_status(code)))
}

// Version is the version string of the loaded C library ("0.1.0").
func Version() string { return C.GoString(C.summit_version()) }

// VersionNumber is the loaded C library's version as a number.
func VersionNumber() uint32 { return uint32(C.summit_version_number()) }

func newError(e *C.summit_error) *Error {
	return &Error{
		Code:    int(e.code),
		Line:    int(e.line),
		Column:  int(e.column),
		Offset:  int(e.offset),
		Pointer: C.GoString(&e.pointer[0]),
		Message: C.GoString(&e.message[0]),
	}
}

// Place is a record's location.
type Place struct {
	City    string `json:"city,omitempty"`
	Country string `json:"country"` // ISO 3166-1 alpha-2
}

// Chair is the person who chaired the summit.
type Chair struct {
	Name    string `json:"name,omitempty"`
	Title   string `json:"title,omitempty"`
	Country string `json:"country,omitempty"`
}

// Participant is one participating country.
type Participant struct {
	Country string `json:"country"`
	Name    string `json:"name,omitempty"`
	Role    string `json:"role"` // "member", "chair", "guest" or "observer"
}

// Document is an outcome document.
type Document struct {
	Kind  string `json:"kind"` // "joint-statement", "charter", "declaration", "framework", "report", "other"
	Title string `json:"title"`
	Date  string `json:"date,omitempty"`
	URL   string `json:"url,omitempty"`
}

// Media is a photo, video or document file.
type Media struct {
	Kind    string `json:"kind"` // "photo", "video" or "document"
	File    string `json:"file,omitempty"`
	URL     string `json:"url,omitempty"`
	Caption string `json:"caption,omitempty"`
}

// Source is where the record's facts come from.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Retrieved string `json:"retrieved,omitempty"`
}

// Record is one summit, with the schema's fields. Absent strings are "",
// an absent edition is 0, absent lists are nil, an absent location or
// chair is nil. Dates keep the record's own precision: "2021", "2021-11"
// or "2021-11-16".
type Record struct {
	ID           string         `json:"id"`
	Series       string         `json:"series"`
	Group        string         `json:"group,omitempty"`
	Edition      int            `json:"edition,omitempty"`
	Title        string         `json:"title,omitempty"`
	Theme        string         `json:"theme,omitempty"`
	StartDate    string         `json:"start_date"`
	EndDate      string         `json:"end_date,omitempty"`
	Mode         string         `json:"mode,omitempty"` // "in-person", "virtual", "hybrid" or ""
	Location     *Place         `json:"location,omitempty"`
	Chair        *Chair         `json:"chair,omitempty"`
	Participants []Participant  `json:"participants,omitempty"`
	Topics       []string       `json:"topics,omitempty"`
	Commitments  []string       `json:"commitments,omitempty"`
	Documents    []Document     `json:"documents,omitempty"`
	Media        []Media        `json:"media,omitempty"`
	Summary      []string       `json:"summary,omitempty"`
	Sources      []Source       `json:"sources,omitempty"`
	Extra        map[string]any `json:"extra,omitempty"` // numbers are json.Number, exact digits kept
}

// Hit is one search result.
type Hit struct {
	Record Record
	Score  float64 // BM25 score; 0 for queries without scored words
}

// Collection is a loaded set of records backed by a C summit_collection.
type Collection struct {
	mu sync.RWMutex
	c  *C.summit_collection
}

func wrap(c *C.summit_collection) *Collection {
	coll := &Collection{c: c}
	runtime.SetFinalizer(coll, (*Collection).Close)
	return coll
}

// LoadFile reads and validates a file in any of the schema's four forms.
func LoadFile(path string) (*Collection, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var c *C.summit_collection
	var e C.summit_error
	if st := C.summit_collection_load_file(cpath, nil, &c, &e); st != C.SUMMIT_OK {
		return nil, newError(&e)
	}
	return wrap(c), nil
}

// Load reads and validates records from memory. data is only read during
// the call.
func Load(data []byte) (*Collection, error) {
	var p *C.char
	if len(data) > 0 {
		p = (*C.char)(unsafe.Pointer(&data[0]))
	} else {
		// The library refuses a NULL buffer as a bad argument; give it an
		// empty one so that the error is the loader's "empty input".
		var empty [1]byte
		p = (*C.char)(unsafe.Pointer(&empty[0]))
	}
	var c *C.summit_collection
	var e C.summit_error
	st := C.summit_collection_load_buffer(p, C.size_t(len(data)), nil, &c, &e)
	runtime.KeepAlive(data)
	if st != C.SUMMIT_OK {
		return nil, newError(&e)
	}
	return wrap(c), nil
}

// Close frees the C collection. It is idempotent and waits for calls in
// progress on other goroutines.
func (coll *Collection) Close() error {
	coll.mu.Lock()
	defer coll.mu.Unlock()
	if coll.c != nil {
		C.summit_collection_free(coll.c)
		coll.c = nil
		runtime.SetFinalizer(coll, nil)
	}
	return nil
}

// Len is the number of records; 0 after Close.
func (coll *Collection) Len() int {
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return 0
	}
	return int(C.summit_collection_count(coll.c))
}

// Record returns the i-th record in input order. An index out of range is
// an *Error with Code ErrNotFound.
func (coll *Collection) Record(i int) (Record, error) {
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return Record{}, ErrClosed
	}
	if i < 0 {
		return Record{}, &Error{Code: ErrNotFound, Message: fmt.Sprintf("index %d out of range", i)}
	}
	r := C.summit_collection_get(coll.c, C.size_t(i))
	if r == nil {
		return Record{}, &Error{Code: ErrNotFound, Message: fmt.Sprintf("index %d out of range", i)}
	}
	return convertRecord(r)
}

// Records returns every record, in input order.
func (coll *Collection) Records() ([]Record, error) {
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return nil, ErrClosed
	}
	n := int(C.summit_collection_count(coll.c))
	out := make([]Record, 0, n)
	for i := 0; i < n; i++ {
		rec, err := convertRecord(C.summit_collection_get(coll.c, C.size_t(i)))
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// Find returns the record with this id. ok is false when there is none,
// and after Close.
func (coll *Collection) Find(id string) (rec Record, ok bool) {
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return Record{}, false
	}
	cid := C.CString(id)
	defer C.free(unsafe.Pointer(cid))
	r := C.summit_collection_find(coll.c, cid)
	if r == nil {
		return Record{}, false
	}
	rec, err := convertRecord(r)
	if err != nil {
		// Only a corrupt extra_json can get here; the library guarantees
		// canonical JSON, so treat it as a bug.
		panic(err)
	}
	return rec, true
}

// Search runs a query (see the library's README, "Searching") and returns
// at most limit hits, best first; limit 0 means all. A bad query is an
// *Error with Code ErrQuery and Column at the offending part.
func (coll *Collection) Search(query string, limit int) ([]Hit, error) {
	if limit < 0 {
		return nil, &Error{Code: ErrArg, Message: "negative limit"}
	}
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return nil, ErrClosed
	}
	cq := C.CString(query)
	defer C.free(unsafe.Pointer(cq))
	var res *C.summit_results
	var e C.summit_error
	if st := C.summit_search(coll.c, cq, C.size_t(limit), &res, &e); st != C.SUMMIT_OK {
		return nil, newError(&e)
	}
	defer C.summit_results_free(res)
	n := int(C.summit_results_count(res))
	hits := make([]Hit, 0, n)
	for i := 0; i < n; i++ {
		rec, err := convertRecord(C.summit_results_record(res, C.size_t(i)))
		if err != nil {
			return nil, err
		}
		hits = append(hits, Hit{Record: rec, Score: float64(C.summit_results_score(res, C.size_t(i)))})
	}
	return hits, nil
}

// JSON writes the collection in canonical form: a collection object,
// compact on one line or, with pretty, indented by two spaces.
func (coll *Collection) JSON(pretty bool) (string, error) {
	coll.mu.RLock()
	defer coll.mu.RUnlock()
	if coll.c == nil {
		return "", ErrClosed
	}
	flags := C.uint32_t(C.SUMMIT_JSON_COMPACT)
	if pretty {
		flags = C.SUMMIT_JSON_PRETTY
	}
	var out *C.char
	var n C.size_t
	var e C.summit_error
	if st := C.summit_collection_to_json(coll.c, flags, &out, &n, &e); st != C.SUMMIT_OK {
		return "", newError(&e)
	}
	defer C.summit_free(unsafe.Pointer(out))
	return C.GoStringN(out, C.int(n)), nil
}

// CountryCode turns a country code, ISO name or common alias ("Republic of
// Korea", "UK", "Côte d'Ivoire") into its ISO 3166-1 alpha-2 code.
func CountryCode(name string) (string, bool) {
	cn := C.CString(name)
	defer C.free(unsafe.Pointer(cn))
	code := C.summit_country_code(cn)
	if code == nil {
		return "", false
	}
	return C.GoString(code), true
}

// --- copying C records into Go memory ---

func goStr(p *C.char) string {
	if p == nil {
		return ""
	}
	return C.GoString(p)
}

func date(d C.summit_date) string {
	switch {
	case d.year == 0:
		return ""
	case d.month == 0:
		return fmt.Sprintf("%04d", int(d.year))
	case d.day == 0:
		return fmt.Sprintf("%04d-%02d", int(d.year), int(d.month))
	default:
		return fmt.Sprintf("%04d-%02d-%02d", int(d.year), int(d.month), int(d.day))
	}
}

func pick(names []string, v C.int32_t) string {
	if int(v) >= 0 && int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("unknown(%d)", int(v))
}

var (
	modeNames     = []string{"", "in-person", "virtual", "hybrid"}
	roleNames     = []string{"member", "chair", "guest", "observer"}
	documentNames = []string{"", "joint-statement", "charter", "declaration", "framework", "report", "other"}
	mediaNames    = []string{"", "photo", "video", "document"}
)

func strList(p **C.char, n C.size_t) []string {
	if n == 0 || p == nil {
		return nil
	}
	src := unsafe.Slice(p, int(n))
	out := make([]string, len(src))
	for i, s := range src {
		out[i] = goStr(s)
	}
	return out
}

// convertRecord copies a C record deeply into Go memory.
func convertRecord(r *C.summit_record) (Record, error) {
	rec := Record{
		ID:        goStr(r.id),
		Series:    goStr(r.series),
		Group:     goStr(r.group),
		Edition:   int(r.edition),
		Title:     goStr(r.title),
		Theme:     goStr(r.theme),
		StartDate: date(r.start_date),
		EndDate:   date(r.end_date),
		Mode:      pick(modeNames, r.mode),
	}
	if r.location.country != nil || r.location.city != nil {
		rec.Location = &Place{City: goStr(r.location.city), Country: goStr(r.location.country)}
	}
	if r.chair.name != nil || r.chair.title != nil || r.chair.country != nil {
		rec.Chair = &Chair{Name: goStr(r.chair.name), Title: goStr(r.chair.title), Country: goStr(r.chair.country)}
	}
	if r.participant_count > 0 {
		src := unsafe.Slice(r.participants, int(r.participant_count))
		rec.Participants = make([]Participant, len(src))
		for i := range src {
			p := &src[i]
			rec.Participants[i] = Participant{Country: goStr(p.country), Name: goStr(p.name), Role: pick(roleNames, p.role)}
		}
	}
	rec.Topics = strList(r.topics, r.topic_count)
	rec.Commitments = strList(r.commitments, r.commitment_count)
	if r.document_count > 0 {
		src := unsafe.Slice(r.documents, int(r.document_count))
		rec.Documents = make([]Document, len(src))
		for i := range src {
			d := &src[i]
			rec.Documents[i] = Document{Kind: pick(documentNames, d.kind), Title: goStr(d.title), Date: date(d.date), URL: goStr(d.url)}
		}
	}
	if r.media_count > 0 {
		src := unsafe.Slice(r.media, int(r.media_count))
		rec.Media = make([]Media, len(src))
		for i := range src {
			m := &src[i]
			rec.Media[i] = Media{Kind: pick(mediaNames, m.kind), File: goStr(m.file), URL: goStr(m.url), Caption: goStr(m.caption)}
		}
	}
	rec.Summary = strList(r.summary, r.summary_count)
	if r.source_count > 0 {
		src := unsafe.Slice(r.sources, int(r.source_count))
		rec.Sources = make([]Source, len(src))
		for i := range src {
			s := &src[i]
			rec.Sources[i] = Source{URL: goStr(s.url), Title: goStr(s.title), Retrieved: date(s.retrieved)}
		}
	}
	if r.extra_json != nil {
		dec := json.NewDecoder(bytes.NewReader([]byte(C.GoString(r.extra_json))))
		dec.UseNumber()
		if err := dec.Decode(&rec.Extra); err != nil {
			return Record{}, fmt.Errorf("summit: record %q: extra: %w", rec.ID, err)
		}
	}
	return rec, nil
}

// ExtractOptions are the options of ExtractText; the zero value means
// defaults.
type ExtractOptions struct {
	SourceURL     string // when set, every record's source
	SourceTitle   string // optional title of that source
	ReferenceDate string // "2021", "2021-11" or "2021-11-18": the year of dates written without one
}

// ExtractText extracts summit records from the text of a page (a press
// release, a list page of several summits), one per summit the text
// describes, each valid against the schema (the C summit_extract_text).
// A text that describes no summit with a date gives an *Error with Code
// ErrNotFound. text is only read during the call.
func ExtractText(text []byte, opts ExtractOptions) (*Collection, error) {
	var o C.summit_extract_options
	C.summit_extract_options_init(&o)
	if opts.SourceURL != "" {
		o.source_url = C.CString(opts.SourceURL)
		defer C.free(unsafe.Pointer(o.source_url))
	}
	if opts.SourceTitle != "" {
		o.source_title = C.CString(opts.SourceTitle)
		defer C.free(unsafe.Pointer(o.source_title))
	}
	if opts.ReferenceDate != "" {
		var y, m, d int
		n, _ := fmt.Sscanf(opts.ReferenceDate, "%d-%d-%d", &y, &m, &d)
		if n == 0 {
			return nil, fmt.Errorf("summit: ReferenceDate %q is not YYYY, YYYY-MM or YYYY-MM-DD", opts.ReferenceDate)
		}
		o.reference_date = C.summit_date{year: C.int32_t(y), month: C.int32_t(m), day: C.int32_t(d)}
	}
	var empty [1]byte
	p := (*C.char)(unsafe.Pointer(&empty[0]))
	if len(text) > 0 {
		p = (*C.char)(unsafe.Pointer(&text[0]))
	}
	var c *C.summit_collection
	var e C.summit_error
	st := C.summit_extract_text(p, C.size_t(len(text)), &o, &c, &e)
	runtime.KeepAlive(text)
	if st != C.SUMMIT_OK {
		return nil, newError(&e)
	}
	return wrap(c), nil
}
