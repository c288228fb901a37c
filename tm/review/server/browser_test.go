//go:build long

package server

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/alignfile"
	"github.com/bitext-ko/bitext/tm/export"
	"github.com/bitext-ko/bitext/tm/glossary"
	"github.com/bitext-ko/bitext/tm/review/edit"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
	"github.com/bitext-ko/bitext/tm/review/page"
	"github.com/chromedp/chromedp"
)

// sharedBrowser is the headless Chromium the package's tests share.
var sharedBrowser testkit.SharedBrowser

// closeBrowser ends the shared browser, if a test started it (TestMain).
func closeBrowser() { sharedBrowser.Close() }

// browserPair is a pair to review in the browser: its alignment file,
// written beside copies of its inputs.
type browserPair struct {
	name, path string
}

// browserPairs returns the example pair (threshold 0.999, which flags
// its beads) and, when ../shared is there, a dev-real pair at the default
// threshold with flagged beads.
func browserPairs(t testing.TB) []browserPair {
	ps := []browserPair{{"example", pairFile(t)}}
	if dir, why := testkit.Shared(t, "dev-real"); dir == "" {
		t.Log(why + "; the example pair only")
		return ps
	}
	for _, tr := range testkit.DevPairs(t, "dev-real") {
		if !strings.HasSuffix(tr.EN, ".txt") || !strings.HasSuffix(tr.KO, ".txt") {
			continue
		}
		path := filepath.Join(t.TempDir(), "pair.json")
		f := testkit.WriteAligned(t, tr.EN, tr.KO, path, align.DefaultMinScore)
		flagged := 0
		for _, b := range f.Beads {
			if b.Flagged && b.Kind == align.Match {
				flagged++
			}
		}
		if flagged >= 3 && len(f.Beads) >= 12 {
			return append(ps, browserPair{tr.ID, path})
		}
	}
	t.Fatal("no dev-real pair with three flagged beads")
	return nil
}

func testJob(dir string) export.Job {
	return export.Job{Options: export.Options{Langs: export.Langs{KO: "ko-KR", EN: "en-US"}, Date: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
		Version: "test", TMX: filepath.Join(dir, "review.tmx"), Glossary: filepath.Join(dir, "review.tsv"), GlossaryFormat: glossary.TSV}
}

// tab is the review page open in a tab of the browser.
type tab struct {
	t   *testing.T
	ctx context.Context
	rec *testkit.Recorder
}

func openPage(t *testing.T, browser context.Context, url string, width int) *tab {
	t.Helper()
	p := &tab{t: t, rec: &testkit.Recorder{}}
	ctx, cancel := p.rec.Tab(t, browser)
	t.Cleanup(cancel)
	p.ctx = ctx
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 900), chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("body[data-rev]"))); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	return p
}

func (p *tab) eval(js string) string {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		p.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// wait waits until the page's body has attribute data-KEY = value.
func (p *tab) wait(key, value string) {
	p.t.Helper()
	sel := fmt.Sprintf(`body[data-%s="%s"]`, key, value)
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(sel))); err != nil {
		p.t.Fatalf("the page never showed %s (message: %q): %v", sel, p.eval(`document.getElementById('message').textContent`), err)
	}
}

func (p *tab) click(sel string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		p.t.Fatalf("clicking %s: %v", sel, err)
	}
}

func (p *tab) keys(keys string) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.KeyEvent(keys)); err != nil {
		p.t.Fatalf("keys %q: %v", keys, err)
	}
}

// checkLayout checks that the page fits 1280 and 800 pixels and shows
// every sentence of both sides.
func (p *tab) checkLayout(f *alignfile.File) {
	p.t.Helper()
	text := strings.Join(strings.Fields(p.eval(`document.body.innerText`)), " ")
	for _, side := range []alignfile.Side{f.EN, f.KO} {
		for _, para := range side.Paragraphs {
			for _, s := range para.Sentences {
				if s = strings.Join(strings.Fields(s), " "); s != "" && !strings.Contains(text, s) {
					p.t.Errorf("the page lacks %q", s)
				}
			}
		}
	}
	for _, width := range []int{800, 1280} {
		over, err := testkit.Overflows(p.ctx, width)
		if err != nil {
			p.t.Fatal(err)
		}
		if over {
			p.t.Errorf("the page is wider than %d pixels", width)
		}
	}
}

// bead returns the CSS selector of bead i.
func bead(i int) string { return fmt.Sprintf(`#beads > li[data-i="%d"]`, i) }

