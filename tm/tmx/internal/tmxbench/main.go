//go:build linux

// Command tmxbench measures the tmx package at scale: how fast it writes and
// reads TMX, and how much memory the process needs at its peak, so that
// runs with different numbers of units show whether memory depends on them.
//
//	tmxbench write -n 1000000 -o units.tmx   # write synthetic units
//	tmxbench write -distinct -n 1000000 -o units.tmx # no two units alike
//	tmxbench read units.tmx                  # read them back
//
// Each run prints units, megabytes, MB/s and the peak resident set size
// (getrusage ru_maxrss). Run write and read as separate processes: the peak
// is per process. The units are shaped like bitext's export: a Korean and
// an English sentence of 6 to 25 and 12 to 50 words, four properties.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/bitext-ko/bitext/tm/tmx"
)

var (
	koWords = strings.Fields("서울 한국은행은 16일 기준금리를 연 3.5%로 동결했다고 밝혔다. 정부는 북한의 김정은 " +
		"국무위원장이 중국을 방문했다 2차 북미 정상회담 개최가 임박했다는 관측이 나온다 \"경제\" 성장률 " +
		"<전망> 물가 & 고용 수출이 전년 대비 증가했다 대통령은 기자회견에서")
	enWords = strings.Fields("SEOUL The Bank of Korea kept its benchmark interest rate at 3.5 percent on " +
		"the 16th, government said. North Korean leader Kim Jong-un visited China, a sign that second " +
		"summit with \"Washington\" is near <analysts> say & exports rose from year earlier as president told reporters")
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: tmxbench write -n N -o FILE | tmxbench read FILE")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "write":
		fs := flag.NewFlagSet("write", flag.ExitOnError)
		n := fs.Int("n", 1000000, "number of units")
		out := fs.String("o", "", "output file (default: discard)")
		distinct := fs.Bool("distinct", false, "make every unit's texts distinct (for measuring duplicate detection)")
		fs.Parse(os.Args[2:])
		err = write(*n, *out, *distinct)
	case "read":
		fs := flag.NewFlagSet("read", flag.ExitOnError)
		markup := fs.Bool("markup", false, "keep inline markup")
		fs.Parse(os.Args[2:])
		if fs.NArg() != 1 {
			err = fmt.Errorf("read needs one FILE")
			break
		}
		err = read(fs.Arg(0), *markup)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tmxbench:", err)
		os.Exit(1)
	}
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func write(n int, path string, distinct bool) error {
	var dst io.Writer = io.Discard
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		dst = f
	}
	cw := &countingWriter{w: dst}
	start := time.Now()
	date := time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)
	w, err := tmx.NewWriter(cw, tmx.Header{CreationToolVersion: "tmxbench", SegType: tmx.SegParagraph, CreationDate: date})
	if err != nil {
		return err
	}
	// Units come from a pool made beforehand, so that the time measured
	// is the writer's; each gets its own tuid and ids.
	rng := rand.New(rand.NewPCG(1, 2))
	pool := make([]tmx.Unit, 4096)
	for i := range pool {
		pool[i] = unit(rng, i, date)
	}
	start = time.Now()
	for i := range n {
		u := pool[i%len(pool)]
		u.TUID = strconv.Itoa(i + 1)
		props := append([]tmx.Prop(nil), u.Props...)
		props[0].Value = "hani-" + strconv.Itoa(i/40)
		u.Props = props
		if distinct {
			vs := append([]tmx.Variant(nil), u.Variants...)
			vs[0].Text += " " + u.TUID
			vs[1].Text += " " + u.TUID
			u.Variants = vs
		}
		if err := w.Write(u); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	report("write", n, cw.n, time.Since(start))
	return nil
}

func unit(rng *rand.Rand, i int, date time.Time) tmx.Unit {
	sentence := func(words []string, n int) string {
		var b strings.Builder
		for k := range n {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	nw := 6 + rng.IntN(20)
	u := tmx.Unit{
		TUID:         fmt.Sprint(i + 1),
		CreationDate: date,
		Variants: []tmx.Variant{
			{Lang: tmx.DefaultSrcLang, Text: sentence(koWords, nw)},
			{Lang: tmx.DefaultTgtLang, Text: sentence(enWords, 2*nw)},
		},
	}
	u.AddProp(tmx.PropDocument, fmt.Sprintf("hani-%d", i/40))
	u.AddProp(tmx.PropKoIDs, fmt.Sprint(i%40))
	u.AddProp(tmx.PropEnIDs, fmt.Sprint(i%40))
	u.AddProp(tmx.PropScore, fmt.Sprintf("%.3f", rng.Float64()))
	return u
}

func read(path string, markup bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	start := time.Now()
	r := tmx.NewReader(bufio.NewReaderSize(f, 64<<10))
	r.KeepMarkup = markup
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
		n++
	}
	report("read", n, fi.Size(), time.Since(start))
	return nil
}

func report(what string, units int, size int64, d time.Duration) {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("%s: %d units, %.1f MB in %.2fs: %.1f MB/s; peak RSS %.1f MB\n",
		what, units, float64(size)/1e6, d.Seconds(), float64(size)/1e6/d.Seconds(), float64(ru.Maxrss)/1024)
}
