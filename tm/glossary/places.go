package glossary

// places lists, in lower case, countries, regions and cities that English
// news about Korea names often, for guessing a name's type. Written for
// bitext; it is a hint only (the Korean side decides what enters a
// glossary), so it is short.
var places = setOfLines(`
afghanistan
africa
america
asia
australia
austria
bangkok
beijing
belgium
berlin
brazil
britain
brussels
busan
cambodia
canada
china
cuba
davos
denmark
egypt
england
europe
finland
france
geneva
germany
greece
guam
hanoi
hawaii
hong kong
incheon
india
indonesia
iran
iraq
ireland
israel
italy
japan
jeju
kaesong
korea
kuala lumpur
laos
london
los angeles
malaysia
manila
mexico
middle east
mongolia
moscow
myanmar
netherlands
new delhi
new york
new zealand
north korea
norway
osaka
pakistan
panmunjom
paris
philippines
poland
pyongyang
qatar
rome
russia
saudi arabia
scotland
seoul
shanghai
singapore
sochi
south africa
south korea
spain
sweden
switzerland
syria
taipei
taiwan
thailand
tokyo
turkey
u.k.
u.s.
uk
ukraine
ulaanbaatar
united kingdom
united states
us
usa
vatican
vietnam
vladivostok
washington
yemen
`)

func setOfLines(s string) map[string]bool {
	m := map[string]bool{}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if i > start {
				m[s[start:i]] = true
			}
			start = i + 1
		}
	}
	return m
}
