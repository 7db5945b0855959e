package summit

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func datasetPath() string {
	if p := os.Getenv("SUMMIT_DATASET"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "data", "digital-nations.json")
}

func loadDataset(t *testing.T) *Collection {
	t.Helper()
	c, err := LoadFile(datasetPath())
	if err != nil {
		t.Fatalf("LoadFile(%s): %v", datasetPath(), err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestVersion(t *testing.T) {
	if Version() == "" || VersionNumber() == 0 {
		t.Fatalf("Version() = %q, VersionNumber() = %d", Version(), VersionNumber())
	}
	if got := StatusString(ErrSyntax); got == "" || got == "unknown status" {
		t.Fatalf("StatusString(ErrSyntax) = %q", got)
	}
}

func TestLoadFileAndRecord(t *testing.T) {
	c := loadDataset(t)
	n := c.Len()
	if n < 10 {
		t.Fatalf("Len() = %d, want at least 10", n)
	}
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		r, err := c.Record(i)
		if err != nil {
			t.Fatalf("Record(%d): %v", i, err)
		}
		if r.ID == "" || r.Series == "" || r.StartDate == "" || seen[r.ID] {
			t.Fatalf("Record(%d) = %+v", i, r)
		}
		seen[r.ID] = true
		f, ok := c.Find(r.ID)
		if !ok || f.ID != r.ID || f.StartDate != r.StartDate {
			t.Fatalf("Find(%q) = %v, %v", r.ID, f.ID, ok)
		}
	}
	all, err := c.Records()
	if err != nil || len(all) != n {
		t.Fatalf("Records() = %d records, %v", len(all), err)
	}
	var e *Error
	if _, err := c.Record(n); !errors.As(err, &e) || e.Code != ErrNotFound {
		t.Fatalf("Record(%d) error = %v", n, err)
	}
	if _, err := c.Record(-1); !errors.As(err, &e) || e.Code != ErrNotFound {
		t.Fatalf("Record(-1) error = %v", err)
	}
}

func TestLondon2021(t *testing.T) {
	c := loadDataset(t)
	r, ok := c.Find("dn-2021-london")
	if !ok {
		t.Fatal("dn-2021-london not found")
	}
	if r.Edition != 8 || r.Mode != "virtual" || r.StartDate != "2021-11-16" || r.EndDate != "2021-11-18" {
		t.Errorf("edition %d, mode %q, dates %q..%q", r.Edition, r.Mode, r.StartDate, r.EndDate)
	}
	if r.Series != "Digital Nations Ministerial Summit" || r.Group != "Digital Nations" {
		t.Errorf("series %q, group %q", r.Series, r.Group)
	}
	if !strings.HasPrefix(r.Theme, "Digital Government in Open Societies") {
		t.Errorf("theme %q", r.Theme)
	}
	if r.Location == nil || r.Location.City != "London" || r.Location.Country != "GB" {
		t.Errorf("location %+v", r.Location)
	}
	if r.Chair == nil || r.Chair.Name != "Chris Philp" || r.Chair.Country != "GB" {
		t.Errorf("chair %+v", r.Chair)
	}
	if len(r.Participants) != 10 {
		t.Fatalf("%d participants, want 10", len(r.Participants))
	}
	p := r.Participants[0]
	if p.Country != "GB" || p.Name != "United Kingdom" || p.Role != "chair" {
		t.Errorf("participant 0 = %+v", p)
	}
	for _, p := range r.Participants[1:] {
		if p.Role != "member" || len(p.Country) != 2 {
			t.Errorf("participant %+v", p)
		}
	}
	if r.Participants[8].Name != "Republic of Korea" || r.Participants[8].Country != "KR" {
		t.Errorf("participant 8 = %+v", r.Participants[8])
	}
	if len(r.Topics) != 3 || r.Topics[2] != "digital identity" {
		t.Errorf("topics %q", r.Topics)
	}
	if len(r.Commitments) != 7 {
		t.Errorf("%d commitments", len(r.Commitments))
	}
	if len(r.Documents) < 3 || r.Documents[0].Kind != "joint-statement" || r.Documents[0].Date != "2021-11" ||
		r.Documents[1].Kind != "charter" || !strings.HasPrefix(r.Documents[1].URL, "https://") ||
		r.Documents[2].Date != "2021" {
		t.Errorf("documents %+v", r.Documents)
	}
	if len(r.Sources) == 0 || !strings.HasPrefix(r.Sources[0].URL, "http") {
		t.Errorf("sources %+v", r.Sources)
	}
}

func TestFindMissing(t *testing.T) {
	c := loadDataset(t)
	if r, ok := c.Find("no-such-summit"); ok || r.ID != "" {
		t.Fatalf("Find(missing) = %+v, %v", r, ok)
	}
	if _, ok := c.Find(""); ok {
		t.Fatal("Find(\"\") found something")
	}
}

const small = `[
 {"id":"a-1","series":"S","start_date":"2020-02","mode":"hybrid",
  "location":{"country":"FR"},
  "participants":[{"country":"FR","role":"chair"},{"country":"DE","name":"Germany","role":"observer"}],
  "media":[{"kind":"photo","file":"a.jpg","caption":"Group photo"}],
  "sources":[{"url":"https://example.org/a","retrieved":"2024-01-02"}],
  "extra":{"big":123456789012345678901234567890,"pi":3.14159265358979323846,"list":[1,"x",null],"nested":{"ok":true}}},
 {"id":"b-2","series":"S","start_date":"2019"}
]`

func TestLoadSmall(t *testing.T) {
	c, err := Load([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Len() != 2 {
		t.Fatalf("Len() = %d", c.Len())
	}
	a, ok := c.Find("a-1")
	if !ok {
		t.Fatal("a-1 missing")
	}
	if a.Mode != "hybrid" || a.StartDate != "2020-02" || a.EndDate != "" || a.Edition != 0 || a.Chair != nil {
		t.Errorf("a-1 = %+v", a)
	}
	if a.Location == nil || a.Location.Country != "FR" || a.Location.City != "" {
		t.Errorf("location %+v", a.Location)
	}
	if len(a.Participants) != 2 || a.Participants[0].Role != "chair" || a.Participants[0].Name != "" ||
		a.Participants[1].Role != "observer" || a.Participants[1].Name != "Germany" {
		t.Errorf("participants %+v", a.Participants)
	}
	if len(a.Media) != 1 || a.Media[0] != (Media{Kind: "photo", File: "a.jpg", Caption: "Group photo"}) {
		t.Errorf("media %+v", a.Media)
	}
	if len(a.Sources) != 1 || a.Sources[0].Retrieved != "2024-01-02" {
		t.Errorf("sources %+v", a.Sources)
	}
	b, _ := c.Record(1)
	if b.ID != "b-2" || b.StartDate != "2019" || b.Mode != "" || b.Location != nil || b.Participants != nil || b.Extra != nil {
		t.Errorf("b-2 = %+v", b)
	}
}

func TestExtra(t *testing.T) {
	c, err := Load([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, _ := c.Find("a-1")
	big, ok := a.Extra["big"].(json.Number)
	if !ok || big.String() != "123456789012345678901234567890" {
		t.Errorf("extra.big = %#v", a.Extra["big"])
	}
	if pi, ok := a.Extra["pi"].(json.Number); !ok || pi.String() != "3.14159265358979323846" {
		t.Errorf("extra.pi = %#v", a.Extra["pi"])
	}
	list, ok := a.Extra["list"].([]any)
	if !ok || len(list) != 3 || list[0] != json.Number("1") || list[1] != "x" || list[2] != nil {
		t.Errorf("extra.list = %#v", a.Extra["list"])
	}
	if n, ok := a.Extra["nested"].(map[string]any); !ok || n["ok"] != true {
		t.Errorf("extra.nested = %#v", a.Extra["nested"])
	}
	// The dataset's extra members come through as maps too.
	d := loadDataset(t)
	withExtra := 0
	recs, _ := d.Records()
	for _, r := range recs {
		if r.Extra != nil {
			withExtra++
		}
	}
	if withExtra == 0 {
		t.Error("no record of the dataset has extra")
	}
}

func TestLoadError(t *testing.T) {
	bad := `{"id":"a","series":"S","start_date":"2021","mode":"online"}`
	_, err := Load([]byte(bad))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *summit.Error", err, err)
	}
	// The column is that of the offending value, `"online"`: 1-based, 51.
	if col := strings.Index(bad, `"online"`) + 1; col != 51 {
		t.Fatalf("test input changed: value at column %d", col)
	}
	if e.Code != ErrSchema || e.Line != 1 || e.Column != 51 || e.Offset != 50 || e.Pointer != "/mode" ||
		!strings.Contains(e.Message, `"online"`) {
		t.Errorf("error = %+v", *e)
	}
	if !strings.Contains(err.Error(), "1:51") || !strings.Contains(err.Error(), "/mode") {
		t.Errorf("Error() = %q", err.Error())
	}

	_, err = Load([]byte("{\n  \"id\": \"a\",,\n}"))
	if !errors.As(err, &e) || e.Code != ErrSyntax || e.Line != 2 {
		t.Errorf("syntax error = %v", err)
	}
	_, err = Load(nil)
	if !errors.As(err, &e) || e.Code >= 0 {
		t.Errorf("empty input error = %v", err)
	}
	_, err = Load([]byte(`[{"id":"a","series":"S","start_date":"2021"},{"id":"a","series":"S","start_date":"2022"}]`))
	if !errors.As(err, &e) || e.Code != ErrDuplicateID {
		t.Errorf("duplicate id error = %v", err)
	}
	_, err = LoadFile(filepath.Join(t.TempDir(), "missing.json"))
	if !errors.As(err, &e) || e.Code != ErrIO {
		t.Errorf("missing file error = %v", err)
	}
}

func TestSearch(t *testing.T) {
	c := loadDataset(t)
	hits, err := c.Search("digital identity", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Record.ID != "dn-2019-montevideo" {
		t.Fatalf("first hit for \"digital identity\": %+v", hits)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score || hits[i].Score <= 0 {
			t.Errorf("scores not descending/positive: %v then %v", hits[i-1].Score, hits[i].Score)
		}
	}
	hits, err = c.Search(`country:"Republic of Korea" year:2015..2020`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 5 {
		t.Fatalf("%d hits for Korea 2015..2020, want 5", len(hits))
	}
	for _, h := range hits {
		y := h.Record.StartDate[:4]
		if y < "2015" || y > "2020" || h.Score != 0 {
			t.Errorf("hit %s %s score %v", h.Record.ID, h.Record.StartDate, h.Score)
		}
		kr := false
		for _, p := range h.Record.Participants {
			kr = kr || p.Country == "KR"
		}
		if !kr {
			t.Errorf("hit %s without KR", h.Record.ID)
		}
	}
	if hits, err := c.Search("", 3); err != nil || len(hits) != 3 {
		t.Errorf("empty query, limit 3: %d hits, %v", len(hits), err)
	}
	if hits, err := c.Search("", 0); err != nil || len(hits) != c.Len() {
		t.Errorf("empty query, limit 0: %d hits, %v", len(hits), err)
	}
	if hits, err := c.Search("zzzqqqnothing", 0); err != nil || len(hits) != 0 {
		t.Errorf("no match: %d hits, %v", len(hits), err)
	}
}

func TestSearchBadQuery(t *testing.T) {
	c := loadDataset(t)
	if ErrQuery != -8 {
		t.Fatal("ErrQuery != -8")
	}
	for _, q := range []string{`year:abc`, `(digital`, `"unterminated`} {
		_, err := c.Search(q, 10)
		var e *Error
		if !errors.As(err, &e) || e.Code != -8 || e.Line != 1 || e.Column < 1 {
			t.Errorf("Search(%q) error = %v", q, err)
		}
	}
	var e *Error
	if _, err := c.Search("x", -1); !errors.As(err, &e) || e.Code != ErrArg {
		t.Errorf("negative limit error = %v", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	c := loadDataset(t)
	for _, pretty := range []bool{false, true} {
		s, err := c.JSON(pretty)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(s, "\n") || strings.Count(s, "\n") > 1 == !pretty {
			t.Errorf("pretty=%v: unexpected layout", pretty)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(s), &v); err != nil || v["schema"] != "summit-collection/1" {
			t.Fatalf("pretty=%v: not a collection object: %v", pretty, err)
		}
		c2, err := Load([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		s2, err := c2.JSON(pretty)
		c2.Close()
		if err != nil || s2 != s {
			t.Fatalf("pretty=%v: save(load(save(X))) differs from save(X)", pretty)
		}
		if c2.Len() != 0 {
			t.Error("Len after Close")
		}
	}
	// The small input with its big number keeps its exact digits.
	c3, err := Load([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	s, _ := c3.JSON(false)
	if !strings.Contains(s, "123456789012345678901234567890") {
		t.Errorf("big number lost: %s", s)
	}
}

func TestCountryCode(t *testing.T) {
	for name, want := range map[string]string{
		"Republic of Korea": "KR", "UK": "GB", "gb": "GB", "Côte d'Ivoire": "CI",
		"cote d ivoire": "CI", "United Kingdom": "GB", "USA": "US",
	} {
		if got, ok := CountryCode(name); !ok || got != want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "EU", "XK", "Atlantis"} {
		if got, ok := CountryCode(name); ok {
			t.Errorf("CountryCode(%q) = %q, want none", name, got)
		}
	}
}

func TestClose(t *testing.T) {
	c, err := LoadFile(datasetPath())
	if err != nil {
		t.Fatal(err)
	}
	r, _ := c.Find("dn-2021-london")
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	// Records are Go memory: still usable after Close.
	if r.ID != "dn-2021-london" || len(r.Participants) != 10 {
		t.Errorf("record after Close: %+v", r)
	}
	if c.Len() != 0 {
		t.Error("Len after Close")
	}
	if _, err := c.Record(0); !errors.Is(err, ErrClosed) {
		t.Errorf("Record after Close: %v", err)
	}
	if _, ok := c.Find("dn-2021-london"); ok {
		t.Error("Find after Close found something")
	}
	if _, err := c.Search("digital", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("Search after Close: %v", err)
	}
	if _, err := c.JSON(false); !errors.Is(err, ErrClosed) {
		t.Errorf("JSON after Close: %v", err)
	}
	if _, err := c.Records(); !errors.Is(err, ErrClosed) {
		t.Errorf("Records after Close: %v", err)
	}
}

func TestFinalizer(t *testing.T) {
	// Collections dropped without Close are freed by the finalizer (run
	// under valgrind/ASan this would show leaks otherwise; here it must at
	// least not crash).
	for i := 0; i < 20; i++ {
		c, err := Load([]byte(small))
		if err != nil {
			t.Fatal(err)
		}
		_ = c.Len()
	}
	runtime.GC()
	runtime.GC()
}

func TestConcurrentSearch(t *testing.T) {
	c, err := LoadFile(datasetPath()) // fresh: the index is built by the racing searches
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	want, err := c.Search("digital identity", 0)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	c, err = LoadFile(datasetPath())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	queries := []string{"digital identity", `country:"Republic of Korea" year:2015..2020`, "digit*", "mode:virtual OR host:GB"}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				q := queries[(g+i)%len(queries)]
				hits, err := c.Search(q, 0)
				if err != nil {
					errs <- err
					return
				}
				if q == "digital identity" {
					if len(hits) != len(want) || hits[0].Record.ID != want[0].Record.ID || hits[0].Score != want[0].Score {
						errs <- errors.New("concurrent search gave different results")
						return
					}
				}
				if q == queries[1] && len(hits) != 5 {
					errs <- errors.New("concurrent Korea search: not 5 hits")
					return
				}
				if _, ok := c.Find("dn-2021-london"); !ok {
					errs <- errors.New("concurrent Find failed")
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestCloseDuringSearches(t *testing.T) {
	c, err := LoadFile(datasetPath())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, err := c.Search("digital", 0); err != nil {
					if !errors.Is(err, ErrClosed) {
						t.Error(err)
					}
					return
				}
			}
		}()
	}
	c.Close()
	wg.Wait()
}

func TestExtractText(t *testing.T) {
	seed := filepath.Join(filepath.Dir(datasetPath()), "..", "tests", "extract", "pages", "uk-2021-seed.txt")
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ExtractText(text, ExtractOptions{SourceURL: "https://www.example.org/dn-2021"})
	if err != nil {
		t.Fatalf("ExtractText: %v", err)
	}
	defer c.Close()
	r, err := c.Record(0)
	if err != nil || c.Len() != 1 {
		t.Fatalf("Len %d, Record(0): %v", c.Len(), err)
	}
	if r.ID != "dn-2021-london" || r.Edition != 8 || r.StartDate != "2021-11-18" || len(r.Participants) != 10 {
		t.Errorf("got %s edition %d start %s with %d participants", r.ID, r.Edition, r.StartDate, len(r.Participants))
	}
	if len(r.Sources) != 1 || r.Sources[0].URL != "https://www.example.org/dn-2021" {
		t.Errorf("sources %+v", r.Sources)
	}

	_, err = ExtractText([]byte("Nothing about any meeting."), ExtractOptions{})
	var se *Error
	if !errors.As(err, &se) || se.Code != ErrNotFound {
		t.Errorf("want ErrNotFound, got %v", err)
	}
	c2, err := ExtractText([]byte("The Digital Nations summit was held on 3 November in Ottawa, Canada."),
		ExtractOptions{ReferenceDate: "2020-01-01"})
	if err != nil {
		t.Fatalf("with ReferenceDate: %v", err)
	}
	defer c2.Close()
	if r2, _ := c2.Record(0); r2.StartDate != "2020-11-03" {
		t.Errorf("start %s, want 2020-11-03", r2.StartDate)
	}
	if _, err := ExtractText(nil, ExtractOptions{ReferenceDate: "soon"}); err == nil {
		t.Error("a bad ReferenceDate must be refused")
	}
}
