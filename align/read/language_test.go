package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDetectOtherLanguage: a text mostly in another script is Other, and
// Order refuses it, naming the file; a Korean text's Hanja and an English
// text's quoted Chinese or Russian leave them what they are.
func TestDetectOtherLanguage(t *testing.T) {
	tests := []struct {
		name, in string
		want     Language
	}{
		{"Chinese", "首尔市将扩大夜间公交线路。首尔市政府周一表示，将增加12条夜间公交线路。", Other},
		{"Chinese with Latin acronyms", "据CNN和BBC报道，美国总统特朗普周一在白宫会见了韩国总统文在寅。", Other},
		{"Japanese", "ソウル市は深夜バスの路線を拡大すると発表した。", Other},
		{"Russian", "Мэрия Сеула заявила в понедельник, что добавит 12 ночных автобусных маршрутов.", Other},
		{"Korean with Hanja", "北 김정은, 美 국무장관과 회담…韓 정부 \"환영\"", Korean},
		{"English quoting Chinese", "The sign read 欢迎 (welcome), the Xinhua news agency reported on Monday.", English},
		{"English quoting Russian", "He said \"спасибо\" (thank you) to the crowd in Moscow before leaving for Seoul on Tuesday.", English},
		{"one Han character", "北", Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DetectLanguage([]string{tc.in}); got != tc.want {
				t.Errorf("DetectLanguage(%q) = %v, want %v", tc.in, got, tc.want)
			}
			other := &Text{Name: "x.txt", Paragraphs: []string{tc.in}}
			ko := &Text{Name: "a.ko", Paragraphs: []string{"대통령이 그렇게 말했다."}}
			_, _, _, err := Order(other, ko)
			if refused := err != nil && strings.Contains(err.Error(), "x.txt looks neither English nor Korean"); refused != (tc.want == Other) {
				t.Errorf("Order(%s, Korean) error %v; refused as another language: %v, want %v", tc.name, err, refused, tc.want == Other)
			}
		})
	}
}

// TestDetectCorpusLanguages: every English file of the shared corpora is
// English and every Korean file Korean.
func TestDetectCorpusLanguages(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/*/*/*.txt")
	if len(files) == 0 {
		t.Skip("skipping: the shared corpus (../../../shared/corpus) is absent")
	}
	for _, f := range files {
		want := English
		switch {
		case strings.HasSuffix(f, ".ko.txt"):
			want = Korean
		case !strings.HasSuffix(f, ".en.txt"):
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectLanguage(strings.Split(string(data), "\n")); got != want {
			t.Errorf("%s: %v, want %v", f, got, want)
		}
	}
}