// TestReviewInChromium reviews pairs with the mouse in headless Chromium:
// merge, split, unlink, mark furniture, link two sentences, confirm,
// undo, save and export, each by clicking the page's controls. The file
// the server holds after each step is the edit model's after the same
// operation; the saved file is the review's; the TMX is export.Job's of
// the saved file and holds the edits; the page shows every sentence,
// fits 1280 and 800 pixels and logs no error.
func TestReviewInChromium(t *testing.T) {
	t.Parallel()
	browser := sharedBrowser.Get(t)
	for _, bp := range browserPairs(t) {
		t.Run(bp.name, func(t *testing.T) {
			t.Parallel()
			out := t.TempDir()
			job := testJob(out)
			r := start(t, Config{File: bp.path, Export: job})
			f, _ := alignfile.ReadFile(bp.path)
			model, err := edit.New(f)
			if err != nil {
				t.Fatal(err)
			}
			p := openPage(t, browser, r.base, 1280)
			p.checkLayout(f)

			// step clicks, waits for the page to show the edit, and
			// checks the server's file against the model's.
			step := func(op edit.Op, clicks ...string) {
				t.Helper()
				if _, err := model.Apply(op); err != nil {
					t.Fatalf("the model refuses %+v: %v", op, err)
				}
				for _, c := range clicks {
					p.click(c)
				}
				p.wait("rev", fmt.Sprint(model.Rev()))
				if !bytes.Equal(mustMarshal(t, r.srv.file()), mustMarshal(t, model.File())) {
					t.Fatalf("after %+v the server's file is not the model's", op)
				}
			}
			beads := func() []edit.Bead { return model.Beads() }
			two := func(from int) int {
				for i := from; i+1 < len(beads()); i++ {
					if b := beads()[i]; len(b.EN) > 0 && len(b.KO) > 0 && b.Status == alignfile.StatusAuto {
						return i
					}
				}
				t.Fatalf("no two-sided bead from %d", from)
				return 0
			}
			tool := func(i int, label string) string {
				return fmt.Sprintf(`%s .beadtools button[data-label=%q]`, bead(i), label)
			}

			i := two(0)
			step(edit.Op{Op: "merge", Bead: i}, bead(i)+" .info", tool(i, "merge"))
			side := "en"
			if len(beads()[i].EN) < 2 {
				side = "ko"
			}
			para := ids(beads()[i], side)[1]
			step(edit.Op{Op: "split", Bead: i, Side: side, Para: para},
				fmt.Sprintf(`%s .side.%s .para[data-p="%d"] .pctl button[data-label="split"]`, bead(i), side, para))
			j := two(i + 2)
			step(edit.Op{Op: "unlink", Bead: j}, bead(j)+" .info", tool(j, "unlink"))
			step(edit.Op{Op: "mark", Bead: j, Kind: "furniture"}, tool(j, "furniture"))
			k := two(j + 2)
			if b := beads()[k]; len(b.Links) >= 2 && len(b.Links[0].EN) > 0 && len(b.Links[1].KO) > 0 {
				en, ko := b.Links[0].EN[0].String(), b.Links[1].KO[0].String()
				step(edit.Op{Op: "link_sentences", Bead: k, EN: en, KO: ko},
					fmt.Sprintf(`%s .sent[data-side="en"][data-id="%s"]`, bead(k), en), fmt.Sprintf(`%s .sent[data-side="ko"][data-id="%s"]`, bead(k), ko))
				step(edit.Op{Op: "undo"}, "#b-undo")
			}
			step(edit.Op{Op: "confirm", Bead: k}, bead(k)+" .info", tool(k, "confirm"))
			step(edit.Op{Op: "merge", Bead: k}, tool(k, "merge"))
			step(edit.Op{Op: "undo"}, "#b-undo")
			p.click("#b-save")
			p.wait("saves", "1")
			saved, _ := os.ReadFile(bp.path)
			if !bytes.Equal(saved, mustMarshal(t, model.File())) {
				t.Fatal("the saved file is not the review's")
			}
			p.click("#b-export")
			p.wait("exported", "1")
			got, _ := os.ReadFile(job.TMX)
			job.TMX, job.Glossary = filepath.Join(out, "export.tmx"), filepath.Join(out, "export.tsv")
			if _, err := job.Run([]string{bp.path}); err != nil {
				t.Fatal(err)
			}
			if want, _ := os.ReadFile(job.TMX); !bytes.Equal(got, want) {
				t.Error("the page's export is not export.Job's of the saved file")
			}
			// The TMX holds the edits: the confirmed bead and the split
			// parts (edited) are units; the unlinked bead's parts are not.
			tmx := string(got)
			confirmed, _ := model.File().Alignment(align.ParagraphLevel)
			en, ko := confirmed.BeadText(confirmed.Beads[k])
			if !strings.Contains(tmx, `<prop type="x-status">confirmed</prop>`) || !strings.Contains(tmx, xmlText(en)) || !strings.Contains(tmx, xmlText(ko)) {
				t.Errorf("the TMX lacks the confirmed bead %d", k+1)
			}
			if !strings.Contains(tmx, `<prop type="x-status">edited</prop>`) {
				t.Error("the TMX lacks the edited beads")
			}
			unlinked := beads()[j]
			if strings.Contains(tmx, fmt.Sprintf(`<prop type="x-en-ids">%s</prop>`, align.JoinIDs(unlinked.EN, ","))) {
				t.Errorf("the TMX holds the English paragraphs of the unlinked bead %d", j+1)
			}
			p.checkLayout(f)
			if errs := p.rec.Errors(); len(errs) > 0 {
				t.Errorf("the page logged %q", errs)
			}
			for _, u := range p.rec.Requests() {
				if !strings.HasPrefix(u, r.base) {
					t.Errorf("the page requested %s", u)
				}
			}
		})
	}
}

