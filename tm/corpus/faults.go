package corpus

import (
	"errors"
	"fmt"
	"syscall"
)

// faults makes a run fail the way a crash or a full disk would, so that
// tests can check what every such failure leaves. Real runs have none: a
// nil *faults injects nothing. It is set through Config's unexported
// field, never through package state.
type faults struct {
	// crashAt stops the run at its crashAt-th step (1-based; 0: never) as
	// SIGKILL would: nothing is cleaned up, temporary files stay.
	crashAt int
	// steps records the names of the steps passed, in order.
	steps []string
	// diskFull makes writes to the outputs fail with ENOSPC once they
	// would take more than this many bytes in all (0: never).
	diskFull int64
	written  int64
	// exactCheckpoints takes checkpoints at Config.Checkpoint exactly,
	// without the guard against checkpoints that take long, so that the
	// steps of a run do not depend on its timing.
	exactCheckpoints bool
}

// errCrash is the error of a step where a test crashes the run.
var errCrash = errors.New("crashed here (test)")

// step records a step and returns errCrash if the run is to crash there.
func (f *faults) step(format string, args ...any) error {
	if f == nil {
		return nil
	}
	f.steps = append(f.steps, fmt.Sprintf(format, args...))
	if len(f.steps) == f.crashAt {
		return errCrash
	}
	return nil
}

// write accounts for n bytes written to an output and fails as a full
// disk would.
func (f *faults) write(n int) error {
	if f == nil || f.diskFull == 0 {
		return nil
	}
	if f.written+int64(n) > f.diskFull {
		return syscall.ENOSPC
	}
	f.written += int64(n)
	return nil
}
