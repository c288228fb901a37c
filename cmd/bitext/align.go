package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

func alignCommand() *cli.Command {
	return &cli.Command{
		Name:      "align",
		Usage:     "align an English article with its Korean original",
		ArgsUsage: "EN_FILE KO_FILE",
		Action: func(c *cli.Context) error {
			return errors.New("align: not yet built")
		},
	}
}
