package match

// The matcher compares a romanized (English) spelling with a Hangul name
// by a weighted edit distance in which each piece of the Hangul name — a
// jamo, or a vowel pair such as 아이 — is a slot that can be spelled by one
// of several alternatives, each with a cost. Letters of the English
// spelling that no slot accounts for cost an insertion; slots with no
// letters cost a skip. The cheapest alignment is found by dynamic
// programming over (slot, letter) pairs.

// alt is one spelling of a slot and its cost in letter edits.
type alt struct {
	s string
	c float32
}

// slot is one piece of a Hangul name.
type slot struct {
	alts []alt
	skip float32
	// cls is the consonant class of the slot for blocking (0 for vowels).
	cls byte
}

// pattern is a compiled Hangul name or word.
type pattern []slot

const maxCells = 2048

// insertCost is the cost of an English letter that no slot spells. Vowels,
// h, w, y, a doubled letter and a final e are cheap: romanizations add and
// drop them freely (Kahng, Yoon, Kweon, Pompeo).
func insertCost(e string, j int, foreign bool) float32 {
	c := e[j]
	if j > 0 && e[j-1] == c {
		return 0.15
	}
	switch c {
	case 'h':
		return 0.3
	case 'e':
		if foreign && (j == len(e)-1 || e[j+1] == ' ') {
			return 0.1
		}
		return 0.6
	case 'a', 'i', 'o', 'u':
		return 0.6
	case 'w', 'y':
		return 0.5
	case ' ':
		return 0
	}
	return 1
}

// distance returns the cheapest cost of spelling p as e (lower-case ASCII
// letters, spaces allowed between words).
func distance(e string, p pattern, foreign bool) float32 {
	n := len(e)
	m := len(p)
	if (m+1)*(n+1) > maxCells {
		return float32(n + m)
	}
	var buf [maxCells]float32
	dp := buf[:(m+1)*(n+1)]
	w := n + 1
	var ins [maxCells / 2]float32
	for j := 0; j < n; j++ {
		ins[j] = insertCost(e, j, foreign)
	}
	dp[0] = 0
	for j := 1; j <= n; j++ {
		dp[j] = dp[j-1] + ins[j-1]
	}
	for k := 1; k <= m; k++ {
		sl := &p[k-1]
		row := dp[k*w : k*w+w]
		prev := dp[(k-1)*w : (k-1)*w+w]
		row[0] = prev[0] + sl.skip
		for _, a := range sl.alts {
			if a.s == "" && prev[0]+a.c < row[0] {
				row[0] = prev[0] + a.c
			}
		}
		for j := 1; j <= n; j++ {
			best := row[j-1] + ins[j-1]
			if v := prev[j] + sl.skip; v < best {
				best = v
			}
			for _, a := range sl.alts {
				l := len(a.s)
				if l > j {
					continue
				}
				if l == 0 {
					if v := prev[j] + a.c; v < best {
						best = v
					}
					continue
				}
				if e[j-1] != a.s[l-1] || e[j-l:j] != a.s {
					continue
				}
				if v := prev[j-l] + a.c; v < best {
					best = v
				}
			}
			row[j] = best
		}
	}
	return dp[m*w+n]
}
