//go:build !unix

package read

import "os"

// openFile opens name for reading (see open_unix.go).
func openFile(name string) (*os.File, error) { return os.Open(name) }
