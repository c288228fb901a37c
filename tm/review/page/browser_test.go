package page

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext-ko/bitext/align"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium for the test, or skips when there is
// none (CI installs Debian's chromium and fonts-noto-cjk).
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("no Chromium on this machine: install Debian's chromium and fonts-noto-cjk to test the page in a browser")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// visit is what loading a page in the browser showed.
type visit struct {
	requests []string // URLs requested, the page's own included
	errors   []string // console errors, exceptions, error log entries
	text     string   // document.body.innerText
	overflow map[int]bool
}

// load opens the file at path in a new tab of the browser, at 1280 and
// at 800 pixels wide, and returns what happened.
func load(t *testing.T, browserCtx context.Context, path string) visit {
	t.Helper()
	var mu sync.Mutex
	v := visit{overflow: map[int]bool{}}
	record := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			v.requests = append(v.requests, ev.Request.URL)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				v.errors = append(v.errors, fmt.Sprintf("console %s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			v.errors = append(v.errors, "exception: "+ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				v.errors = append(v.errors, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithListener(record))
	defer cancel()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate("file://"+path)); err != nil {
		t.Fatalf("loading %s: %v", path, err)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int64{1280, 800} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		over, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
		if err != nil {
			t.Fatal(err)
		}
		v.overflow[int(width)] = over
	}
	// Let late events (a blocked fetch's report) arrive.
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	v.text = text
	return v
}

// TestPageInChromium opens pages of the example and dev-real pairs, at
// both levels, in headless Chromium: every paragraph (or sentence) of both
// sides is in the page's text as the browser lays it out, no request but
// the page's own is made, nothing is logged as an error or a warning, and
// the page fits 1280 and 800 pixels without scrolling sideways.
func TestPageInChromium(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()

	// The harness must see what it is meant to catch: a page that
	// fetches an image and logs an error.
	control := filepath.Join(dir, "control.html")
	os.WriteFile(control, []byte(`<!DOCTYPE html><html><body><p>control</p><img src="http://127.0.0.1:9/x.png"><script>console.error("oops")</script></body></html>`), 0o644)
	v := load(t, ctx, control)
	if len(v.requests) < 2 || len(v.errors) == 0 || !strings.Contains(v.text, "control") {
		t.Fatalf("the harness missed the control page's request or error: requests %q, errors %q", v.requests, v.errors)
	}
	t.Logf("control page: requests %q, errors %q", v.requests, v.errors)

	for _, p := range testPairs(t) {
		for _, level := range []align.Level{align.ParagraphLevel, align.SentenceLevel} {
			name := fmt.Sprintf("%s level %d", p.name, level)
			path := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name)+".html")
			if err := os.WriteFile(path, render(t, p.file, level), 0o644); err != nil {
				t.Fatal(err)
			}
			v := load(t, ctx, path)
			if len(v.requests) != 1 || v.requests[0] != "file://"+path {
				t.Errorf("%s: requests %q, want the page's only", name, v.requests)
			}
			if len(v.errors) > 0 {
				t.Errorf("%s: %q", name, v.errors)
			}
			got := collapse(v.text)
			for _, want := range texts(p.file, level) {
				if !strings.Contains(got, collapse(want)) {
					t.Errorf("%s: the page as shown lacks %q", name, want)
				}
			}
			for width, over := range v.overflow {
				if over {
					t.Errorf("%s: wider than %d pixels", name, width)
				}
			}
		}
	}
}
