//go:build long

// The Chromium part of testkit, built only for the long tier of tests
// (align/testenv): without the tag the review packages' test binaries do
// not link chromedp.

package testkit

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome on this machine, or
// "" when there is none.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// noChromium is why a browser test skips on a machine without one.
const noChromium = "no Chromium on this machine: install Debian's chromium and fonts-noto-cjk to test the page in a browser"

// skipNoChromium skips t for want of Chromium, or fails it under CI (CI
// set), which must run the browser tests: .ci/run installs chromium.
func skipNoChromium(t testing.TB) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(noChromium + "; CI must run this test")
	}
	t.Skip(noChromium)
}

// startChromium starts the headless Chromium at path with the profile
// directory dir, as root would need it to (--no-sandbox), with no GPU, no
// first-run dialog and no background traffic of its own. stop ends it.
func startChromium(path, dir string) (ctx context.Context, stop func(), err error) {
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
		chromedp.UserDataDir(dir),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	stop = func() { cancel(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return ctx, stop, nil
}

// Browser starts headless Chromium for the test, with a fresh profile, or
// skips when there is none (CI installs Debian's chromium and
// fonts-noto-cjk). The tests of a package share one with SharedBrowser.
func Browser(t testing.TB) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		skipNoChromium(t)
	}
	ctx, stop, err := startChromium(path, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancelTime := context.WithTimeout(ctx, 5*time.Minute)
	t.Cleanup(func() { cancelTime(); stop() })
	return ctx
}

// SharedBrowser is one headless Chromium for all the tests of a package,
// each of which opens its own tabs (a tab is a fresh page, with its own
// Recorder): starting Chromium costs more than all the pages a test loads.
// The zero value starts it at the first Get; the package's TestMain calls
// Close after the tests.
type SharedBrowser struct {
	once sync.Once
	ctx  context.Context
	stop func()
	dir  string
	skip string
	err  error
}

// Get returns the browser for t, started at the first call, or skips t
// when there is no Chromium. What t opens in it closes when t ends, and
// after five minutes.
func (b *SharedBrowser) Get(t testing.TB) context.Context {
	t.Helper()
	b.once.Do(func() {
		path := chromium()
		if path == "" {
			b.skip = noChromium
			return
		}
		if b.dir, b.err = os.MkdirTemp("", "bitext-chromium-"); b.err == nil {
			b.ctx, b.stop, b.err = startChromium(path, b.dir)
		}
	})
	if b.skip != "" {
		skipNoChromium(t)
	}
	if b.err != nil {
		t.Fatal(b.err)
	}
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// Close ends the browser, if one was started, and removes its profile.
func (b *SharedBrowser) Close() {
	if b.stop != nil {
		b.stop()
	}
	if b.dir != "" {
		os.RemoveAll(b.dir)
	}
}

// Recorder collects what a tab does: the URLs it requests and what it
// reports as an error or a warning (console, exceptions, the log).
type Recorder struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

// Tab opens a new tab of the browser whose events r records.
func (r *Recorder) Tab(t testing.TB, browserCtx context.Context) (context.Context, context.CancelFunc) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithListener(r.listen))
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		cancel()
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		cancel()
		t.Fatal(err)
	}
	return ctx, cancel
}

func (r *Recorder) listen(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		r.requests = append(r.requests, ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value))
			}
			r.errors = append(r.errors, fmt.Sprintf("console %s: %s", ev.Type, strings.Join(args, " ")))
		}
	case *runtime.EventExceptionThrown:
		msg := ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
		r.errors = append(r.errors, "exception: "+msg)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
			r.errors = append(r.errors, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	}
}

// Requests returns the URLs requested so far.
func (r *Recorder) Requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.requests...)
}

// Errors returns the errors and warnings reported so far.
func (r *Recorder) Errors() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errors...)
}

// Visit is what loading a page in the browser showed.
type Visit struct {
	Requests []string     // URLs requested, the page's own included
	Errors   []string     // console errors and warnings, exceptions, error log entries
	Text     string       // document.body.innerText
	Overflow map[int]bool // whether the page is wider than the window, by width
}

// Load opens url in a new tab of the browser, at 1280 and at 800 pixels
// wide, and returns what happened.
func Load(t testing.TB, browserCtx context.Context, url string) Visit {
	t.Helper()
	var r Recorder
	ctx, cancel := r.Tab(t, browserCtx)
	defer cancel()
	v := Visit{Overflow: map[int]bool{}}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(url)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{1280, 800} {
		over, err := Overflows(ctx, width)
		if err != nil {
			t.Fatal(err)
		}
		v.Overflow[width] = over
	}
	// Let late events (a blocked fetch's report) arrive.
	time.Sleep(200 * time.Millisecond)
	v.Text, v.Requests, v.Errors = text, r.Requests(), r.Errors()
	return v
}

// Overflows sets the tab's window to width pixels and reports whether
// the page is wider than it (it would scroll sideways).
func Overflows(ctx context.Context, width int) (bool, error) {
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 900)); err != nil {
		return false, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
}
