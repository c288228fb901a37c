//go:build long

package page

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext-ko/bitext/align"
	"github.com/bitext-ko/bitext/tm/review/internal/testkit"
)

// browser is the headless Chromium the package's tests share; the
// package's TestMain, here in the long tier only, closes it.
var browser testkit.SharedBrowser

func TestMain(m *testing.M) {
	code := m.Run()
	browser.Close()
	os.Exit(code)
}

// TestPageInChromium opens pages of the example and dev-real pairs, at
// both levels, in headless Chromium: every paragraph (or sentence) of both
// sides is in the page's text as the browser lays it out, no request but
// the page's own is made, nothing is logged as an error or a warning, and
// the page fits 1280 and 800 pixels without scrolling sideways. Each page
// is a subtest in its own tab; they run in parallel.
func TestPageInChromium(t *testing.T) {
	ctx := browser.Get(t)
	dir := t.TempDir()

	// The harness must see what it is meant to catch: a page that
	// fetches an image and logs an error.
	t.Run("control", func(t *testing.T) {
		t.Parallel()
		control := filepath.Join(dir, "control.html")
		os.WriteFile(control, []byte(`<!DOCTYPE html><html><body><p>control</p><img src="http://127.0.0.1:9/x.png"><script>console.error("oops")</script></body></html>`), 0o644)
		v := testkit.Load(t, ctx, "file://"+control)
		if len(v.Requests) < 2 || len(v.Errors) == 0 || !strings.Contains(v.Text, "control") {
			t.Fatalf("the harness missed the control page's request or error: requests %q, errors %q", v.Requests, v.Errors)
		}
		t.Logf("control page: requests %q, errors %q", v.Requests, v.Errors)
	})

	for _, p := range testPairs(t) {
		for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
			name := fmt.Sprintf("%s level %d", p.name, level)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				path := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name)+".html")
				if err := os.WriteFile(path, render(t, p.file, level), 0o644); err != nil {
					t.Fatal(err)
				}
				v := testkit.Load(t, ctx, "file://"+path)
				if len(v.Requests) != 1 || v.Requests[0] != "file://"+path {
					t.Errorf("%s: requests %q, want the page's only", name, v.Requests)
				}
				if len(v.Errors) > 0 {
					t.Errorf("%s: %q", name, v.Errors)
				}
				got := collapse(v.Text)
				for _, want := range texts(p.file, level) {
					if !strings.Contains(got, collapse(want)) {
						t.Errorf("%s: the page as shown lacks %q", name, want)
					}
				}
				for width, over := range v.Overflow {
					if over {
						t.Errorf("%s: wider than %d pixels", name, width)
					}
				}
			})
		}
	}
}
