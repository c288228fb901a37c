package main

import (
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
			return nil, usagef("flag provided but not defined: %s", a)
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
