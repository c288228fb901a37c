package glossary

import (
	"fmt"
	"strconv"
	"strings"
)

// The comment of a TSV row and the notes of a TBX entry carry what those
// formats have no column for, as "key: value" items joined by "; ":
//
//	person; count: 3; docs: 2; confidence: 0.95; press: Kim Jong-un; rr: Gim Jeongeun; mr: Kim Chŏng-ŭn; dprk: Kim Jong Un; seen: doc:0/1 doc:4/5
//
// A reader takes the items it knows and ignores the rest, so a comment
// written by hand ("leader of North Korea") is harmless.

// formComment writes the comment of one form of an entry.
func formComment(e *Entry, f *Form, withSeen bool) string {
	var items []string
	items = append(items, string(e.Type))
	items = append(items, formItems(f, withSeen)...)
	items = append(items, entryItems(e)...)
	return strings.Join(items, "; ")
}

func formItems(f *Form, withSeen bool) []string {
	var items []string
	if f.Count > 0 {
		items = append(items, "count: "+strconv.Itoa(f.Count))
	}
	if f.Docs > 0 {
		items = append(items, "docs: "+strconv.Itoa(f.Docs))
	}
	if f.Latin > 0 {
		items = append(items, "latin: "+strconv.Itoa(f.Latin))
	}
	if withSeen && len(f.Seen) > 0 {
		items = append(items, "seen: "+seenString(f.Seen))
	}
	return items
}

func entryItems(e *Entry) []string {
	items := []string{"confidence: " + strconv.FormatFloat(e.Confidence, 'f', -1, 64)}
	for _, kv := range [...][2]string{{"press", e.Romanized.Press}, {"rr", e.Romanized.RR}, {"mr", e.Romanized.MR}, {"dprk", e.Romanized.DPRK}} {
		if kv[1] != "" {
			items = append(items, kv[0]+": "+clean(strings.ReplaceAll(kv[1], ";", ",")))
		}
	}
	return items
}

// seenString writes places separated by spaces ("doc:0/1 doc:4/5"); a
// document id with spaces or semicolons has them replaced by "_".
func seenString(ss []Seen) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		s.Doc = strings.Map(func(r rune) rune {
			if r == ' ' || r == ';' || r == '\t' || r == '\n' || r == '|' {
				return '_'
			}
			return r
		}, s.Doc)
		parts[i] = s.String()
	}
	return strings.Join(parts, " ")
}

// parseSeen reads places written by seenString; malformed items are
// skipped.
func parseSeen(s string) []Seen {
	var out []Seen
	for _, p := range strings.Fields(s) {
		i := strings.LastIndexByte(p, ':')
		if i <= 0 {
			continue
		}
		en, ko, ok := strings.Cut(p[i+1:], "/")
		if !ok {
			continue
		}
		out = append(out, Seen{Doc: p[:i], EN: en, KO: ko})
	}
	return out
}

// parseComment reads a comment into the form and entry fields it names.
func parseComment(s string, f *Form, e *Entry) error {
	for _, item := range strings.Split(s, ";") {
		item = strings.TrimSpace(clean(item)) // as the writers put tabs and line breaks
		if item == "" {
			continue
		}
		k, v, ok := strings.Cut(item, ":")
		if !ok {
			if t, err := ParseType(item); err == nil {
				e.Type = t
			}
			continue
		}
		v = strings.TrimSpace(v)
		var err error
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "type":
			e.Type, err = ParseType(v)
		case "count":
			f.Count, err = parseCount(v)
		case "docs":
			f.Docs, err = parseCount(v)
		case "latin":
			f.Latin, err = parseCount(v)
		case "confidence":
			e.Confidence, err = parseConfidence(v)
		case "press":
			e.Romanized.Press = v
		case "rr":
			e.Romanized.RR = v
		case "mr":
			e.Romanized.MR = v
		case "dprk":
			e.Romanized.DPRK = v
		case "seen":
			f.Seen = parseSeen(v)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", strings.TrimSpace(k), err)
		}
	}
	return nil
}

func parseCount(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > maxCount {
		return 0, fmt.Errorf("%q is not a count", s)
	}
	return n, nil
}

func parseConfidence(s string) (float64, error) {
	if s == "" {
		return -1, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || !(x >= 0 && x <= 1) {
		return 0, fmt.Errorf("%q is not a confidence between 0 and 1", s)
	}
	return x, nil
}
