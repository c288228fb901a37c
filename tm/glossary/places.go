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

// givenNames are common given names of English news (and some others
// often met in it): a name that starts with one is a person's.
var givenNames = setOf(`aaron adam adrian alan albert alex alexander alexandra alice alison amanda
	amy andrea andrew angela angelina ann anna anne anthony antonio arthur ashley barack barbara
	ben benjamin bernie beth betty bill billy bob bonnie boris brad brandon brenda brent brett
	brian bruce bryan carl carlos carol caroline catherine charles charlie chris christian
	christina christine christopher claire colin craig dan daniel danny david dean debbie deborah
	dennis diana diane donald donna doug douglas ed eddie edward elizabeth ellen emily emma
	emmanuel eric erik evan frank fred gary george gerald gordon grace greg gregory hannah harold
	harry heather helen henry hillary hugh ian isabel jack jacob james jamie jane janet jared
	jason jean jeff jeffrey jennifer jenny jeremy jerry jessica jill jim jimmy joan joe joel john
	johnny jonathan jose joseph josh joshua joyce juan judy julia julie justin karen kate katherine
	kathleen kathy keith kelly ken kenneth kevin kim kimberly kyle larry laura lauren lawrence
	linda lisa louis lucy luis maria marie mark martha martin mary matt matthew megan melania
	melissa michael michelle mike nancy natalie neal neil nell nicholas nick nicola nicole olivia
	pamela patricia patrick paul peter philip rachel ralph randy raymond rebecca richard rick
	rob robert roger ron ronald rose roy russell ruth ryan sally sam samantha samuel sandra sara
	sarah scott sean sergei sharon shinzo simon sophie stephanie stephen steve steven stormy susan
	tammy ted teresa terry theresa thomas tim timothy tina todd tom tony tracy valerie victor
	victoria vincent vladimir walter wayne william xi`)