func ids(b edit.Bead, side string) []int {
	src := b.EN
	if side == "ko" {
		src = b.KO
	}
	out := make([]int, len(src))
	for i, id := range src {
		out[i] = id.Para
	}
	return out
}

// xmlText is s as the TMX writes it in a segment.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// TestKeyboardReview: with the keyboard only, a person reviews every
// flagged bead of a pair (next flagged, a merge undone, confirm and on to
// the next) and exports it; the TMX then holds every flagged bead with
// two sides, confirmed. A refused edit (a split before a bead's first
// paragraph) shows its reason and changes nothing.
func TestKeyboardReview(t *testing.T) {
	t.Parallel()
	browser := sharedBrowser.Get(t)
	for _, bp := range browserPairs(t) {
		t.Run(bp.name, func(t *testing.T) {
			t.Parallel()
			job := testJob(t.TempDir())
			r := start(t, Config{File: bp.path, Export: job})
			f, _ := alignfile.ReadFile(bp.path)
			want := 0
			for _, b := range f.Beads {
				if b.Flagged && b.Kind == align.Match {
					want++
				}
			}
			p := openPage(t, browser, r.base, 1280)
			p.keys("?")
			if p.eval(`String(document.getElementById('help').hidden)`) != "false" {
				t.Error("? does not show the keys")
			}
			p.keys("\x1b") // Escape
			// A refused edit: the reason is shown, nothing changes.
			p.keys("s")
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(p.eval(`document.getElementById('message').className + document.getElementById('message').textContent`), "error"); {
				if time.Now().After(deadline) {
					t.Fatal("a refused split shows no error")
				}
				time.Sleep(20 * time.Millisecond)
			}
			if msg := p.eval(`document.getElementById('message').textContent`); !strings.Contains(msg, "a split goes between two paragraphs") || p.eval(`document.body.dataset.rev`) != "0" {
				t.Errorf("a split before the first paragraph: %q", msg)
			}
			rev := 0
			p.keys("n")
			p.keys("m")
			rev++
			p.wait("rev", fmt.Sprint(rev))
			p.keys("z")
			rev++
			p.wait("rev", fmt.Sprint(rev))
			if !bytes.Equal(mustMarshal(t, r.srv.file()), mustMarshal(t, f)) {
				t.Fatal("merge and undo by keys left the file changed")
			}
			for n := 0; p.eval(`String(document.querySelectorAll('.bead.flagged').length)`) != "0"; n++ {
				if n > len(f.Beads) {
					t.Fatal("Enter does not get through the flagged beads")
				}
				if p.eval(`String(document.querySelector('.bead.focus').classList.contains('flagged'))`) != "true" {
					p.keys("n")
				}
				p.keys("\r") // Enter: confirm, then the next flagged bead
				rev++
				p.wait("rev", fmt.Sprint(rev))
			}
			p.keys("e")
			p.wait("exported", "1")
			tmx, _ := os.ReadFile(job.TMX)
			if got := strings.Count(string(tmx), `<prop type="x-status">confirmed</prop>`); got != want || want == 0 {
				t.Errorf("the TMX holds %d confirmed units, want the %d flagged beads with two sides", got, want)
			}
			saved, err := alignfile.ReadFile(bp.path)
			if err != nil {
				t.Fatal(err)
			}
			for i, b := range saved.Beads {
				if f.Beads[i].Flagged && b.Status != alignfile.StatusConfirmed {
					t.Errorf("flagged bead %d is %s", i+1, b.Status)
				}
			}
			if errs := p.rec.Errors(); len(errs) > 0 {
				t.Errorf("the page logged %q", errs)
			}
		})
	}
}

