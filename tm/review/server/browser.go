package server

import (
	"os/exec"
	"runtime"
)

// BrowserCommand returns the command that opens url in the default
// browser of the system goos: open on macOS, the URL handler of
// rundll32 on Windows, xdg-open elsewhere.
func BrowserCommand(goos, url string) (name string, args []string) {
	switch goos {
	case "darwin":
		return "open", []string{url}
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", url}
	}
	return "xdg-open", []string{url}
}

// OpenBrowser opens url in the system's default browser, without waiting
// for it.
func OpenBrowser(url string) error {
	name, args := BrowserCommand(runtime.GOOS, url)
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
