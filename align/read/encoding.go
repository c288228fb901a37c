package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// decodeForced decodes data with the named encoding, reporting the offset
// of the first byte that the encoding cannot decode.
func decodeForced(data []byte, name string) (string, string, error) {
	key := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch key {
	case "utf8":
		key = "utf-8"
	case "cp949", "uhc", "ks-c-5601-1987", "euckr":
		key = "euc-kr"
	case "utf16le":
		key = "utf-16le"
	case "utf16be":
		key = "utf-16be"
	}
	switch key {
	case "utf-8":
		data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
		if off := invalidUTF8(data); off >= 0 {
			return "", "", fmt.Errorf("invalid UTF-8 at byte offset %d", off)
		}
		return checkBinary(string(data), "UTF-8", 0)
	case "utf-16le", "utf-16be", "utf-16":
		return decodeUTF16As(data, key, 0)
	case "euc-kr":
		if off := invalidCP949(data); off >= 0 {
			return "", "", fmt.Errorf("invalid EUC-KR/CP949 at byte offset %d", off)
		}
	}
	enc, err := htmlindex.Get(key)
	if err != nil {
		return "", "", fmt.Errorf("unknown encoding %q", name)
	}
	s, err := decodeEncoding(data, enc)
	if err != nil {
		return "", "", err
	}
	cname, _ := htmlindex.Name(enc)
	return checkBinary(s, strings.ToUpper(cname), 0)
}

func decodeWith(data []byte, name string) (string, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return "", err
	}
	return decodeEncoding(data, enc)
}

func decodeEncoding(data []byte, enc encoding.Encoding) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decoding: %w", err)
	}
	return string(out), nil
}

// decodeUTF16 decodes data that starts with a UTF-16 byte-order mark.
func decodeUTF16(data []byte) (string, string, error) {
	if data[0] == 0xFF {
		return decodeUTF16As(data[2:], "utf-16le", 2)
	}
	return decodeUTF16As(data[2:], "utf-16be", 2)
}

// decodeUTF16As decodes UTF-16 strictly: an odd byte count or an unpaired
// surrogate is an error with its byte offset.
func decodeUTF16As(data []byte, key string, base int) (string, string, error) {
	le := key != "utf-16be"
	if key == "utf-16" {
		switch {
		case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
			data, base = data[2:], 2
		case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
			data, base, le = data[2:], 2, false
		}
	}
	if len(data)%2 != 0 {
		return "", "", fmt.Errorf("invalid UTF-16: odd length, stray byte at offset %d", base+len(data)-1)
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		if le {
			units[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		} else {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
	}
	if len(units) > 0 && units[0] == 0xFEFF {
		units = units[1:]
		base += 2
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+1 >= len(units) || units[i+1] < 0xDC00 || units[i+1] >= 0xE000 {
				return "", "", fmt.Errorf("invalid UTF-16: unpaired surrogate at byte offset %d", base+2*i)
			}
			i++
		case u >= 0xDC00 && u < 0xE000:
			return "", "", fmt.Errorf("invalid UTF-16: unpaired surrogate at byte offset %d", base+2*i)
		}
	}
	name := "UTF-16LE"
	if !le {
		name = "UTF-16BE"
	}
	return checkBinary(string(utf16.Decode(units)), name, 0)
}

// decodeHTMLCharset decodes an HTML page that is not UTF-8 using the
// charset its meta tags declare.
func decodeHTMLCharset(data []byte) (string, string, bool) {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	if !certain && name == "windows-1252" {
		// The default guess; let the EUC-KR check decide instead.
		return "", "", false
	}
	if name == "euc-kr" && invalidCP949(data) >= 0 {
		return "", "", false
	}
	s, err := decodeEncoding(data, enc)
	if err != nil {
		return "", "", false
	}
	return s, strings.ToUpper(name), true
}