// TestScreenshots writes the README's screenshots of the review page
// (screenshots/*.png) when BITEXT_SCREENSHOTS is set:
//
//	BITEXT_SCREENSHOTS=1 go test -tags long ./tm/review/server -run Screenshots
func TestScreenshots(t *testing.T) {
	if os.Getenv("BITEXT_SCREENSHOTS") == "" {
		t.Skip("BITEXT_SCREENSHOTS is not set: the screenshots stay as they are")
	}
	browser := sharedBrowser.Get(t)
	shot := func(p *tab, name string, a chromedp.Action[[]byte]) {
		t.Helper()
		png, err := chromedp.Run(p.ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("screenshots", name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	r := start(t, Config{File: pairFile(t), Export: testJob(t.TempDir())})
	for _, width := range []int{1280, 800} {
		p := openPage(t, browser, r.base, width)
		// A flagged bead in focus, a Korean sentence picked to link.
		p.keys("nn")
		p.click(bead(6) + ` .sent[data-side="ko"][data-id="5.0"]`)
		shot(p, fmt.Sprintf("review-%d.png", width), chromedp.FullScreenshot(100))
	}
	p := openPage(t, browser, r.base, 1280)
	p.keys("g")
	p.wait("names", "shown")
	if err := chromedp.Do(p.ctx, chromedp.SetValue(chromedp.CSS("#style"), "rr")); err != nil {
		t.Fatal(err)
	}
	p.eval(`document.getElementById('style').dispatchEvent(new Event('change')), ''`)
	p.wait("names", "shown-rr")
	p.click("#b-preview")
	p.wait("preview", "shown")
	shot(p, "names-1280.png", chromedp.Screenshot(chromedp.CSS("#names")))

	dir := testkit.Corpus(t, filepath.Join(testkit.Root(t), "testdata", "corpus", "dir"), 0.999)
	c := start(t, Config{Corpus: dir})
	p = openPage(t, browser, c.base, 1280)
	p.wait("queue", "shown")
	shot(p, "corpus-1280.png", chromedp.CaptureScreenshot())
}

// BenchmarkPageLoad loads the review page of a pair of 1,000 paragraphs a
// side (../shared's news-sentences, one sentence a line, aligned one
// paragraph a line) in headless Chromium and reports, per load, the
// milliseconds from the start of navigation to DOMContentLoaded and to the
// beads drawn (the page's own performance mark, once its state has
// arrived and every bead is in the document). As a baseline, the same
// pair's self-contained page (bitext align --format html, no script) is
// loaded in the same run: ms-load is its load event.
func BenchmarkPageLoad(b *testing.B) {
	dir, why := testkit.Shared(b, "news-sentences")
	if dir == "" {
		b.Skip(why)
	}
	tmp := b.TempDir()
	path := filepath.Join(tmp, "news.json")
	f := testkit.WriteAligned(b, filepath.Join(dir, "korean-english-park.dev.en"), filepath.Join(dir, "korean-english-park.dev.ko"), path, align.DefaultMinScore)
	if len(f.EN.Paragraphs) != 1000 || len(f.KO.Paragraphs) != 1000 {
		b.Fatalf("%d and %d paragraphs, want 1,000 a side", len(f.EN.Paragraphs), len(f.KO.Paragraphs))
	}
	static := filepath.Join(tmp, "news.html")
	var html bytes.Buffer
	if err := page.Write(&html, f, page.Options{}); err != nil {
		b.Fatal(err)
	}
	os.WriteFile(static, html.Bytes(), 0o644)
	r := start(b, Config{File: path})
	browser := testkit.Browser(b)
	for _, c := range []struct {
		name, url, ready, drawn string
	}{
		{"review", r.base, "body[data-rev]", "performance.getEntriesByName('bitext:drawn')[0].startTime"},
		{"static", "file://" + static, "footer", "performance.getEntriesByType('navigation')[0].loadEventEnd"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var rec testkit.Recorder
			ctx, cancel := rec.Tab(b, browser)
			defer cancel()
			var dcl, drawn float64
			for b.Loop() {
				if err := chromedp.Do(ctx, chromedp.Navigate(c.url), chromedp.WaitReady(chromedp.CSS(c.ready))); err != nil {
					b.Fatal(err)
				}
				v, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, `+c.drawn+`, document.querySelectorAll('ol > li.bead').length]`))
				if err != nil {
					b.Fatal(err)
				}
				if int(v[2]) != len(f.Beads) {
					b.Fatalf("%v beads shown, want %d", v[2], len(f.Beads))
				}
				dcl += v[0]
				drawn += v[1]
			}
			b.ReportMetric(dcl/float64(b.N), "ms-DOMContentLoaded")
			unit := "ms-drawn"
			if c.name == "static" {
				unit = "ms-load"
			}
			b.ReportMetric(drawn/float64(b.N), unit)
			b.ReportMetric(float64(len(f.Beads)), "beads")
			if errs := rec.Errors(); len(errs) > 0 {
				b.Errorf("the page logged %q", errs)
			}
		})
	}
}
