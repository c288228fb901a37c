package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score alignments against gold beads",
		ArgsUsage: "DIR",
		Action: func(c *cli.Context) error {
			return errors.New("eval: not yet built")
		},
	}
}
