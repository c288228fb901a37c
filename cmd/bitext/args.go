package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// positional returns the command's arguments after applying the flags
// among them: urfave/cli stops reading flags at the first argument, but
// "tmx merge A.tmx B.tmx -o OUT.tmx" puts -o last. "--" ends the flags.
func positional(c *cli.Context) ([]string, error) {
	var args []string
	raw := c.Args().Slice()
	for i := 0; i < len(raw); i++ {
		a := raw[i]
		if a == "--" {
			return append(args, raw[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			args = append(args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		var flag cli.Flag
		for _, f := range c.Command.Flags {
			if slices.Contains(f.Names(), name) {
				flag = f
			}
		}
		if flag == nil {
			return nil, usagef("flag provided but not defined: %s%s", a, undefinedFlagHint(c.Command, a))
		}
		if _, isBool := flag.(*cli.BoolFlag); isBool && !hasValue {
			value, hasValue = "true", true
		}
		if !hasValue {
			if i+1 == len(raw) {
				return nil, usagef("flag needs an argument: %s", a)
			}
			i++
			value = raw[i]
		}
		for _, n := range flag.Names() { // every alias holds its own value
			if err := c.Set(n, value); err != nil {
				return nil, usagef("invalid value %q for flag %s: %v", value, a, err)
			}
		}
	}
	return args, nil
}

// undefinedFlagHint is what the error about arg, a flag that cmd does not
// define, adds when the flag is likely meant otherwise: a global flag
// given after the command (urfave/cli reads those only before it), or a
// one-letter flag with its value attached ("-j1"), which Go's flag syntax
// does not read (urfave/cli's short-option handling only splits
// combined boolean flags such as -ab). "" otherwise.
func undefinedFlagHint(cmd *cli.Command, arg string) string {
	name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
	for _, f := range limitFlags() {
		if slices.Contains(f.Names(), name) {
			return fmt.Sprintf(" (--%s is a global flag: it goes before the command, as in bitext --%s SIZE %s …)", name, name, cmd.Name)
		}
	}
	if cmd == nil || len(name) < 2 || !strings.HasPrefix(arg, "-") || strings.HasPrefix(arg, "--") {
		return ""
	}
	short, value := name[:1], strings.TrimLeft(arg, "-")[1:]
	for _, f := range cmd.Flags {
		if _, isBool := f.(*cli.BoolFlag); !isBool && slices.Contains(f.Names(), short) {
			return fmt.Sprintf(" (write -%s %s or -%s=%s: a one-letter flag takes its value after a space or =)", short, value, short, value)
		}
	}
	return ""
}
