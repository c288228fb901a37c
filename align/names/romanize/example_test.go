package romanize_test

import (
	"fmt"

	"github.com/bitext-ko/bitext/align/names/romanize"
)

// String romanizes running text word by word, spelling the standard
// pronunciation; what is not Hangul is copied.
func ExampleString() {
	for _, st := range []romanize.Style{romanize.RR, romanize.MR, romanize.DPRK} {
		fmt.Printf("%s: %s\n", st, romanize.String("평양 신라 백마 (2019)", st))
	}
	// Output:
	// rr: pyeongyang silla baengma (2019)
	// mr: p'yŏngyang silla paengma (2019)
	// dprk: Pyongyang silla paengma (2019)
}

// Name romanizes a personal name, surname first, with the surname's
// conventional spelling where the system has one.
func ExampleName() {
	for _, st := range []romanize.Style{romanize.RR, romanize.MR} {
		fmt.Printf("%s: %s, %s\n", st, romanize.Name("김정은", st), romanize.Name("이순신", st))
	}
	// Output:
	// rr: Gim Jeongeun, I Sunsin
	// mr: Kim Chŏng-ŭn, Yi Sun-sin
}

// PressName spells a name as the press does, a North Korean given name
// the DPRK's way when the text writes it so.
func ExamplePressName() {
	fmt.Println(romanize.PressName("김정은", "Jong Un"))
	fmt.Println(romanize.PressName("리용호", "Yong Ho"))
	// Output:
	// Kim Jong-un
	// Ri Yong-ho
}
