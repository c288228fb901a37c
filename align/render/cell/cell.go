// Package cell keeps text that a spreadsheet will open from being run as a
// formula (CSV or formula injection). It is the one owner of the rule, for
// every writer of CSV and TSV in bitext: a cell that starts with =, +, -, @,
// a tab or a carriage return gets a leading ', as OWASP recommends, and a
// spreadsheet shows it as text instead of running it (LibreOffice Calc
// shows the ' as well). Restore takes the ' off again, so that bitext's own
// readers see the text that was written.
//
// The package is a leaf under align/ because align/render writes TSV and
// align/ never imports tm/; tm/glossary, tm/tmxops and the command line use
// it from here.
package cell

// trigger reports whether a spreadsheet reads a cell starting with b as a
// formula (or, for a tab or carriage return, as something other than the
// text).
func trigger(b byte) bool {
	switch b {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// risky reports whether s is quotes followed by a trigger: a cell a
// spreadsheet runs (no quotes), or one Restore would take a quote off.
func risky(s string) bool {
	i := 0
	for i < len(s) && s[i] == '\'' {
		i++
	}
	return i < len(s) && trigger(s[i])
}

// Neutralize returns s with a leading ' if it starts with =, +, -, @, a tab
// or a carriage return, and s unchanged otherwise. So that Restore gives
// every text back, a text that already starts with quotes before one of
// those characters ('=1) gets one more quote too. Apply it to the cell as
// written, after any escaping.
func Neutralize(s string) string {
	if risky(s) {
		return "'" + s
	}
	return s
}

// Restore undoes Neutralize: it takes the leading ' off a cell where
// Neutralize put one, that is a ' followed by =, +, -, @, a tab, a carriage
// return or more quotes and then one of those. Other cells, those starting
// with a ' before anything else ('s-Hertogenbosch) included, are returned
// as they are. Restore(Neutralize(s)) == s for every s.
func Restore(s string) string {
	if len(s) > 1 && s[0] == '\'' && risky(s[1:]) {
		return s[1:]
	}
	return s
}

// Reversible returns s unchanged unless Restore would change it, that is
// unless s starts with quotes before =, +, -, @, a tab or a carriage return
// ('=1); then it returns s with one more leading quote. It is for raw
// cells that a reader will Restore: Restore(Reversible(s)) == s, and every
// other cell is written as it is.
func Reversible(s string) string {
	if Restore(s) != s {
		return "'" + s
	}
	return s
}

// For returns Neutralize when neutralize is true and a function that
// returns its cell unchanged otherwise, for writers where it is an option
// (TSV, with --safe-cells).
func For(neutralize bool) func(string) string {
	if neutralize {
		return Neutralize
	}
	return func(s string) string { return s }
}
